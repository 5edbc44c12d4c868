/**
 * Pure helpers for evidence photos, shared by the picker and its tests. The limits mirror the server's
 * (types/grievance.ts `uploadInput`, `fileIds`), which stays the authority; they are restated here because pages
 * must not import values from that zod module (docs/frontend.md "Size").
 */
export const MAX_PHOTOS = 9
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
/** Longest side after compression: enough to read a payslip, far below 5 MB as a JPEG. */
export const MAX_PHOTO_SIDE = 1600

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp'
/** `path`: on weapp, the shrunk file the bytes were read from (uploaded as is, see services/grievance.ts). */
export type PhotoData = { contentType: PhotoType; dataBase64: string; path?: string }

export const PHOTO_TOO_LARGE = '照片不能超过 5 MB，请换一张或截图后再上传'
export const NOT_A_PHOTO = '这个文件不是照片（只能上传 JPEG、PNG 或 WebP 图片），请重新选择'

/** Width and height scaled down (never up) so that the longest side is at most `max`. */
export function fitWithin(width: number, height: number, max = MAX_PHOTO_SIDE): { width: number; height: number } {
  const long = Math.max(width, height)
  if (long <= max || long === 0) return { width, height }
  const scale = max / long
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** Bytes that a plain base64 string decodes to. */
export const base64Bytes = (b64: string) => Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The first bytes of a base64 string (no atob: the mini-program has none). */
function headBytes(b64: string, count: number): number[] {
  const out: number[] = []
  for (let i = 0; i + 3 < b64.length && out.length < count; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | Math.max(0, B64.indexOf(b64[i + k])), 0)
    out.push((n >> 16) & 255, (n >> 8) & 255, n & 255)
  }
  return out.slice(0, count)
}

const startsWith = (bytes: number[], magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b)

/**
 * The real type of base64 image bytes from their magic bytes (the server checks the same): a compressor may
 * return PNG for a PNG, so the declared type follows the bytes, not the file name.
 */
export function sniffBase64(b64: string): PhotoType | null {
  const head = headBytes(b64, 12)
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  return null
}

/** `data:image/jpeg;base64,XXXX` → `XXXX` (the server wants plain base64). */
export const stripDataUrl = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1)

/** A photo ready to upload, or why it cannot be. */
export function toPhotoData(b64: string): PhotoData | { problem: string } {
  const contentType = sniffBase64(b64)
  if (!contentType) return { problem: NOT_A_PHOTO }
  if (base64Bytes(b64) > MAX_PHOTO_BYTES) return { problem: PHOTO_TOO_LARGE }
  return { contentType, dataBase64: b64 }
}

/** `{ attachments }` for a request, or nothing when no photo was added (the server defaults to none). */
export const withPhotos = (fileIds: string[]) => (fileIds.length ? { attachments: fileIds } : {})
