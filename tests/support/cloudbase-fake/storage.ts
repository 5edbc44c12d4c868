/**
 * The cloud-storage half of the fake. The SDK uploads in two steps (storage.getUploadMetadata
 * returns a pre-signed COS URL, then a PUT of the bytes to it) and reads through
 * storage.batchGetDownloadUrl links. Here "COS" is the `/cos/` path of the same local server:
 * the bucket is private (no read without a signed, unexpired link), uploads need the
 * authorization issued for that path.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { ServiceError } from './database'

type Body = Record<string, unknown>
export type CosReply = { status: number; body: Buffer | string; contentType?: string }

const BUCKET = 'fake-bucket'
/** The service's default link lifetime when `maxAge` is not given (one day). */
const DEFAULT_MAX_AGE = 86_400

function cosError(status: number, code: string, message: string): CosReply {
  const body = `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId><TraceId>fake</TraceId></Error>`
  return { status, body, contentType: 'application/xml' }
}

export class FakeStorage {
  private files = new Map<string, Buffer>()
  private uploadGrants = new Map<string, string>()
  private readonly secret = randomBytes(16)

  constructor(
    private readonly env: string,
    private readonly baseUrl: () => string,
    private readonly nowSeconds: () => number,
  ) {}

  reset(): void {
    this.files.clear()
    this.uploadGrants.clear()
  }

  handle(action: string, body: Body): Record<string, unknown> {
    switch (action) {
      case 'storage.getUploadMetadata':
        return this.uploadMetadata(String(body.path))
      case 'storage.batchGetDownloadUrl':
        return { download_list: (body.file_list as Array<{ fileid: string; max_age?: number }>).map((f) => this.link(f)) }
      case 'storage.batchDeleteFile':
        return { delete_list: (body.fileid_list as string[]).map((id) => this.delete(id)) }
      default:
        throw new ServiceError('FAKE_UNSUPPORTED_ACTION', `the CloudBase fake does not emulate ${action}`)
    }
  }

  /** PUT /cos/<path> (upload) and GET /cos/<path>?sign=…&t=… (download). */
  cos(method: string, cloudPath: string, query: URLSearchParams, authorization: string | undefined, body: Buffer): CosReply {
    if (method === 'PUT') {
      if (!authorization || this.uploadGrants.get(cloudPath) !== authorization) {
        return cosError(403, 'AccessDenied', 'Access Denied.')
      }
      this.uploadGrants.delete(cloudPath)
      this.files.set(cloudPath, body)
      return { status: 200, body: '' }
    }
    if (method !== 'GET') return cosError(405, 'MethodNotAllowed', 'The specified method is not allowed.')
    const expires = Number(query.get('t'))
    if (!query.get('sign') || query.get('sign') !== this.sign(cloudPath, expires)) {
      return cosError(403, 'AccessDenied', 'Access Denied.')
    }
    if (expires < this.nowSeconds()) return cosError(403, 'AccessDenied', 'Request has expired')
    const bytes = this.files.get(cloudPath)
    if (!bytes) return cosError(404, 'NoSuchKey', 'The specified key does not exist.')
    return { status: 200, body: bytes, contentType: 'application/octet-stream' }
  }

  private uploadMetadata(cloudPath: string) {
    const authorization = `q-sign-algorithm=sha1&q-signature=${randomBytes(12).toString('hex')}`
    this.uploadGrants.set(cloudPath, authorization)
    return {
      url: `${this.baseUrl()}/cos/${encodeURI(cloudPath)}`,
      token: randomBytes(8).toString('hex'),
      authorization,
      fileId: `cloud://${this.env}.${BUCKET}/${cloudPath}`,
      cosFileId: randomBytes(8).toString('hex'),
    }
  }

  private pathOf(fileId: string): string | null {
    const prefix = `cloud://${this.env}.${BUCKET}/`
    return fileId.startsWith(prefix) ? fileId.slice(prefix.length) : null
  }

  private link({ fileid, max_age }: { fileid: string; max_age?: number }) {
    const cloudPath = this.pathOf(fileid)
    if (cloudPath === null || !this.files.has(cloudPath)) {
      return { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
    }
    const expires = this.nowSeconds() + (max_age ?? DEFAULT_MAX_AGE)
    const url = `${this.baseUrl()}/cos/${encodeURI(cloudPath)}?sign=${this.sign(cloudPath, expires)}&t=${expires}`
    return { fileID: fileid, tempFileURL: url, code: 'SUCCESS' }
  }

  private delete(fileId: string) {
    const cloudPath = this.pathOf(fileId)
    const existed = cloudPath !== null && this.files.delete(cloudPath)
    return { fileID: fileId, code: existed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' }
  }

  private sign(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${expires}`).digest('hex')
  }
}
