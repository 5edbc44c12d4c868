/**
 * The CloudBase adapter through the real @cloudbase/node-sdk, against a local fake of the TCB
 * HTTP API (tests/support/cloudbase-fake): the shared contract, then what only CloudBase has —
 * the 100/1,000 query limits, the unique index, paging past 1,000 matches, chunked batch writes,
 * and the collections script.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { COLLECTIONS } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import { AppError } from '../../cloudfunctions/_lib/runtime/result'
import { createCollections, setupSteps } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runStoreContract } from './contract'

runStoreContract(
  'CloudBase store (node-sdk → local fake)',
  async () => {
    const fake = await startCloudbaseFake()
    await createCollections(fake.app)
    return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
  },
  { atomicBatch: false },
)
