/**
 * The CloudBase files adapter through the real @cloudbase/node-sdk storage calls, against the
 * local fake (getUploadMetadata → PUT to the pre-signed "COS" URL, getTempFileURL, deleteFile).
 */
import { randomBytes } from 'node:crypto'
import { cloudbaseFiles } from '../../cloudfunctions/_lib/files/cloudbase'
import { AppError } from '../../cloudfunctions/_lib/runtime/result'
import type { ActionContext } from '../../cloudfunctions/_lib/runtime/deps'
import { photoLinks } from '../../cloudfunctions/grievance/lib/evidence'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { uid } from '../support/factories'

let fake: CloudbaseFake
let nowMs = Date.parse('2026-03-02T10:00:00+08:00')
beforeAll(async () => {
  fake = await startCloudbaseFake({ now: () => nowMs })
})
afterAll(() => fake.close())

test('When a file is put, then its short-lived link fetches the same bytes', async () => {
  const files = cloudbaseFiles(fake.app)
  const bytes = randomBytes(2048)
  const stored = await files.put({ key: `grievances/${uid('g')}/photo-1.jpg`, bytes, contentType: 'image/jpeg' })
  expect(stored).toMatchObject({ size: 2048, contentType: 'image/jpeg' })
  expect(stored.fileId).toMatch(new RegExp(`^cloud://${fake.env}\\.[^/]+/private/grievances/`))
  const res = await fetch(await files.signedUrl(stored.fileId, 300))
  expect(res.status).toBe(200)
  expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), bytes)).toBe(0)
  const asked = fake.requests.find((r) => r.action === 'storage.batchGetDownloadUrl')
  expect(asked?.body.file_list).toEqual([{ fileid: stored.fileId, max_age: 300 }])
})

test('When links for several files are asked at once, then ONE request signs them all, in order, null for a file not stored', async () => {
  const files = cloudbaseFiles(fake.app)
  const put = (n: number) => files.put({ key: `evidence/${uid('e')}-${n}.jpg`, bytes: randomBytes(10 + n), contentType: 'image/jpeg' })
  const [a, b, gone] = await Promise.all([put(1), put(2), put(3)])
  await files.remove(gone.fileId)
  fake.requests.length = 0
  const links = await files.signedUrls([b.fileId, gone.fileId, a.fileId, b.fileId], 300)
  expect(fake.requests.map((r) => r.action)).toEqual(['storage.batchGetDownloadUrl'])
  // Each file once in the request; a repeated id gets the same link.
  expect(fake.requests[0].body.file_list).toEqual([b, gone, a].map((f) => ({ fileid: f.fileId, max_age: 300 })))
  expect(links[1]).toBeNull()
  expect(links[3]).toBe(links[0])
  expect(Buffer.from(await (await fetch(links[0]!)).arrayBuffer()).length).toBe(12)
  expect(Buffer.from(await (await fetch(links[2]!)).arrayBuffer()).length).toBe(11)
  fake.requests.length = 0
  expect(await files.signedUrls([], 300)).toEqual([])
  expect(fake.requests).toEqual([])
})

test('When links for more files than one request takes are asked, then they go 50 to a request', async () => {
  const files = cloudbaseFiles(fake.app)
  const ids = Array.from({ length: 51 }, (_, i) => `cloud://${fake.env}.fake-bucket/private/evidence/none-${i}.jpg`)
  fake.requests.length = 0
  expect(await files.signedUrls(ids, 60)).toEqual(ids.map(() => null))
  expect(fake.requests.map((r) => (r.body.file_list as unknown[]).length)).toEqual([50, 1])
})

test('When the link is older than its ttl, or altered, then storage refuses it', async () => {
  const files = cloudbaseFiles(fake.app)
  const { fileId } = await files.put({ key: `claims/${uid('c')}/invoice.pdf`, bytes: randomBytes(10), contentType: 'application/pdf' })
  const link = await files.signedUrl(fileId, 60)
  expect((await fetch(link.replace(/sign=[0-9a-f]/, 'sign=x'))).status).toBe(403)
  expect((await fetch(link.replace(/\?.*$/, ''))).status).toBe(403)
  nowMs += 61_000
  expect((await fetch(link)).status).toBe(403)
})

test('When a file is removed, then no new link is given and removing again is harmless', async () => {
  const files = cloudbaseFiles(fake.app)
  const { fileId } = await files.put({ key: `grievances/${uid('g')}/a.jpg`, bytes: randomBytes(10), contentType: 'image/jpeg' })
  await files.remove(fileId)
  const error = await files.signedUrl(fileId, 60).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).failure.code).toBe('NOT_FOUND')
  await expect(files.remove(fileId)).resolves.toBeUndefined()
})

test('When a key could escape the private prefix, then put refuses it before any upload', async () => {
  const files = cloudbaseFiles(fake.app)
  fake.requests.length = 0
  for (const key of ['../x.jpg', '/abs.jpg', 'a//b.jpg', 'a/./b.jpg', 'a b.jpg', '']) {
    await expect(files.put({ key, bytes: new Uint8Array(1), contentType: 'image/jpeg' })).rejects.toThrow(/unsafe storage key/)
  }
  expect(fake.requests).toEqual([])
})

test('When exists is asked, then storage answers per file: true once put, false when removed or never stored', async () => {
  const files = cloudbaseFiles(fake.app)
  const { fileId } = await files.put({ key: `evidence/${uid('e')}.jpg`, bytes: randomBytes(10), contentType: 'image/jpeg' })
  fake.requests.length = 0
  expect(await files.exists(fileId)).toBe(true)
  // One metadata call, no download of the bytes.
  expect(fake.requests.map((r) => r.action)).toEqual(['storage.batchGetDownloadUrl'])
  await files.remove(fileId)
  expect(await files.exists(fileId)).toBe(false)
  expect(await files.exists(fileId.replace(/\/private\/.*$/, '/private/evidence/never.jpg'))).toBe(false)
  expect(await files.exists(`cloud://another-env.bucket/private/evidence/${uid('e')}.jpg`)).toBe(false)
})

test('When keyOf is asked, then a file id under the private prefix gives its key, anything else null', async () => {
  const files = cloudbaseFiles(fake.app)
  const key = `evidence/${uid('e')}.png`
  const { fileId } = await files.put({ key, bytes: randomBytes(10), contentType: 'image/png' })
  expect(files.keyOf(fileId)).toBe(key)
  for (const bad of [key, `cloud://${fake.env}.b/public/${key}`, `cloud://${fake.env}.b/private/../${key}`, `cloud://${fake.env}.b/private/a//b.png`, '']) {
    expect(files.keyOf(bad)).toBeNull()
  }
})

test('When one evidence photo is gone from storage, then the case view links the others and logs the gap', async () => {
  const files = cloudbaseFiles(fake.app)
  const keep = await files.put({ key: `grievances/${uid('g')}/1.jpg`, bytes: randomBytes(10), contentType: 'image/jpeg' })
  const gone = await files.put({ key: `grievances/${uid('g')}/2.jpg`, bytes: randomBytes(10), contentType: 'image/jpeg' })
  await files.remove(gone.fileId)
  const errors: unknown[] = []
  const ctx = { requestId: 'r-1', deps: { files, log: { info: () => undefined, error: (...args: unknown[]) => errors.push(args) } } }
  const links = await photoLinks(ctx as unknown as ActionContext, [gone.fileId, keep.fileId])
  expect(links).toHaveLength(1)
  expect((await fetch(links[0])).status).toBe(200)
  expect(errors).toEqual([['evidence photo link failed', expect.objectContaining({ index: 0, requestId: 'r-1' })]])
})

test('When readUpTo is asked, then it returns at most one byte over the limit, and null for a missing file; uploads go under private/', async () => {
  const files = cloudbaseFiles(fake.app)
  const bytes = randomBytes(4096)
  const { fileId } = await files.put({ key: `evidence/${uid('f')}.png`, bytes, contentType: 'image/png' })
  expect(Buffer.from((await files.readUpTo(fileId, 10_000))!)).toEqual(bytes)
  expect(Buffer.from((await files.readUpTo(fileId, 100))!)).toEqual(bytes.subarray(0, 101))
  await files.remove(fileId)
  expect(await files.readUpTo(fileId, 100)).toBeNull()
  expect(files.directUploadPath('incoming/a-b.png')).toBe('private/incoming/a-b.png')
  expect(() => files.directUploadPath('../x.png')).toThrow(/unsafe/)
})

test('When a client-uploaded file is removed by its key (its file id never seen), then it is gone and removing again is harmless', async () => {
  const files = cloudbaseFiles(fake.app)
  const key = `incoming/${uid('i').replace(/-/g, '')}-00112233aabbccdd.jpg`
  // What the mini-program does with the slot's cloud path; the function is never told the file id.
  const { fileID } = await fake.app.uploadFile({ cloudPath: files.directUploadPath(key)!, fileContent: randomBytes(10) })
  expect(await files.exists(fileID)).toBe(true)
  await files.removeKey(key)
  expect(await files.exists(fileID)).toBe(false)
  await expect(files.removeKey(key)).resolves.toBeUndefined()
  fake.requests.length = 0
  await expect(files.removeKey('../x.jpg')).rejects.toThrow(/unsafe storage key/)
  expect(fake.requests).toEqual([])
})
