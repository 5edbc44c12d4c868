import type { DashboardStore, OrgRollup } from '../dashboard-port'
import { clampLimit, getDoc, keysetPage, pageOf, putDoc, runBounded, type Db, type Doc } from './db'

const COLLECTION = 'dashboard_rollups'

/** `_id` is the orgId; the rest of the document is the rollup as it is. */
const toRollup = ({ _id, ...rest }: Doc): OrgRollup => ({ ...(rest as Omit<OrgRollup, 'orgId'>), orgId: _id })

export function cloudbaseDashboard(db: Db): DashboardStore {
  return {
    async get(orgId) {
      const doc = await getDoc(db, COLLECTION, orgId)
      return doc ? toRollup(doc) : null
    },
    async put(rollups) {
      await runBounded(rollups.map(({ orgId, ...rest }) => () => putDoc(db, COLLECTION, orgId, rest)))
    },
    async list(after, limit) {
      const size = clampLimit(limit)
      return pageOf((await keysetPage(db, COLLECTION, {}, after, size)).map(toRollup), size, (r) => r.orgId)
    },
  }
}
