/**
 * Local files adapter: bytes under `dir`, private; readers get an HMAC-signed link that expires.
 * The host serves `GET /files/<fileId>?exp=&sig=` through `verify` + `read`.
 * The file id is the (validated) key, so the same key overwrites the same file.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { FilesPort, StoredFile } from './port'

export type LocalFilesOptions = {
  dir: string
  /** HMAC key for links (≥ 32 random bytes). */
  secret: Buffer
  /** Origin the host serves on; a function when the port is known only after listening. */
  baseUrl: string | (() => string)
  /** Clock for signedUrl (tests); defaults to the system clock. */
  now?: () => Date
}

export type LocalFiles = FilesPort & {
  verify(fileId: string, exp: string | number, sig: string, now: Date): boolean
  read(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/

/** Relative, `/`-separated, no empty, `.` or `..` segments, no backslashes: nothing can escape `dir`. */
export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > 200) return false
  return key.split('/').every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')
}

export function localFiles(options: LocalFilesOptions): LocalFiles {
  const root = resolve(options.dir)
  const clock = options.now ?? (() => new Date())
  const base = () => (typeof options.baseUrl === 'function' ? options.baseUrl() : options.baseUrl).replace(/\/+$/, '')
  const sign = (fileId: string, exp: string) =>
    createHmac('sha256', options.secret).update(`${fileId}\n${exp}`, 'utf8').digest('hex')

  function locate(fileId: string): { data: string; meta: string } {
    if (!isSafeKey(fileId)) throw new Error(`unsafe file key: ${JSON.stringify(fileId)}`)
    const data = join(root, 'data', fileId)
    if (!data.startsWith(root + sep)) throw new Error('file key escapes the files folder')
    return { data, meta: join(root, 'meta', `${fileId}.json`) }
  }

  async function writeAtomically(path: string, bytes: Uint8Array | string) {
    await mkdir(dirname(path), { recursive: true })
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
    await writeFile(tmp, bytes)
    await rename(tmp, path)
  }

  async function remove(fileId: string) {
    const { data, meta } = locate(fileId)
    await rm(data, { force: true })
    await rm(meta, { force: true })
  }

  function link(fileId: string, ttlSeconds: number): string {
    locate(fileId)
    const exp = String(Math.floor(clock().getTime() / 1000) + Math.max(1, Math.floor(ttlSeconds)))
    return `${base()}/files/${encodeURIComponent(fileId)}?exp=${exp}&sig=${sign(fileId, exp)}`
  }

  async function exists(fileId: string): Promise<boolean> {
    if (!isSafeKey(fileId)) return false
    try {
      return (await stat(locate(fileId).data)).isFile()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw error
    }
  }

  return {
    async put({ key, bytes, contentType }): Promise<StoredFile> {
      const { data, meta } = locate(key)
      await writeAtomically(data, bytes)
      await writeAtomically(meta, JSON.stringify({ contentType, size: bytes.byteLength }))
      return { fileId: key, size: bytes.byteLength, contentType }
    },
    async signedUrl(fileId, ttlSeconds) {
      return link(fileId, ttlSeconds)
    },
    async signedUrls(fileIds, ttlSeconds) {
      // A stat each (local, no round trip): a file that is not stored gets no link, as on CloudBase.
      return Promise.all(fileIds.map(async (id) => ((await exists(id)) ? link(id, ttlSeconds) : null)))
    },
    remove,
    // The file id is the key.
    removeKey: remove,
    exists,
    keyOf: (fileId) => (isSafeKey(fileId) ? fileId : null),
    directUploadPath: () => null,
    async readUpTo(fileId, maxBytes) {
      if (!isSafeKey(fileId)) return null
      try {
        return (await readFile(locate(fileId).data)).subarray(0, maxBytes + 1)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    verify(fileId, exp, sig, now) {
      const expText = String(exp)
      if (!isSafeKey(fileId) || !/^\d{1,12}$/.test(expText) || !/^[0-9a-f]{64}$/.test(sig)) return false
      const expected = Buffer.from(sign(fileId, expText), 'hex')
      if (!timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return false
      return now.getTime() / 1000 <= Number(expText)
    },
    async read(fileId) {
      const { data, meta } = locate(fileId)
      try {
        const [bytes, info] = await Promise.all([readFile(data), readFile(meta, 'utf8')])
        return { bytes, contentType: (JSON.parse(info) as { contentType: string }).contentType }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
  }
}
