/**
 * The desktop sign-in store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API),
 * then what only CloudBase shows: confirming and claiming are one conditional single-document write each.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { COLLECTIONS } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { runDesktopContract } from './desktop-contract'

runDesktopContract('Desktop sign-in: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Desktop sign-in: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
  })
  afterAll(() => fake.close())

  test('When the collections are listed, then codes are read by _id only and sessions have the list index', () => {
    expect(COLLECTIONS.find((c) => c.name === 'desktop_codes')?.indexes).toEqual([])
    expect(COLLECTIONS.find((c) => c.name === 'desktop_sessions')?.indexes).toEqual([
      { name: 'openid_ended_id', keys: [['openid', 1], ['ended', 1], ['_id', -1]], unique: false },
    ])
  })

  test('When a code is confirmed and claimed, then each is one conditional update on _id and the unbound state', async () => {
    const store = openCloudbaseStore(fake.app)
    const at = '2026-03-10T10:01:00+08:00'
    await store.desktop.createCode({
      codeHash: 'h1', pollHash: 'p1', createdAt: '2026-03-10T10:00:00+08:00', expiresAt: '2026-03-10T10:02:00+08:00', device: null,
      confirmedBy: null, confirmedAt: null, sessionId: null, claimedAt: null,
    })
    fake.requests.length = 0
    expect(await store.desktop.confirmCode('h1', 'o-a', at)).toBe(true)
    expect(await store.desktop.claimCode('h1', 'S1', at)).toBe(true)
    expect(fake.requests.map((r) => r.action)).toEqual(['database.modifyDocument', 'database.modifyDocument'])
    const queries = fake.requests.map((r) => JSON.parse(String(r.body.query)))
    expect(queries[0]).toEqual({ _id: 'h1', confirmedBy: null, expiresAt: { $gt: at } })
    expect(queries[1]).toEqual({ _id: 'h1', confirmedBy: { $ne: null }, sessionId: null })
  })
})
