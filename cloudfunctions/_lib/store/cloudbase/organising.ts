/**
 * The organising list on CloudBase (issue 13 §2). `organising_entries` (`_id` = the credit code, plus `onList` and
 * `rank` for the list indexes), `organising_imports` (`_id` = the import id) and `organising_chunks` (`_id` =
 * `${importId}:${chunk}`); indexes in collections.ts. A commit inserts new entries 100 per request and replaces
 * the others one by one (WRITE_CONCURRENCY at a time): idempotent, so a failed commit is run again.
 */
import { compositeCursor } from '../cursor'
import { isOnList, rankOf, type InsuredImport, type OrganisingEntry, type OrganisingStore, type StagedChunk, type TownTotals } from '../organising-port'
import { chunks, clampLimit, getDoc, isDuplicateWrite, MAX_QUERY, pageOf, readAll, runBounded, type Db, type Doc } from './db'
import { compositePage, type Where } from './keyset'
import { replaceFields } from './membership-docs'

const ENTRIES = 'organising_entries'
const IMPORTS = 'organising_imports'
const CHUNKS = 'organising_chunks'
const INSERT_BATCH = 100

export function entryDoc(e: OrganisingEntry): Doc {
  const { creditCode, ...fields } = e
  return { _id: creditCode, ...fields, onList: isOnList(e), rank: rankOf(e.insured) }
}
export function toEntry(d: Doc): OrganisingEntry {
  const { _id, onList: _l, rank: _r, ...fields } = d
  return { creditCode: _id, ...(fields as Omit<OrganisingEntry, 'creditCode'>) }
}
const withoutId = (d: Doc) => {
  const { _id: _ignored, ...rest } = d
  return rest
}

export function cloudbaseOrganising(db: Db): OrganisingStore {
  const _ = db.command
  const entries = () => db.collection(ENTRIES)
  const rankCursor = (e: OrganisingEntry) => compositeCursor(rankOf(e.insured), e.creditCode)

  async function getMany(codes: string[]): Promise<OrganisingEntry[]> {
    const out: OrganisingEntry[] = []
    for (const part of chunks([...new Set(codes)], MAX_QUERY)) {
      const res = await entries().where({ _id: _.in(part) }).limit(MAX_QUERY).get()
      out.push(...(res.data as Doc[]).map(toEntry))
    }
    return out
  }

  async function insertFresh(fresh: Doc[]) {
    for (const batch of chunks(fresh, INSERT_BATCH)) {
      try {
        await entries().add(batch)
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
        // A rerun of a commit that got this far: the batch's documents become upserts.
        await runBounded(batch.map((d) => () => entries().doc(d._id).set(withoutId(d)).then(() => undefined)))
      }
    }
  }

  return {
    async getEntry(code) {
      const doc = await getDoc(db, ENTRIES, code)
      return doc ? toEntry(doc) : null
    },
    getEntries: getMany,
    async putEntries(list, onProgress) {
      const docs = list.map(entryDoc)
      await insertFresh(docs.filter((_d, i) => list[i].version === 1))
      const rest = docs.filter((_d, i) => list[i].version !== 1)
      await runBounded(rest.map((d) => () => entries().doc(d._id).set(withoutId(d)).then(() => undefined)), (done) => onProgress?.(list.length - rest.length + done, list.length))
      onProgress?.(list.length, list.length)
    },
    async updateEntry(e) {
      const res = await entries().where({ _id: e.creditCode, version: e.version - 1 }).update(replaceFields(db, entryDoc(e)))
      return res.updated === 1
    },
    async listOpen({ townId, areaId, status }, after, limit) {
      const size = clampLimit(limit)
      const where: Where = { ...(areaId ? { areaId } : { townId }), onList: true, ...(status ? { status } : {}) }
      const docs = await compositePage(db, ENTRIES, where, 'rank', after, size)
      return pageOf(docs.map(toEntry), size, rankCursor)
    },
    async markCovered(codes, at) {
      if (codes.length === 0) return
      for (const part of chunks(codes, MAX_QUERY)) {
        await entries().where({ _id: _.in(part), covered: false }).update({ covered: true, onList: false, coveredAt: at, updatedAt: at })
      }
    },
    async listRemindersDue(day, after, limit) {
      const size = clampLimit(limit)
      // `lte` on a string matches strings only: entries without a reminder (null) are outside the range.
      const docs = await compositePage(db, ENTRIES, { remindAt: _.lte(day) }, 'remindAt', after, size)
      return pageOf(docs.map(toEntry), size, (e) => compositeCursor(e.remindAt ?? '', e.creditCode))
    },
    async clearReminder(code, remindAt) {
      const res = await entries().where({ _id: code, remindAt }).update({ remindAt: null })
      return res.updated === 1
    },
    async townTotals(townIds, yearStart) {
      const totals = new Map<string, TownTotals>(townIds.map((t) => [t, { townId: t, onList: 0, organisedThisYear: 0, insuredCovered: 0, insuredAll: 0 }]))
      if (townIds.length === 0) return []
      // One indexed pass over the towns' entries, only the fields summed.
      let after: string | undefined
      for (;;) {
        const where = { townId: _.in(townIds), ...(after ? { _id: _.gt(after) } : {}) }
        const res = await entries().where(where).field({ townId: true, onList: true, covered: true, coveredAt: true, insured: true }).orderBy('_id', 'asc').limit(MAX_QUERY).get()
        const page = res.data as Doc[]
        for (const d of page) {
          const t = totals.get(String(d.townId))
          if (!t) continue
          const insured = Number(d.insured)
          t.insuredAll += insured
          if (d.covered) t.insuredCovered += insured
          if (d.onList) t.onList++
          if (typeof d.coveredAt === 'string' && d.coveredAt >= yearStart) t.organisedThisYear++
        }
        if (page.length < MAX_QUERY) break
        after = page[page.length - 1]._id
      }
      return townIds.map((t) => totals.get(t) as TownTotals)
    },
    async listInsuredLatest(townId, after, limit) {
      const size = Math.min(MAX_QUERY, Math.max(1, Math.floor(limit) || 1))
      const where = { townId, ...(after ? { _id: _.gt(after) } : {}) }
      const res = await entries().where(where).field({ enterpriseId: true, history: true }).orderBy('_id', 'asc').limit(size).get()
      const items = (res.data as Doc[]).map((d) => {
        const history = (d.history as OrganisingEntry['history'] | undefined) ?? []
        return { creditCode: d._id, enterpriseId: (d.enterpriseId as string | null) ?? null, latest: history[0]?.insured ?? null, previous: history[1]?.insured ?? null }
      })
      return pageOf(items, size, (h) => h.creditCode)
    },

    async createImport(i) {
      const { id, ...fields } = i
      await db.collection(IMPORTS).add({ _id: id, ...fields })
    },
    async getImport(id) {
      const doc = await getDoc(db, IMPORTS, id)
      if (!doc) return null
      const { _id, ...fields } = doc
      return { id: _id, ...(fields as Omit<InsuredImport, 'id'>) }
    },
    async updateImport(i) {
      const { id, ...fields } = i
      const res = await db.collection(IMPORTS).where({ _id: id, version: i.version - 1 }).update(fields)
      return res.updated === 1
    },
    async stageChunk(c) {
      await db.collection(CHUNKS).doc(`${c.importId}:${c.chunk}`).set({ importId: c.importId, chunk: c.chunk, rows: c.rows })
    },
    async listChunks(importId) {
      const docs = await readAll(db, CHUNKS, { importId })
      return docs.map((d): StagedChunk => ({ importId, chunk: Number(d.chunk), rows: d.rows as StagedChunk['rows'] })).sort((a, b) => a.chunk - b.chunk)
    },
    async dropChunks(importId) {
      await db.collection(CHUNKS).where({ importId }).remove()
    },
  }
}
