/**
 * The arrears store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API), then
 * what only CloudBase shows: every method is one request, the board's read projects the board fields only, and a
 * town's month past 1,000 reports is read in pages of 1,000. That every query is served by an index in
 * collections.ts is checked with the other contracts in tests/deploy/index-coverage.test.ts.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { report, runArrearsStoreContract } from './arrears-contract'

runArrearsStoreContract('Arrears store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Arrears store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  let store: Store
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
    store = openCloudbaseStore(fake.app)
  })
  afterAll(() => fake.close())

  async function requests(work: () => Promise<unknown>): Promise<string[]> {
    fake.requests.length = 0
    await work()
    return fake.requests.map((r) => `${r.action.replace('database.', '')}${r.body.collectionName ? ` ${String(r.body.collectionName)}` : ''}`)
  }

  test('When each method runs, then it is one request', async () => {
    const r = report({ townId: make.uid('town') })
    const one: Array<[string, () => Promise<unknown>]> = [
      ['insertDocument arrears_reports', () => store.arrears.saveReport(r)],
      ['modifyDocument arrears_reports', () => store.arrears.saveReport({ ...r, version: 2 })],
      ['getDocument arrears_reports', () => store.arrears.getReport(r.id)],
      ['getDocument arrears_reports', () => store.arrears.listTownMonth(r.townId, r.month)],
      ['getDocument arrears_reports', () => store.arrears.listByEnterprise(r.enterpriseId, 13)],
      ['insertDocument arrears_reminders', () => store.arrears.markReminder('2026-02:due:x', r.filedAt)],
      ['getDocument arrears_reminders', () => store.arrears.hasReminder('2026-02:due:x')],
      ['getDocument enterprises', () => store.directory.listTownEnterprises(r.townId)],
      ['getDocument enterprises', () => store.directory.listTownEnterpriseNames(r.townId)],
    ]
    for (const [expected, work] of one) expect(await requests(work)).toEqual([expected])
  })

  test("When the board reads a town's month, then only the board's fields are asked for", async () => {
    const r = report({ townId: make.uid('town'), arrears: { workers: 2, amount: 10, since: '2026-02', cause: '不应离开存储的原因' } })
    await store.arrears.saveReport(r)
    fake.requests.length = 0
    expect(await store.arrears.listTownMonth(r.townId, r.month)).toEqual([{ enterpriseId: r.enterpriseId, arrears: { workers: 2, amount: 10, since: '2026-02' }, caseId: null, filedAt: r.filedAt }])
    expect(JSON.stringify(fake.requests[0].body)).toContain('projection')
  })

  test('When a town has more than 1,000 reports in a month, then they are read in pages of 1,000', async () => {
    const town = make.uid('town')
    const db = fake.app.database()
    const docs = Array.from({ length: 1005 }, (_, i) => {
      const { id, ...rest } = report({ townId: town, enterpriseId: `e-${String(i).padStart(4, '0')}-${town}` })
      return { _id: id, ...rest }
    })
    for (let i = 0; i < docs.length; i += 500) await db.collection('arrears_reports').add(docs.slice(i, i + 500))
    let all: unknown[] = []
    expect(await requests(async () => (all = await store.arrears.listTownMonth(town, '2026-02')))).toEqual(['getDocument arrears_reports', 'getDocument arrears_reports'])
    expect(all).toHaveLength(1005)
  }, 60_000)
})
