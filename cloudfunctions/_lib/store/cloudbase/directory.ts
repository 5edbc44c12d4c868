import type { Enterprise } from '../../../../types/directory'
import { normaliseCreditCode } from '../../../../types/credit-code'
import type { DirectoryStore, Page } from '../port'
import { chunks, clampLimit, escapeRegExp, getDoc, keysetPage, MAX_QUERY, pageOf, readAll, type Db, type Doc } from './db'
import { upsertDirectoryBatch } from './directory-batch'
import { toEnterprise, toOrg } from './directory-docs'
import { toOfficer } from './officers'

const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/
/** `_.in` lists are kept short so each query stays well under the 1,000-document cap. */
const IN_CHUNK = 100

export function cloudbaseDirectory(db: Db): DirectoryStore {
  const _ = db.command

  /**
   * Documents whose `field` (unique: `_id` or `creditCode`) is one of `keys`: one `_.in` query per 1,000
   * keys, each matching at most 1,000 documents, so nothing is cut off by the cap.
   */
  async function whereIn(collection: string, field: '_id' | 'creditCode', keys: string[]): Promise<Doc[]> {
    const found: Doc[] = []
    for (const part of chunks([...new Set(keys)], MAX_QUERY)) {
      const res = await db.collection(collection).where({ [field]: _.in(part) }).limit(part.length).get()
      found.push(...(res.data as Doc[]))
    }
    return found.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  }

  async function searchEnterprises(q: string, townId: string | undefined, after: string | undefined, limit: number): Promise<Page<Enterprise>> {
    const size = clampLimit(limit)
    const trimmed = q.trim()
    if (!trimmed) return { items: [], next: null }
    const code = normaliseCreditCode(trimmed)
    const match = CREDIT_CODE_SHAPE.test(code)
      ? { creditCode: code }
      : { name: db.RegExp({ regexp: escapeRegExp(trimmed), options: 'i' }) }
    const where = townId === undefined ? match : { ...match, townId }
    const docs = await keysetPage(db, 'enterprises', where, after, size)
    return pageOf(docs.map(toEnterprise), size, (e) => e.id)
  }

  return {
    async getOrg(id) {
      const doc = await getDoc(db, 'orgs', id)
      return doc ? toOrg(doc) : null
    },
    async getOrgs(ids) {
      const found: Doc[] = []
      for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
        const res = await db.collection('orgs').where({ _id: _.in(part) }).limit(part.length).get()
        found.push(...(res.data as Doc[]))
      }
      return found.map(toOrg).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    },
    async listTowns() {
      return (await readAll(db, 'orgs', { type: 'town_federation' })).map(toOrg)
    },
    async listOrgsBelow(orgId, after, limit) {
      const size = clampLimit(limit)
      const org = await getDoc(db, 'orgs', orgId)
      if (!org) return { items: [], next: null }
      const path = String(org.path)
      const prefix = path.endsWith('/') ? path : `${path}/`
      // A case-sensitive anchored prefix (index-friendly); the trailing `.` leaves out the org itself.
      const below = { path: db.RegExp({ regexp: `^${escapeRegExp(prefix)}.` }) }
      const docs = await keysetPage(db, 'orgs', below, after, size)
      return pageOf(docs.map(toOrg), size, (o) => o.id)
    },
    async getEnterprise(id) {
      const doc = await getDoc(db, 'enterprises', id)
      return doc ? toEnterprise(doc) : null
    },
    async getEnterpriseByCreditCode(creditCode) {
      const res = await db.collection('enterprises').where({ creditCode }).limit(1).get()
      const doc = (res.data as Doc[])[0]
      return doc ? toEnterprise(doc) : null
    },
    async getEnterprises(ids) {
      return (await whereIn('enterprises', '_id', ids)).map(toEnterprise)
    },
    async getEnterprisesByCreditCodes(codes) {
      return (await whereIn('enterprises', 'creditCode', codes)).map(toEnterprise)
    },
    async listTownEnterprises(townId) {
      return (await readAll(db, 'enterprises', { townId })).map(toEnterprise)
    },
    async listTownEnterpriseNames(townId) {
      // The same keyset pages as listTownEnterprises, projected to the name.
      const out: Array<{ id: string; name: string }> = []
      let after: string | undefined
      for (;;) {
        const where = after === undefined ? { townId } : { townId, _id: _.gt(after) }
        const page = (await db.collection('enterprises').where(where).field({ name: true }).orderBy('_id', 'asc').limit(MAX_QUERY).get()).data as Doc[]
        for (const d of page) out.push({ id: d._id, name: String(d.name) })
        if (page.length < MAX_QUERY) return out
        after = page[page.length - 1]._id
      }
    },
    async getOfficers(openids) {
      return (await whereIn('officers', '_id', openids)).map(toOfficer)
    },
    searchEnterprises,
    async upsertBatch(batch, onProgress) {
      await upsertDirectoryBatch(db, batch, onProgress)
    },
  }
}
