import type { Officer } from '../../../../types/directory'
import type { OfficerStore } from '../port'
import { clampLimit, getDoc, keysetPage, pageOf, putDoc, type Db, type Doc } from './db'

export function toOfficer(d: Doc): Officer {
  return { openid: d._id, orgId: d.orgId as string, role: d.role as Officer['role'], name: d.name as string }
}

export function officerFields(o: Officer): Record<string, unknown> {
  return { orgId: o.orgId, role: o.role, name: o.name }
}

/** `_id` is the officer's openid. */
export function cloudbaseOfficers(db: Db): OfficerStore {
  return {
    async get(openid) {
      const doc = await getDoc(db, 'officers', openid)
      return doc ? toOfficer(doc) : null
    },
    async put(officer) {
      await putDoc(db, 'officers', officer.openid, officerFields(officer))
    },
    async listByOrg(orgId, after, limit) {
      const size = clampLimit(limit)
      const docs = await keysetPage(db, 'officers', { orgId }, after, size)
      return pageOf(docs.map(toOfficer), size, (o) => o.openid)
    },
  }
}
