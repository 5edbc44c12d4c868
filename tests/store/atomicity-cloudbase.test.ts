/**
 * The failure-injection contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake): the fake's
 * request hook fails the first write to a collection and every request after it — a connection lost mid-call,
 * so whatever the adapter tries next (an undo, a rollback) is lost too.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { ServiceError, startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { runAtomicityContract, type Faults } from './atomicity-contract'

const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument'])
/** The contract names SQLite's tables; membership applications and members share one CloudBase collection (0022). */
const COLLECTION_OF: Record<string, string> = { membership_applications: 'memberships', members: 'memberships' }

function faultsOf(fake: CloudbaseFake): Faults {
  return {
    breakAt(table) {
      const collection = COLLECTION_OF[table] ?? table
      let lost = false
      fake.hooks.onRequest = (action, body) => {
        lost ||= WRITES.has(action) && body?.collectionName === collection
        if (lost) throw new ServiceError('SYS_ERR', 'injected: connection lost')
      }
    },
    heal() {
      fake.hooks.onRequest = undefined
      fake.transactions.expire()
    },
  }
}

runAtomicityContract('Atomic writes: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  // Participants and messages are embedded in the case document (decisions 0021, 0024): a join, or a case change
  // with its message, is one write to `grievances`.
  return { store: openCloudbaseStore(fake.app), faults: faultsOf(fake), participantsAt: 'grievances', messagesAt: 'grievances', cleanup: () => fake.close() }
})
