/**
 * The organising list on SQLite (issue 13 §2): entries as JSON documents with the columns their lists need
 * (migration 014); an import's entries written in one transaction; every list a keyset page over a partial index.
 */
import type Database from 'better-sqlite3'
import { compositeCursor, parseCursor } from '../cursor'
import { isOnList, rankOf, type InsuredImport, type OrganisingEntry, type OrganisingStore, type StagedChunk } from '../organising-port'
import { clampLimit, pageOf } from './page'

type DocRow = { doc: string }
type LatestRow = [creditCode: string, enterpriseId: string | null, latest: number | null, previous: number | null]
const E = 'organising_entries'
const COLS = 'credit_code, town_id, area_id, status, on_list, rank, covered, covered_at, insured, remind_at, version, doc'
const VALS = '@code, @town, @area, @status, @onList, @rank, @covered, @coveredAt, @insured, @remindAt, @version, @doc'

export const ORGANISING_SQL = {
  entry: `SELECT doc FROM ${E} WHERE credit_code = ?`,
  upsert: `INSERT INTO ${E} (${COLS}) VALUES (${VALS}) ON CONFLICT(credit_code) DO UPDATE SET
    town_id = excluded.town_id, area_id = excluded.area_id, status = excluded.status, on_list = excluded.on_list, rank = excluded.rank,
    covered = excluded.covered, covered_at = excluded.covered_at, insured = excluded.insured, remind_at = excluded.remind_at,
    version = excluded.version, doc = excluded.doc`,
  update: `UPDATE ${E} SET town_id = @town, area_id = @area, status = @status, on_list = @onList, rank = @rank, covered = @covered,
    covered_at = @coveredAt, insured = @insured, remind_at = @remindAt, version = @version, doc = @doc WHERE credit_code = @code AND version = @expected`,
  town: `SELECT doc FROM ${E} INDEXED BY organising_town WHERE on_list = 1 AND town_id = @key AND (rank, credit_code) > (@rank, @code) ORDER BY rank, credit_code LIMIT @limit`,
  townStatus: `SELECT doc FROM ${E} INDEXED BY organising_town_status WHERE on_list = 1 AND town_id = @key AND status = @status AND (rank, credit_code) > (@rank, @code) ORDER BY rank, credit_code LIMIT @limit`,
  area: `SELECT doc FROM ${E} INDEXED BY organising_area WHERE on_list = 1 AND area_id = @key AND (rank, credit_code) > (@rank, @code) ORDER BY rank, credit_code LIMIT @limit`,
  areaStatus: `SELECT doc FROM ${E} INDEXED BY organising_area_status WHERE on_list = 1 AND area_id = @key AND status = @status AND (rank, credit_code) > (@rank, @code) ORDER BY rank, credit_code LIMIT @limit`,
  remindersDue: `SELECT doc FROM ${E} INDEXED BY organising_remind WHERE remind_at IS NOT NULL AND remind_at <= @day AND (remind_at, credit_code) > (@rank, @code) ORDER BY remind_at, credit_code LIMIT @limit`,
  totals: `SELECT town_id AS townId, COALESCE(SUM(on_list), 0) AS onList, COALESCE(SUM(covered_at >= @yearStart), 0) AS organisedThisYear,
    COALESCE(SUM(CASE WHEN covered = 1 THEN insured ELSE 0 END), 0) AS insuredCovered, COALESCE(SUM(insured), 0) AS insuredAll
    FROM ${E} INDEXED BY organising_town_all WHERE town_id = @town`,
  // The radar's insured counts: generated columns of the document, read from their index (migration 018).
  latest: `SELECT credit_code, radar_enterprise_id, radar_latest, radar_previous FROM ${E} INDEXED BY organising_radar
    WHERE town_id = @town AND credit_code > @after ORDER BY credit_code LIMIT @limit`,
}
const S = ORGANISING_SQL

export function entryRow(e: OrganisingEntry) {
  return {
    code: e.creditCode, town: e.townId, area: e.areaId, status: e.status, onList: isOnList(e) ? 1 : 0, rank: rankOf(e.insured),
    covered: e.covered ? 1 : 0, coveredAt: e.coveredAt, insured: e.insured, remindAt: e.remindAt, version: e.version, doc: JSON.stringify(e),
  }
}

export function sqliteOrganising(db: Database.Database): OrganisingStore {
  const getOne = db.prepare<[string], DocRow>(S.entry)
  const upsert = db.prepare(S.upsert)
  const update = db.prepare(S.update)
  const lists = { town: db.prepare(S.town), townStatus: db.prepare(S.townStatus), area: db.prepare(S.area), areaStatus: db.prepare(S.areaStatus) }
  const remindersDue = db.prepare(S.remindersDue)
  const totals = db.prepare(S.totals)
  const latestTwo = db.prepare(S.latest).raw()
  const clearReminder = db.prepare(`UPDATE ${E} SET remind_at = NULL, doc = json_set(doc, '$.remindAt', NULL) WHERE credit_code = ? AND remind_at = ?`)
  const getImport = db.prepare<[string], DocRow>('SELECT doc FROM organising_imports WHERE id = ?')
  const insertImport = db.prepare('INSERT INTO organising_imports (id, version, doc) VALUES (@id, @version, @doc)')
  const updateImport = db.prepare('UPDATE organising_imports SET version = @version, doc = @doc WHERE id = @id AND version = @expected')
  const stage = db.prepare('INSERT OR REPLACE INTO organising_chunks (import_id, chunk, rows) VALUES (?, ?, ?)')
  const chunks = db.prepare<[string], { chunk: number; rows: string }>('SELECT chunk, rows FROM organising_chunks WHERE import_id = ? ORDER BY chunk')
  const drop = db.prepare('DELETE FROM organising_chunks WHERE import_id = ?')

  const parse = (rows: DocRow[]) => rows.map((r) => JSON.parse(r.doc) as OrganisingEntry)
  const read = (code: string) => {
    const row = getOne.get(code)
    return row ? (JSON.parse(row.doc) as OrganisingEntry) : null
  }
  const putAll = db.transaction((entries: OrganisingEntry[]) => {
    for (const e of entries) upsert.run(entryRow(e))
  })
  const cover = db.transaction((codes: string[], at: string) => {
    for (const code of codes) {
      const e = read(code)
      if (!e || e.covered) continue
      const next = { ...e, covered: true, coveredAt: at, updatedAt: at }
      upsert.run(entryRow(next))
    }
  })
  const cursorParams = (after: string | undefined) => {
    const c = parseCursor(after)
    return { rank: c.key, code: c.id }
  }
  const rankCursor = (e: OrganisingEntry) => compositeCursor(rankOf(e.insured), e.creditCode)

  return {
    async getEntry(code) {
      return read(code)
    },
    async getEntries(codes) {
      return codes.map(read).filter((e): e is OrganisingEntry => e !== null)
    },
    async putEntries(entries, onProgress) {
      putAll(entries)
      onProgress?.(entries.length, entries.length)
    },
    async updateEntry(e) {
      return update.run({ ...entryRow(e), expected: e.version - 1 }).changes === 1
    },
    async listOpen({ townId, areaId, status }, after, limit) {
      const size = clampLimit(limit)
      const which = areaId ? (status ? lists.areaStatus : lists.area) : status ? lists.townStatus : lists.town
      const rows = which.all({ key: areaId ?? townId, ...(status ? { status } : {}), ...cursorParams(after), limit: size }) as DocRow[]
      return pageOf(parse(rows), size, rankCursor)
    },
    async markCovered(codes, at) {
      cover(codes, at)
    },
    async listRemindersDue(day, after, limit) {
      const size = clampLimit(limit)
      const rows = remindersDue.all({ day, ...cursorParams(after), limit: size }) as DocRow[]
      return pageOf(parse(rows), size, (e) => compositeCursor(e.remindAt ?? '', e.creditCode))
    },
    async clearReminder(code, remindAt) {
      return clearReminder.run(code, remindAt).changes === 1
    },
    async townTotals(townIds, yearStart) {
      return townIds.map((town) => ({ ...(totals.get({ town, yearStart }) as object), townId: town }) as Awaited<ReturnType<OrganisingStore['townTotals']>>[number])
    },
    async listInsuredLatest(townId, after, limit) {
      const size = Math.min(1000, Math.max(1, Math.floor(limit) || 1))
      const rows = latestTwo.all({ town: townId, after: after ?? '', limit: size }) as LatestRow[]
      const items = rows.map(([creditCode, enterpriseId, latest, previous]) => ({ creditCode, enterpriseId, latest, previous }))
      return pageOf(items, size, (h) => h.creditCode)
    },

    async createImport(i) {
      insertImport.run({ id: i.id, version: i.version, doc: JSON.stringify(i) })
    },
    async getImport(id) {
      const row = getImport.get(id)
      return row ? (JSON.parse(row.doc) as InsuredImport) : null
    },
    async updateImport(i) {
      return updateImport.run({ id: i.id, version: i.version, doc: JSON.stringify(i), expected: i.version - 1 }).changes === 1
    },
    async stageChunk(c) {
      stage.run(c.importId, c.chunk, JSON.stringify(c.rows))
    },
    async listChunks(importId) {
      return chunks.all(importId).map((r): StagedChunk => ({ importId, chunk: r.chunk, rows: JSON.parse(r.rows) }))
    },
    async dropChunks(importId) {
      drop.run(importId)
    },
  }
}
