import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { localFiles, isSafeKey } from '../../cloudfunctions/_lib/files/local'
import { uid } from '../support/factories'

const now = new Date('2026-03-02T10:00:00+08:00')
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'union-files-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function files(baseUrl: string | (() => string) = 'http://127.0.0.1:8787/') {
  return localFiles({ dir, secret: randomBytes(32), baseUrl, now: () => now })
}

/** Splits a signed link into what the host would read from the request. */
function parseLink(link: string) {
  const url = new URL(link)
  const fileId = decodeURIComponent(url.pathname.replace(/^\/files\//, ''))
  return { url, fileId, exp: url.searchParams.get('exp')!, sig: url.searchParams.get('sig')! }
}

test('When a file is put, then a signed link verifies and read returns the same bytes and type', async () => {
  const store = files()
  const key = `grievances/${uid('g')}/photo-1.jpg`
  const bytes = randomBytes(1000)
  expect(await store.put({ key, bytes, contentType: 'image/jpeg' })).toEqual({ fileId: key, size: 1000, contentType: 'image/jpeg' })
  const { url, fileId, exp, sig } = parseLink(await store.signedUrl(key, 300))
  expect(url.origin).toBe('http://127.0.0.1:8787')
  expect(url.pathname).toBe(`/files/${encodeURIComponent(key)}`)
  expect(Number(exp)).toBe(Math.floor(now.getTime() / 1000) + 300)
  expect(fileId).toBe(key)
  expect(store.verify(fileId, exp, sig, now)).toBe(true)
  const read = await store.read(fileId)
  expect(read?.contentType).toBe('image/jpeg')
  expect(Buffer.compare(read!.bytes, bytes)).toBe(0)
})

test('When the base URL is a function, then the link uses its current value', async () => {
  let port = 1000
  const store = files(() => `http://127.0.0.1:${port}`)
  const key = `${uid('k')}.pdf`
  await store.put({ key, bytes: new Uint8Array([1]), contentType: 'application/pdf' })
  port = 4321
  expect(new URL(await store.signedUrl(key, 60)).port).toBe('4321')
})

test('When the link has expired, then verify refuses it', async () => {
  const store = files()
  const key = `${uid('k')}.jpg`
  await store.put({ key, bytes: new Uint8Array([1, 2]), contentType: 'image/jpeg' })
  const { fileId, exp, sig } = parseLink(await store.signedUrl(key, 60))
  expect(store.verify(fileId, exp, sig, new Date(now.getTime() + 60_000))).toBe(true)
  expect(store.verify(fileId, exp, sig, new Date(now.getTime() + 61_000))).toBe(false)
})

test('When the signature, expiry or file id is tampered with, then verify refuses it', async () => {
  const store = files()
  const [key, other] = [`${uid('k')}.jpg`, `${uid('k')}.jpg`]
  await store.put({ key, bytes: new Uint8Array([1]), contentType: 'image/jpeg' })
  const { fileId, exp, sig } = parseLink(await store.signedUrl(key, 60))
  const flipped = (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1)
  expect(store.verify(fileId, exp, flipped, now)).toBe(false)
  expect(store.verify(fileId, String(Number(exp) + 3600), sig, now)).toBe(false)
  expect(store.verify(other, exp, sig, now)).toBe(false)
  expect(store.verify(fileId, exp, sig.slice(0, 10), now)).toBe(false)
  expect(store.verify(fileId, exp, '', now)).toBe(false)
  // Another secret (e.g. after a restart with a new key) invalidates old links.
  expect(files().verify(fileId, exp, sig, now)).toBe(false)
})

test('When a key tries to leave the files folder, then put, read, links and verify all refuse it', async () => {
  const store = files()
  for (const key of ['../escape.txt', 'a/../../escape.txt', '/etc/passwd', 'a//b', 'a\\..\\b', '.', 'a/./b', '']) {
    expect(isSafeKey(key)).toBe(false)
    await expect(store.put({ key, bytes: new Uint8Array([1]), contentType: 'text/plain' })).rejects.toThrow(/unsafe file key/)
    await expect(store.read(key)).rejects.toThrow(/unsafe file key/)
    await expect(store.signedUrl(key, 60)).rejects.toThrow(/unsafe file key/)
    expect(store.verify(key, '9999999999', 'a'.repeat(64), now)).toBe(false)
  }
  expect(existsSync(join(dir, '..', 'escape.txt'))).toBe(false)
})

test('When a file is removed, then read returns null and removing again is harmless', async () => {
  const store = files()
  const key = `claims/${uid('c')}/invoice.png`
  await store.put({ key, bytes: new Uint8Array([9, 9]), contentType: 'image/png' })
  await store.remove(key)
  expect(await store.read(key)).toBeNull()
  await expect(store.remove(key)).resolves.toBeUndefined()
  expect(await store.read(`${uid('never')}.png`)).toBeNull()
})

test('When the same key is put twice, then the second content replaces the first', async () => {
  const store = files()
  const key = `${uid('k')}.txt`
  await store.put({ key, bytes: Buffer.from('one'), contentType: 'text/plain' })
  await store.put({ key, bytes: Buffer.from('two!'), contentType: 'text/markdown' })
  const read = await store.read(key)
  expect(read?.bytes.toString()).toBe('two!')
  expect(read?.contentType).toBe('text/markdown')
})

test('When a file is put, then exists is true; after remove, or for an unsafe or unknown key, false', async () => {
  const store = files()
  const key = `evidence/${uid('e')}.jpg`
  expect(await store.exists(key)).toBe(false)
  await store.put({ key, bytes: new Uint8Array([0xff, 0xd8, 0xff]), contentType: 'image/jpeg' })
  expect(await store.exists(key)).toBe(true)
  // A folder is not a file.
  expect(await store.exists('evidence')).toBe(false)
  await store.remove(key)
  expect(await store.exists(key)).toBe(false)
  for (const bad of ['../escape.txt', '/etc/passwd', 'a//b', '']) expect(await store.exists(bad)).toBe(false)
})

test('When keyOf is asked, then a local file id is its own key and an unsafe id has none', () => {
  const store = files()
  expect(store.keyOf('evidence/A1-00ff.jpg')).toBe('evidence/A1-00ff.jpg')
  for (const bad of ['../x.jpg', 'evidence/../x.jpg', 'cloud://env.bucket/private/evidence/x.jpg', '']) expect(store.keyOf(bad)).toBeNull()
})

test('When readUpTo is asked, then it returns at most one byte over the limit, null for a missing or unsafe id, and no upload path', async () => {
  const store = files()
  const bytes = randomBytes(100)
  const { fileId } = await store.put({ key: `evidence/${uid('f')}.png`, bytes, contentType: 'image/png' })
  expect(Buffer.from((await store.readUpTo(fileId, 1000))!)).toEqual(bytes)
  expect(Buffer.from((await store.readUpTo(fileId, 10))!)).toEqual(bytes.subarray(0, 11))
  expect(await store.readUpTo('evidence/none.png', 10)).toBeNull()
  expect(await store.readUpTo('../x.png', 10)).toBeNull()
  expect(store.directUploadPath('incoming/x.png')).toBeNull()
})

test('When a file is removed by its key, then it is gone, removing again is harmless, and an unsafe key is refused', async () => {
  const store = files()
  const key = `incoming/${uid('i').replace(/-/g, '')}-00112233aabbccdd.jpg`
  await store.put({ key, bytes: new Uint8Array([1, 2, 3]), contentType: 'image/jpeg' })
  await store.removeKey(key)
  expect(await store.exists(key)).toBe(false)
  await expect(store.removeKey(key)).resolves.toBeUndefined()
  await expect(store.removeKey('../outside.jpg')).rejects.toThrow(/unsafe/)
})

test('When links for many files are asked at once, then each stored one gets a verifying link in order, a missing or unsafe one null', async () => {
  const store = files()
  const [a, b] = [`${uid('k')}.jpg`, `${uid('k')}.jpg`]
  for (const key of [a, b]) await store.put({ key, bytes: new Uint8Array([1]), contentType: 'image/jpeg' })
  const links = await store.signedUrls([b, `${uid('gone')}.jpg`, a, '../escape.jpg'], 60)
  expect(links[1]).toBeNull()
  expect(links[3]).toBeNull()
  for (const [link, key] of [[links[0], b], [links[2], a]] as const) {
    const { fileId, exp, sig } = parseLink(link!)
    expect(fileId).toBe(key)
    expect(Number(exp)).toBe(Math.floor(now.getTime() / 1000) + 60)
    expect(store.verify(fileId, exp, sig, now)).toBe(true)
  }
  expect(await store.signedUrls([], 60)).toEqual([])
})
