/**
 * Files port (evidence photos, invoices). Files are private: readers get a short-lived link only.
 * Local adapter: files under the data folder, links signed with HMAC and served by the host.
 * CloudBase adapter: private cloud storage and getTempFileURL with a short maxAge.
 */
export type StoredFile = { fileId: string; size: number; contentType: string }

export interface FilesPort {
  put(input: { key: string; bytes: Uint8Array; contentType: string }): Promise<StoredFile>
  /** A link that stops working after `ttlSeconds`. */
  signedUrl(fileId: string, ttlSeconds: number): Promise<string>
  /**
   * Links for many files at once, in the order asked (CloudBase: ONE getTempFileURL request per 50 files, not one
   * per file): null for a file that is not stored (removed, or an id this storage never issued).
   */
  signedUrls(fileIds: readonly string[], ttlSeconds: number): Promise<Array<string | null>>
  remove(fileId: string): Promise<void>
  /**
   * Removes the file stored under `key` (idempotent): for a file a client put there itself (`directUploadPath`),
   * whose file id the function never saw. An unsafe key is refused.
   */
  removeKey(key: string): Promise<void>
  /** Whether the file is stored (false for a removed file or an id this storage never issued). */
  exists(fileId: string): Promise<boolean>
  /**
   * The key a file id of this storage was put under, or null when the id is not one of its own. Lets a
   * handler check who a file belongs to (`evidence/<owner>/…`) whatever the adapter's id format.
   */
  keyOf(fileId: string): string | null
  /**
   * Where a client uploads the bytes for `key` itself (CloudBase: the cloud path the mini-program passes to
   * `wx.cloud.uploadFile`, since a function call carries at most 100 KB of text), or null when this storage
   * only takes bytes through `put` (local: the host has no such limit).
   */
  directUploadPath(key: string): string | null
  /**
   * The file's bytes, at most `maxBytes + 1` of them (so a caller can tell a file is over its limit without
   * reading all of it); null when the file is not stored.
   */
  readUpTo(fileId: string, maxBytes: number): Promise<Uint8Array | null>
}
