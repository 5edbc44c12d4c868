/**
 * The legal store contract on SQLite, then what only SQLite shows: every list plans as an index search (the
 * knowledge base: an FTS walk in rank order), uniqueness is the schema's, the FTS table holds published articles
 * only, and the rank orders articles like their update times.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { ARTICLE_SQL, SLOT, wallSeconds } from '../../cloudfunctions/_lib/store/sqlite/legal-articles'
import { consultationRow, LEGAL_SQL } from '../../cloudfunctions/_lib/store/sqlite/legal-rows'
import * as legal from '../support/legal-factories'
import { runLegalStoreContract } from './legal-contract'

runLegalStoreContract('Legal store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-legal-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Legal store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())

  /** The plan of a statement, with every parameter (positional or @named) bound to 'x'. */
  function plan(sql: string): string {
    const named = [...new Set(sql.match(/@\w+/g) ?? [])]
    const params = named.length > 0 ? [Object.fromEntries(named.map((n) => [n.slice(1), 'x']))] : Array(sql.split('?').length - 1).fill('x')
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
  }

  test('When the lists are planned, then each seeks its index (the sweeps: the partial ones) without a scan or a sort', () => {
    const S = 'SEARCH legal_consultations USING INDEX'
    const A = 'SEARCH legal_aid USING INDEX'
    const expected: Array<[string, RegExp]> = [
      [LEGAL_SQL.consultationQueue, new RegExp(`^${S} legal_consultations_queue \\(assigned_org_id=\\? AND \\(answer_by,id\\)>\\(\\?,\\?\\)\\)$`)],
      [LEGAL_SQL.consultationQueueStatus, new RegExp(`^${S} legal_consultations_queue_status \\(assigned_org_id=\\? AND status=\\? AND \\(answer_by,id\\)>\\(\\?,\\?\\)\\)$`)],
      [LEGAL_SQL.consultationsByAsker, new RegExp(`^${S} legal_consultations_asker \\(asker_key=\\? AND \\(created_at,id\\)<\\(\\?,\\?\\)\\)$`)],
      [LEGAL_SQL.consultationsDue, new RegExp(`^${S} legal_consultations_due \\(\\(escalate_at,id\\)>\\(\\?,\\?\\) AND escalate_at<\\?\\)$`)],
      // Two ordered index walks merged (no temp B-tree), then each consultation of the page by primary key.
      [LEGAL_SQL.consultationsForStats, /MERGE \(UNION\).*COVERING INDEX legal_consultations_created .*COVERING INDEX legal_consultation_misses_org \(org_id=\? AND/],
      [LEGAL_SQL.aidQueue, new RegExp(`^${A} legal_aid_queue \\(assigned_org_id=\\? AND \\(decide_key,id\\)>\\(\\?,\\?\\)\\)$`)],
      [LEGAL_SQL.aidByApplicant, new RegExp(`^${A} legal_aid_applicant \\(applicant_key=\\? AND \\(created_at,id\\)<\\(\\?,\\?\\)\\)$`)],
      [LEGAL_SQL.aidDue, new RegExp(`^${A} legal_aid_due \\(\\(escalate_at,id\\)>\\(\\?,\\?\\) AND escalate_at<\\?\\)$`)],
      [LEGAL_SQL.aidForStats, new RegExp(`^${A} legal_aid_created \\(\\(created_at,id\\)>\\(\\?,\\?\\) AND created_at<\\?\\)$`)],
      [LEGAL_SQL.remindersDue, /^SEARCH legal_reminders USING INDEX legal_reminders_due \(\(due_day,id\)>\(\?,\?\) AND due_day<\?\)$/],
      [ARTICLE_SQL.latest, /^SEARCH legal_articles USING INDEX legal_articles_published \(\(updated_at,id\)<\(\?,\?\)\)$/],
      [ARTICLE_SQL.latestInCategory, /^SEARCH legal_articles USING INDEX legal_articles_published_category \(category=\? AND \(updated_at,id\)<\(\?,\?\)\)$/],
      // The FTS table yields matches in rowid (rank) order below a bound (no sort); each article read by its rank,
      // then the commoner bigrams checked on it (a scan of the query's short list).
      [ARTICLE_SQL.matching, /^SCAN legal_article_grams VIRTUAL TABLE INDEX \d+:M1< \| SEARCH a USING INDEX sqlite_autoindex_legal_articles_2 \(rank=\?\) \| CORRELATED SCALAR SUBQUERY 1 \| SCAN r VIRTUAL TABLE INDEX 1:$/],
    ]
    for (const [sql, pattern] of expected) {
      const p = plan(sql)
      expect(p).toMatch(pattern)
      expect(p).not.toMatch(/TEMP B-TREE/)
      if (sql !== ARTICLE_SQL.matching) expect(p.replace('SCAN k', '')).not.toMatch(/SCAN/)
    }
  })

  test('When rows are written around the store, then the schema itself refuses a second requestKey or receipt', () => {
    const insert = db.prepare(LEGAL_SQL.insertConsultation)
    const c = legal.consultation()
    expect(insert.run(consultationRow(c)).changes).toBe(1)
    expect(insert.run(consultationRow(legal.consultation({ requestKey: c.requestKey }))).changes).toBe(0)
    expect(insert.run(consultationRow(legal.consultation({ receiptHash: c.receiptHash }))).changes).toBe(0)
    expect(insert.run(consultationRow(legal.consultation())).changes).toBe(1)
  })

  test('When update times are compared, then wall-clock seconds keep the text order and refuse what is not a time', () => {
    const times = ['1999-12-31T23:59:59+08:00', '2026-03-10T10:00:00+08:00', '2026-03-10T10:00:01Z', '2026-11-01T00:00:00+08:00', '9999-01-01T00:00:00+08:00']
    const seconds = times.map((t) => wallSeconds(t)!)
    expect([...seconds].sort((a, b) => a - b)).toEqual(seconds)
    expect(new Set(seconds).size).toBe(times.length)
    expect(Number.isSafeInteger(wallSeconds('9999-12-31T23:59:59+08:00')! * SLOT + SLOT)).toBe(true)
    for (const bad of ['', 'x', '2026-13-01T00:00:00+08:00', '2026-02-30T00:00:00+08:00', '2026-03-10 10:00:00']) expect(wallSeconds(bad)).toBeNull()
  })

  test('When articles are published, edited and unpublished, then the FTS table holds one row per published article at its rank', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'union-legal-fts-'))
    const store = openSqliteStore(join(dir, 'store.db'))
    const peek = new Database(join(dir, 'store.db'), { readonly: true })
    const ranks = () => peek.prepare('SELECT id, rank FROM legal_articles ORDER BY id').all() as Array<{ id: string; rank: number | null }>
    const ftsRows = () => (peek.prepare('SELECT rowid FROM legal_article_grams ORDER BY rowid').all() as Array<{ rowid: number }>).map((r) => r.rowid)
    try {
      const w = legal.uniqueWord(4)
      const [a, b] = [0, 1].map(() => legal.article({ updatedAt: '2026-04-01T09:00:00+08:00' }, w))
      expect(await store.legal.saveArticle(a)).toBe(true)
      expect(await store.legal.saveArticle(b)).toBe(true)
      // One second, one slot: adjacent ranks in save order.
      const slot = wallSeconds(a.updatedAt)! * SLOT
      expect(ranks()).toEqual([{ id: a.id, rank: slot }, { id: b.id, rank: slot + 1 }])
      expect(ftsRows()).toEqual([slot, slot + 1])
      const counted = () => peek.prepare('SELECT n FROM legal_article_gram_counts WHERE gram = ?').pluck().get(w.slice(0, 2))
      expect(counted()).toBe(2)
      // An edit within the same second keeps the rank; a later time moves the article to that second's slot.
      expect(await store.legal.saveArticle({ ...a, body: '改过的正文', version: 2 })).toBe(true)
      expect(ranks()[0]).toEqual({ id: a.id, rank: slot })
      expect(await store.legal.saveArticle({ ...a, updatedAt: '2026-04-01T09:00:05+08:00', version: 3 })).toBe(true)
      expect(ranks()[0]).toEqual({ id: a.id, rank: slot + 5 * SLOT })
      expect(ftsRows()).toEqual([slot + 1, slot + 5 * SLOT])
      // Unpublished: no rank, no FTS row.
      expect(await store.legal.saveArticle({ ...b, published: false, version: 2 })).toBe(true)
      expect(ranks()[1]).toEqual({ id: b.id, rank: null })
      expect(ftsRows()).toEqual([slot + 5 * SLOT])
      expect(counted()).toBe(1)
      expect((await store.legal.searchArticles(w, undefined, undefined, 10)).items.map((x) => x.id)).toEqual([a.id])
      expect(await store.legal.saveArticle({ ...a, title: '改了标题', updatedAt: '2026-04-01T09:00:06+08:00', version: 4 })).toBe(true)
      expect(counted()).toBeUndefined()
      expect((await store.legal.searchArticles(w, undefined, undefined, 10)).items).toEqual([])
    } finally {
      peek.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
