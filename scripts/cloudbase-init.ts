/**
 * Folded into the deploy plan (scripts/deploy/plan.ts): `npm run deploy` now creates the collections, indexes and
 * security rules through @cloudbase/manager-node. What stays here is `createCollections`, which makes the store's
 * collections through @cloudbase/node-sdk (`database.addCollection`) — how the tests prepare the local fake and the
 * live contract run prepares a test environment — and STORAGE_RULE, re-exported from the plan.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import { COLLECTIONS } from '../cloudfunctions/_lib/store/cloudbase/collections'

export { STORAGE_RULE } from './deploy/plan'

export type InitResult = { created: string[]; existing: string[] }

const hasCode = (e: unknown, code: string) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code

/** Creates every store collection; existing ones (`DATABASE_COLLECTION_ALREADY_EXIST`) are kept. */
export async function createCollections(app: CloudBase): Promise<InitResult> {
  const db = app.database()
  const result: InitResult = { created: [], existing: [] }
  for (const { name } of COLLECTIONS) {
    try {
      await db.createCollection(name)
      result.created.push(name)
    } catch (e) {
      if (!hasCode(e, 'DATABASE_COLLECTION_ALREADY_EXIST')) throw e
      result.existing.push(name)
    }
  }
  return result
}

if (require.main === module) {
  process.stderr.write('scripts/cloudbase-init.ts is now part of `npm run deploy` (`npm run deploy -- --dry-run` prints the plan).\n')
  process.exit(2)
}
