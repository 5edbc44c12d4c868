/**
 * The radar store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake), then what only CloudBase
 * shows: the town's radar is one read, a visit two writes, an alert one conditional update.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runRadarStoreContract, signalsOf, visitOf } from './radar-contract'

runRadarStoreContract('Radar store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Radar store: CloudBase requests (real SDK, local fake)', () => {
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

  test('When a town’s radar is read, a visit recorded or an alert marked on an existing town, then it costs one, two and one requests', async () => {
    const townId = make.uid('town')
    const a = make.uid('ent')
    await store.radar.putSnapshot(townId, '2026-03-10T10:00:00+08:00', [signalsOf(a)])
    expect(await requests(() => store.radar.getTown(townId))).toEqual(['getDocument radar_towns'])
    expect(await requests(() => store.radar.addVisit(visitOf({ townId, enterpriseId: a })))).toEqual(['insertDocument radar_visits', 'modifyDocument radar_towns'])
    // A visit dated before the latest one leaves the max as it is and is still two requests.
    expect(await requests(() => store.radar.addVisit(visitOf({ townId, enterpriseId: a, date: '2025-12-01' })))).toEqual(['insertDocument radar_visits', 'modifyDocument radar_towns'])
    expect(await requests(() => store.radar.markAlerted(townId, a, '2026-03-10T10:00:00+08:00', '2025-12-10T10:00:00+08:00'))).toEqual(['modifyDocument radar_towns'])
    expect(await requests(() => store.radar.putSnapshot(townId, '2026-03-10T11:00:00+08:00', []))).toEqual(['modifyDocument radar_towns'])
  })
})
