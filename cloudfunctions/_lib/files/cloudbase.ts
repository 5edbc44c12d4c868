/**
 * FilesPort on CloudBase cloud storage. Objects go under `private/`, a prefix the storage
 * security rules must keep unreadable to clients (see docs/cloudbase.md); readers only ever get a
 * `getTempFileURL` link that expires after the ttl the caller asks for.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import { AppError } from '../runtime/result'
import type { FilesPort } from './port'

const PREFIX = 'private/'
const SAFE_KEY = /^[A-Za-z0-9_-][A-Za-z0-9_.\-/]*$/

const isSafeKey = (key: string) => SAFE_KEY.test(key) && !key.split('/').some((part) => part === '' || part === '.' || part === '..')

function cloudPathOf(key: string): string {
  if (!isSafeKey(key)) throw new Error(`unsafe storage key: ${JSON.stringify(key)}`)
  return PREFIX + key
}

/** File ids are `cloud://<env>.<bucket>/<cloudPath>`; ours all live under PREFIX. */
const FILE_ID = /^cloud:\/\/[^/]+\/private\/(.+)$/
/** Files per getTempFileURL request (the service answers at most 50 at once). */
export const LINKS_PER_REQUEST = 50

/** At most `maxBytes + 1` bytes of a response body; the rest is never read. */
async function bodyUpTo(res: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = res.body!.getReader()
  while (size <= maxBytes) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
  }
  await reader.cancel().catch(() => {})
  return Buffer.concat(chunks).subarray(0, maxBytes + 1)
}

export function cloudbaseFiles(app: CloudBase): FilesPort {
  async function remove(fileId: string) {
    const { fileList } = await app.deleteFile({ fileList: [fileId] })
    const code = fileList[0]?.code
    // Removing a file that is already gone is not an error: remove is idempotent.
    if (code !== 'SUCCESS' && code !== 'STORAGE_FILE_NONEXIST') {
      throw new Error(`deleteFile failed for ${fileId}: ${code ?? 'no result'}`)
    }
  }
  return {
    async put({ key, bytes, contentType }) {
      const fileContent = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      const { fileID } = await app.uploadFile({ cloudPath: cloudPathOf(key), fileContent })
      return { fileId: fileID, size: bytes.byteLength, contentType }
    },
    async signedUrl(fileId, ttlSeconds) {
      const maxAge = Math.max(1, Math.ceil(ttlSeconds))
      const { fileList } = await app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge }] })
      const link = fileList[0]
      if (!link || link.code !== 'SUCCESS') throw new AppError('NOT_FOUND', '文件不存在或已被删除')
      return link.tempFileURL
    },
    async signedUrls(fileIds, ttlSeconds) {
      const maxAge = Math.max(1, Math.ceil(ttlSeconds))
      const unique = [...new Set(fileIds)]
      const links = new Map<string, string>()
      for (let i = 0; i < unique.length; i += LINKS_PER_REQUEST) {
        const batch = unique.slice(i, i + LINKS_PER_REQUEST)
        const res = await app.getTempFileURL({ fileList: batch.map((fileID) => ({ fileID, maxAge })) })
        // The SDK answers a refused request with its error fields and no list.
        if (!Array.isArray(res.fileList)) throw new Error(`getTempFileURL failed: ${(res as { code?: string }).code ?? 'no list'}`)
        // Matched by file id, not by position: each answer names its file.
        for (const link of res.fileList) if (link.code === 'SUCCESS') links.set(link.fileID, link.tempFileURL)
      }
      return fileIds.map((id) => links.get(id) ?? null)
    },
    async exists(fileId) {
      // getTempFileURL answers per file (SUCCESS, STORAGE_FILE_NONEXIST, …) without reading the bytes;
      // the 1-second link it makes is discarded.
      const { fileList } = await app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: 1 }] })
      return fileList[0]?.code === 'SUCCESS'
    },
    keyOf(fileId) {
      const key = FILE_ID.exec(fileId)?.[1]
      return key !== undefined && isSafeKey(key) ? key : null
    },
    directUploadPath: (key) => cloudPathOf(key),
    async readUpTo(fileId, maxBytes) {
      const { fileList } = await app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: 60 }] })
      const link = fileList[0]
      if (link?.code === 'STORAGE_FILE_NONEXIST') return null
      if (!link || link.code !== 'SUCCESS') throw new Error(`getTempFileURL failed for ${fileId}: ${link?.code ?? 'no result'}`)
      const res = await fetch(link.tempFileURL)
      if (res.status === 404) return null
      if (!res.ok || !res.body) throw new Error(`reading ${fileId} failed: HTTP ${res.status}`)
      return bodyUpTo(res, maxBytes)
    },
    remove,
    async removeKey(key) {
      // deleteFile takes file ids only (`cloud://<env>.<bucket>/<path>`), and the bucket is not ours to name:
      // getUploadMetadata is the SDK call that answers a path's file id (it issues upload credentials, writes nothing).
      const { data } = await app.getUploadMetadata({ cloudPath: cloudPathOf(key) })
      if (!data?.fileId) throw new Error(`no file id for ${key}`)
      await remove(data.fileId)
    },
  }
}
