/**
 * The store contract against a real CloudBase environment, when one is configured:
 *   TCB_ENV=<a test environment> TCB_SECRET_ID=… TCB_SECRET_KEY=… npx jest tests/store/cloudbase-live.test.ts
 * It creates the collections if missing and leaves its (uniquely named) test records behind, so
 * point it at an environment kept for tests, never at production.
 */
import * as tcb from '@cloudbase/node-sdk'
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { runStoreContract } from './contract'

const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env
const configured = Boolean(TCB_ENV && TCB_SECRET_ID && TCB_SECRET_KEY)
const live = configured ? describe : describe.skip
if (!configured) console.log('CloudBase live contract skipped: set TCB_ENV, TCB_SECRET_ID and TCB_SECRET_KEY to run it.')

live('CloudBase live environment', () => {
  // Real round trips take tens of milliseconds; the 250-record tests make hundreds of them.
  jest.setTimeout(180_000)
  runStoreContract(
    `CloudBase store (live: ${TCB_ENV})`,
    async () => {
      const app = tcb.init({ env: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY })
      await createCollections(app)
      return { store: openCloudbaseStore(app) }
    },
    { atomicBatch: false },
  )
})
