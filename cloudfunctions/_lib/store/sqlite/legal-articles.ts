/**
 * The legal knowledge base on SQLite. Search is the enterprise search's method (sqlite/enterprise-search.ts) on
 * long texts: the bigrams of ../grams.ts `searchBigrams`, per-bigram counts (legal_article_gram_counts), a walk
 * over the postings of the query's rarest bigrams, the other bigrams confirmed with instr() on the text. The
 * postings are an FTS5 table (detail=none) instead of a (bigram, id) B-tree: an article holds ~300 distinct
 * bigrams, ~20 bytes each as B-tree rows, ~4 bytes delta-compressed in FTS5. Each published article is one FTS row
 * holding its bigrams and its category as opaque ASCII tokens; the two rarest bigrams and the category are ANDed
 * there (FTS5 intersects in C), and every further, commoner bigram is checked on the candidates instead: ANDing a
 * common bigram makes FTS5 read its whole doclist when matches are sparse.
 *
 * Newest first without sorting the matches: the FTS rowid is the article's `rank`, wall-clock seconds of
 * updatedAt × SLOT + a free slot number, so rank order is (updatedAt, id) order to the second. A page walks
 * the matches by rank downwards and stops at `limit`; only the last second's articles can be out of order, so
 * the rest of that second is read too and the page sorted exactly (`matchingPage` below).
 */
import type Database from 'better-sqlite3'
import type { LegalCategory } from '../../../../types/legal-labels'
import type { Article } from '../legal-port'
import type { Page } from '../port'
import { compositeCursor, parseCursor } from '../cursor'
import { searchBigrams } from '../grams'
import type { DocRow } from './legal-rows'
import { clampLimit, pageOf } from './page'

/** Ranks per wall-clock second: far more articles than are ever saved in one second. */
export const SLOT = 16384
const NO_BOUND = Number.MAX_SAFE_INTEGER
/** Above every time: the first page of a newest-first list. */
const TOP = '\uffff'

/** Seconds of the wall-clock `YYYY-MM-DDTHH:MM:SS` that starts `iso` (offset ignored): ordered as the strings are. */
export function wallSeconds(iso: string): number | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(iso)
  if (!m) return null
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])
  // Out-of-range fields (month 13, year 0099) would wrap around and break the order.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== m[0] ? null : ms / 1000
}

/** A bigram as one ASCII token: its two code points as one base-36 number. */
export const gramToken = (gram: string): string => {
  const [a, b] = Array.from(gram)
  return `g${(a.codePointAt(0)! * 0x110000 + b.codePointAt(0)!).toString(36)}`
}
export const categoryToken = (category: LegalCategory): string => `c${category.replace(/[^a-z0-9]/g, '')}`

type RankedRow = DocRow & { rank: number; updated_at: string; id: string }

/** Bigrams ANDed in the FTS walk, rarest first; the others are confirmed on the candidates. */
const WALKED = 2
const articleGrams = (a: Pick<Article, 'title' | 'body'>) => searchBigrams(a.title, a.body)

export const ARTICLE_SQL = {
  byId: 'SELECT doc FROM legal_articles WHERE id = ?',
  current: 'SELECT rank, version, doc FROM legal_articles WHERE id = ?',
  slotTop: 'SELECT max(rank) AS top FROM legal_articles WHERE rank >= ? AND rank < ?',
  insert: `INSERT INTO legal_articles (id, category, published, updated_at, version, rank, doc)
    VALUES (@id, @category, @published, @updated_at, @version, @rank, @doc)`,
  update: `UPDATE legal_articles SET category = @category, published = @published, updated_at = @updated_at,
    version = @version, rank = @rank, doc = @doc WHERE id = @id AND version = @expected`,
  ftsInsert: 'INSERT INTO legal_article_grams (rowid, tokens) VALUES (?, ?)',
  ftsDelete: 'DELETE FROM legal_article_grams WHERE rowid = ?',
  gramCounts: 'SELECT gram, n FROM legal_article_gram_counts WHERE gram IN (SELECT value FROM json_each(?))',
  // One statement per article, not one per bigram (as the directory import's postings).
  count: `INSERT INTO legal_article_gram_counts (gram, n) SELECT value, @delta FROM json_each(@grams) WHERE true
    ON CONFLICT (gram) DO UPDATE SET n = n + excluded.n`,
  dropCounts: 'DELETE FROM legal_article_gram_counts WHERE n <= 0 AND gram IN (SELECT value FROM json_each(?))',
  // The FTS walk drives (CROSS JOIN): matches come in rank order and each is read by its unique rank.
  matching: `SELECT a.doc, a.rank, a.updated_at, a.id FROM legal_article_grams CROSS JOIN legal_articles a ON a.rank = legal_article_grams.rowid
    WHERE legal_article_grams MATCH @match AND legal_article_grams.rowid < @below
      AND (a.updated_at, a.id) < (@key, @id)
      AND NOT EXISTS (SELECT 1 FROM json_each(@rest) r
        WHERE instr(lower(json_extract(a.doc, '$.title') || char(10) || json_extract(a.doc, '$.body')), r.value) = 0)
    ORDER BY legal_article_grams.rowid DESC LIMIT @limit`,
  latest: `SELECT doc FROM legal_articles INDEXED BY legal_articles_published
    WHERE published = 1 AND (updated_at, id) < (@key, @id) ORDER BY updated_at DESC, id DESC LIMIT @limit`,
  latestInCategory: `SELECT doc FROM legal_articles INDEXED BY legal_articles_published_category
    WHERE published = 1 AND category = @category AND (updated_at, id) < (@key, @id) ORDER BY updated_at DESC, id DESC LIMIT @limit`,
}

const newestFirst = (a: RankedRow, b: RankedRow) =>
  a.updated_at !== b.updated_at ? (a.updated_at < b.updated_at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0

export function sqliteArticles(db: Database.Database) {
  const byId = db.prepare<[string], DocRow>(ARTICLE_SQL.byId)
  const current = db.prepare<[string], { rank: number | null; version: number; doc: string }>(ARTICLE_SQL.current)
  const slotTop = db.prepare<[number, number], { top: number | null }>(ARTICLE_SQL.slotTop)
  const insert = db.prepare(ARTICLE_SQL.insert)
  const update = db.prepare(ARTICLE_SQL.update)
  const ftsInsert = db.prepare<[number, string]>(ARTICLE_SQL.ftsInsert)
  const ftsDelete = db.prepare<[number]>(ARTICLE_SQL.ftsDelete)
  const gramCounts = db.prepare<[string], { gram: string; n: number }>(ARTICLE_SQL.gramCounts)
  const count = db.prepare<[{ delta: number; grams: string }]>(ARTICLE_SQL.count)
  const dropCounts = db.prepare<[string]>(ARTICLE_SQL.dropCounts)
  const matching = db.prepare<[Record<string, string | number>], RankedRow>(ARTICLE_SQL.matching)
  const latest = db.prepare<[Record<string, string | number>], DocRow>(ARTICLE_SQL.latest)
  const latestInCategory = db.prepare<[Record<string, string | number>], DocRow>(ARTICLE_SQL.latestInCategory)

  function allocate(seconds: number): number {
    const base = seconds * SLOT
    const top = slotTop.get(base, base + SLOT)?.top ?? null
    const rank = top === null ? base : top + 1
    if (rank >= base + SLOT) throw new Error(`legal_articles: more than ${SLOT} articles saved in one second`)
    return rank
  }

  const save = db.transaction((a: Article): boolean => {
    const prev = current.get(a.id)
    if (a.version === 1 ? prev !== undefined : prev?.version !== a.version - 1) return false
    const seconds = wallSeconds(a.updatedAt)
    if (seconds === null) throw new Error(`article ${a.id}: updatedAt ${a.updatedAt} is not an ISO time`)
    const kept = prev?.rank != null && Math.floor(prev.rank / SLOT) === seconds ? prev.rank : null
    const rank = a.published ? (kept ?? allocate(seconds)) : null
    if (prev?.rank != null) {
      const old = JSON.stringify(articleGrams(JSON.parse(prev.doc) as Article))
      ftsDelete.run(prev.rank)
      count.run({ delta: -1, grams: old })
      dropCounts.run(old)
    }
    const row = { id: a.id, category: a.category, published: a.published ? 1 : 0, updated_at: a.updatedAt, version: a.version, rank, doc: JSON.stringify(a) }
    if (prev) update.run({ ...row, expected: a.version - 1 })
    else insert.run(row)
    if (rank !== null) {
      const grams = articleGrams(a)
      ftsInsert.run(rank, [...grams.map(gramToken), categoryToken(a.category)].join(' '))
      count.run({ delta: 1, grams: JSON.stringify(grams) })
    }
    return true
  })

  /**
   * One page of matches below the cursor, exactly ordered. Matches come in rank order, so the articles of one second
   * are adjacent: reading until a match of a lower second than the page's last shows (or none is left) has read that
   * whole second. Usually one query of `size + 1`; more only when a second's articles straddle the page's end. (FTS5
   * walks a doclist backwards from an upper rowid bound cheaply, but seeks a lower bound from the doclist's start.)
   */
  function matchingPage(filter: { match: string; rest: string; key: string; id: string }, after: string | undefined, size: number): RankedRow[] {
    const seconds = after === undefined ? null : wallSeconds(filter.key)
    // A cursor's own second is the highest a later page can hold (an unreadable cursor: no bound, the row filter decides).
    let below = seconds === null ? NO_BOUND : (seconds + 1) * SLOT
    const rows: RankedRow[] = []
    const slot = (row: RankedRow) => Math.floor(row.rank / SLOT)
    for (;;) {
      const chunk = matching.all({ ...filter, below, limit: size + 1 })
      rows.push(...chunk)
      if (chunk.length < size + 1 || (rows.length > size && slot(rows[rows.length - 1]) !== slot(rows[size - 1]))) break
      below = chunk[chunk.length - 1].rank
    }
    return rows.sort(newestFirst).slice(0, size)
  }

  return {
    async saveArticle(a: Article) {
      return save(a)
    },
    async getArticle(id: string) {
      const row = byId.get(id)
      return row ? (JSON.parse(row.doc) as Article) : null
    },
    async searchArticles(q: string, category: LegalCategory | undefined, after: string | undefined, limit: number): Promise<Page<Article>> {
      const size = clampLimit(limit)
      const { key, id } = after === undefined ? { key: TOP, id: '' } : parseCursor(after)
      const grams = searchBigrams(q)
      let rows: DocRow[]
      if (grams.length === 0) {
        rows = category === undefined ? latest.all({ key, id, limit: size }) : latestInCategory.all({ category, key, id, limit: size })
      } else {
        const counts = gramCounts.all(JSON.stringify(grams))
        if (counts.length < grams.length || counts.some((c) => c.n <= 0)) return { items: [], next: null } // a bigram no article has
        const rarest = counts.sort((x, y) => x.n - y.n).map((c) => c.gram)
        const walked = [...rarest.slice(0, WALKED).map(gramToken), ...(category === undefined ? [] : [categoryToken(category)])]
        rows = matchingPage({ match: walked.join(' AND '), rest: JSON.stringify(rarest.slice(WALKED)), key, id }, after, size)
      }
      const items = rows.map((r) => JSON.parse(r.doc) as Article)
      return pageOf(items, size, (a) => compositeCursor(a.updatedAt, a.id))
    },
  }
}
