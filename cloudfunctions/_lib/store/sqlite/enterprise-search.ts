/**
 * Enterprise search over a bigram index (enterprise_grams) instead of a LIKE scan.
 * A name query walks the postings of its rarest bigram in id order and confirms each candidate
 * with instr(lower(name), q); it stops at `limit` hits, so common fragments return at once and a
 * rare bigram bounds the walk. With a town filter, a small town is walked instead when it is the
 * smaller set. An 18-character credit code is an exact look-up.
 */
import type Database from 'better-sqlite3'
import type { Enterprise } from '../../../../types/directory'
import { normaliseCreditCode } from '../../../../types/credit-code'
import type { Page } from '../port'
import { asciiLower, bigrams } from './grams'
import { clampLimit, pageOf } from './page'
import { toEnterprise, type EnterpriseRow } from './rows'

const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/
/** Below this many postings the rarest bigram is walked without comparing it with the town's size. */
const SMALL_POSTINGS = 2000

/** Queries exported so tests can check their plans use the indexes. */
export const SEARCH_SQL = {
  gramCounts: 'SELECT gram, n FROM enterprise_gram_counts WHERE gram IN (SELECT value FROM json_each(?))',
  townSize: 'SELECT count(*) AS n FROM enterprises WHERE town_id = ?',
  // CROSS JOIN keeps the postings list as the outer loop, so rows come in enterprise_id order.
  viaGram: `SELECT e.* FROM enterprise_grams g CROSS JOIN enterprises e ON e.id = g.enterprise_id
    WHERE g.gram = ? AND g.enterprise_id > ? AND instr(lower(e.name), ?) > 0
    ORDER BY g.enterprise_id LIMIT ?`,
  viaGramInTown: `SELECT e.* FROM enterprise_grams g CROSS JOIN enterprises e ON e.id = g.enterprise_id
    WHERE g.gram = ? AND g.enterprise_id > ? AND e.town_id = ? AND instr(lower(e.name), ?) > 0
    ORDER BY g.enterprise_id LIMIT ?`,
  viaTown: `SELECT * FROM enterprises INDEXED BY enterprises_town_id
    WHERE town_id = ? AND id > ? AND instr(lower(name), ?) > 0 ORDER BY id LIMIT ?`,
  // One-character queries have no bigram (the edge requires 2; this keeps the store total).
  scanAll: 'SELECT * FROM enterprises WHERE id > ? AND instr(lower(name), ?) > 0 ORDER BY id LIMIT ?',
}

export function enterpriseSearch(db: Database.Database) {
  const byCode = db.prepare<[string], EnterpriseRow>('SELECT * FROM enterprises WHERE credit_code = ?')
  const gramCounts = db.prepare<[string], { gram: string; n: number }>(SEARCH_SQL.gramCounts)
  const townSize = db.prepare<[string], { n: number }>(SEARCH_SQL.townSize)
  const viaGram = db.prepare<[string, string, string, number], EnterpriseRow>(SEARCH_SQL.viaGram)
  const viaGramInTown = db.prepare<[string, string, string, string, number], EnterpriseRow>(SEARCH_SQL.viaGramInTown)
  const viaTown = db.prepare<[string, string, string, number], EnterpriseRow>(SEARCH_SQL.viaTown)
  const scanAll = db.prepare<[string, string, number], EnterpriseRow>(SEARCH_SQL.scanAll)

  function byName(needle: string, townId: string | undefined, after: string, limit: number): EnterpriseRow[] {
    const grams = bigrams(needle)
    if (grams.length === 0) {
      return townId ? viaTown.all(townId, after, needle, limit) : scanAll.all(after, needle, limit)
    }
    const counts = gramCounts.all(JSON.stringify(grams))
    if (counts.length < grams.length || counts.some((c) => c.n <= 0)) return [] // a bigram no name has
    const rarest = counts.reduce((a, b) => (b.n < a.n ? b : a))
    if (!townId) return viaGram.all(rarest.gram, after, needle, limit)
    if (rarest.n > SMALL_POSTINGS && townSize.get(townId)!.n < rarest.n) {
      return viaTown.all(townId, after, needle, limit)
    }
    return viaGramInTown.all(rarest.gram, after, townId, needle, limit)
  }

  return function search(q: string, townId: string | undefined, after: string | undefined, limit: number): Page<Enterprise> {
    const size = clampLimit(limit)
    const trimmed = q.trim()
    if (!trimmed) return { items: [], next: null }
    const code = normaliseCreditCode(trimmed)
    let rows: EnterpriseRow[]
    if (CREDIT_CODE_SHAPE.test(code)) {
      const row = byCode.get(code)
      rows = row && (!townId || row.town_id === townId) && (after === undefined || row.id > after) ? [row] : []
    } else {
      rows = byName(asciiLower(trimmed), townId, after ?? '', size)
    }
    return pageOf(rows.map(toEnterprise), size, (e) => e.id)
  }
}
