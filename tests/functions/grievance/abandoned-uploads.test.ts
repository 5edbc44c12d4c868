/**
 * Evidence uploads the mini-program never finished (issue 9 / issue 10): `uploadSlot` records every slot it hands
 * out, `finishUpload` closes it, and the hourly `escalate.sweep` removes the files (and records) of slots left
 * unfinished for more than a day, within its budget. Runs with the CloudBase files adapter on the local fake, once
 * on the SQLite store and once on the CloudBase store (both through the real node-sdk against the fake).
 */
import { cloudbaseFiles } from '../../../cloudfunctions/_lib/files/cloudbase'
import type { FilesPort } from '../../../cloudfunctions/_lib/files/port'
import { openCloudbaseStore } from '../../../cloudfunctions/_lib/store/cloudbase'
import { toIso } from '../../../cloudfunctions/_lib/runtime/time'
import type { Store } from '../../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../../support/cloudbase-fake'
import { openHarness, timer, type Harness } from '../../support/harness'
import { data, newWorker } from './helpers'
import { png } from './images'

const HOUR = 3600_000
/** Each test runs a week after the one before, so one test's sweeps never meet another's slots. */
let week = 0
const nextStart = () => new Date(Date.parse('2026-04-06T09:00:00+08:00') + week++ * 7 * 24 * HOUR)
const later = (t: Date, hours: number) => new Date(t.getTime() + hours * HOUR)

describe.each(['SQLite', 'CloudBase'] as const)('abandoned uploads (%s store, CloudBase storage)', (kind) => {
  let fake: CloudbaseFake
  let h: Harness
  let files: FilesPort
  let sqlite: Store
  beforeAll(async () => {
    fake = await startCloudbaseFake({ now: () => Date.now() })
    h = await openHarness()
    files = cloudbaseFiles(fake.app)
    sqlite = h.deps.store
    ;(h.deps as { files: FilesPort }).files = files
    if (kind === 'CloudBase') {
      await createCollections(fake.app)
      h.deps.store = openCloudbaseStore(fake.app)
    }
  })
  afterAll(async () => {
    await h.close()
    if (kind === 'CloudBase') await sqlite.close()
    await fake.close()
  })
  afterEach(() => {
    delete h.deps.limits.sweepBudgetMs
    jest.restoreAllMocks()
  })

  const sweep = async (now: Date) => data(h, await h.call('escalate', timer, { action: 'sweep' }, now))
  const slot = async (worker: string, now: Date) => data(h, await h.as(worker)('grievance', 'uploadSlot', { contentType: 'image/png' }, now)).cloudPath as string
  /** The mini-program's own upload to the slot's path (wx.cloud.uploadFile): the function never sees it. */
  const put = async (cloudPath: string) => (await fake.app.uploadFile({ cloudPath, fileContent: png() })).fileID
  const open = (before: Date) => h.deps.store.uploads.listAbandoned(toIso(before), undefined, 100).then((p) => p.items)

  test('When one account asks for more slots than twice the daily photo cap, then the rest are RATE_LIMITED and not recorded', async () => {
    const t = nextStart()
    const worker = newWorker()
    for (let i = 0; i < 100; i++) await slot(worker, t)
    const out = await h.as(worker)('grievance', 'uploadSlot', { contentType: 'image/png' }, t)
    expect(out.error?.code).toBe('RATE_LIMITED')
    expect(await open(later(t, 1))).toHaveLength(100)
    await sweep(later(t, 25))
  })

  test('When a slot is issued and never finished, then 25 h later the sweep removes its file and its record', async () => {
    const t = nextStart()
    const fileID = await put(await slot(newWorker(), t))
    expect(await open(later(t, 1))).toHaveLength(1)
    const out = await sweep(later(t, 25))
    expect(out).toMatchObject({ uploads: { removed: 1, failed: 0 }, complete: true })
    expect(await files.exists(fileID)).toBe(false)
    expect(await open(later(t, 1))).toEqual([])
  })

  test('When a slot is finished, then the sweep never touches it or its evidence', async () => {
    const t = nextStart()
    const worker = newWorker()
    const fileID = await put(await slot(worker, t))
    const { fileId } = data(h, await h.as(worker)('grievance', 'finishUpload', { contentType: 'image/png', fileId: fileID }, t))
    const removeKey = jest.spyOn(files, 'removeKey')
    const forget = jest.spyOn(h.deps.store.uploads, 'forget')
    expect(await sweep(later(t, 25))).toMatchObject({ uploads: { removed: 0, failed: 0 }, complete: true })
    expect(removeKey).not.toHaveBeenCalled()
    expect(forget).not.toHaveBeenCalled()
    expect(await files.exists(fileId)).toBe(true)
  })

  test('When a slot is 23 h old, then it is kept; once past a day it goes', async () => {
    const t = nextStart()
    const fileID = await put(await slot(newWorker(), t))
    expect(await sweep(later(t, 23))).toMatchObject({ uploads: { removed: 0, failed: 0 } })
    expect(await files.exists(fileID)).toBe(true)
    expect(await sweep(later(t, 24.5))).toMatchObject({ uploads: { removed: 1 } })
    expect(await files.exists(fileID)).toBe(false)
  })

  test('When the budget is spent, then nothing is removed and the run says so; the next run removes each slot once', async () => {
    const t = nextStart()
    const worker = newWorker()
    const ids = [await put(await slot(worker, t)), await put(await slot(worker, t))]
    await slot(worker, t) // taken, nothing uploaded: the record still goes
    h.deps.limits.sweepBudgetMs = 0
    expect(await sweep(later(t, 25))).toMatchObject({ uploads: { removed: 0, failed: 0 }, complete: false })
    for (const id of ids) expect(await files.exists(id)).toBe(true)
    delete h.deps.limits.sweepBudgetMs
    expect(await sweep(later(t, 25))).toMatchObject({ uploads: { removed: 3, failed: 0 }, complete: true })
    for (const id of ids) expect(await files.exists(id)).toBe(false)
    expect(await sweep(later(t, 26))).toMatchObject({ uploads: { removed: 0 } })
  })

  test('When finishUpload could not remove the client file, then its slot stays open and the sweep removes the file later', async () => {
    const t = nextStart()
    const worker = newWorker()
    const fileID = await put(await slot(worker, t))
    jest.spyOn(files, 'remove').mockRejectedValueOnce(new Error('storage busy'))
    data(h, await h.as(worker)('grievance', 'finishUpload', { contentType: 'image/png', fileId: fileID }, t))
    expect(await files.exists(fileID)).toBe(true)
    expect(await sweep(later(t, 25))).toMatchObject({ uploads: { removed: 1, failed: 0 } })
    expect(await files.exists(fileID)).toBe(false)
  })

  test('When storage fails to remove an abandoned file, then it is logged and counted, the record kept for the next run', async () => {
    const t = nextStart()
    const fileID = await put(await slot(newWorker(), t))
    jest.spyOn(files, 'removeKey').mockRejectedValueOnce(new Error('storage busy'))
    expect(await sweep(later(t, 25))).toMatchObject({ uploads: { removed: 0, failed: 1 }, complete: true })
    expect(h.log.entries).toContainEqual(expect.objectContaining({ level: 'error', message: 'abandoned upload not removed' }))
    expect(await sweep(later(t, 26))).toMatchObject({ uploads: { removed: 1, failed: 0 } })
    expect(await files.exists(fileID)).toBe(false)
  })
})

test('When the storage takes bytes only in the call (the local host), then no slot is handed out and none is recorded', async () => {
  const local = await openHarness()
  try {
    const t = new Date('2026-04-06T09:00:00+08:00')
    const out = data(local, await local.as(newWorker())('grievance', 'uploadSlot', { contentType: 'image/jpeg' }, t))
    expect(out).toEqual({ cloudPath: null })
    expect((await local.deps.store.uploads.listAbandoned(toIso(later(t, 1)), undefined, 100)).items).toEqual([])
    expect(data(local, await local.call('escalate', timer, { action: 'sweep' }, later(t, 25)))).toMatchObject({ uploads: { removed: 0, failed: 0 } })
  } finally {
    await local.close()
  }
})
