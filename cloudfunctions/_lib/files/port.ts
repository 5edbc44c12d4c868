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
  remove(fileId: string): Promise<void>
}
