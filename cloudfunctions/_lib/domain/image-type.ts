/**
 * What an uploaded file really is, from its first bytes (its "magic number"), never from the name or the
 * type the client declared: a renamed .exe must not become an "evidence photo" an officer opens.
 */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp'

const startsWith = (bytes: Uint8Array, at: number, sig: readonly number[]) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0))

const JPEG = [0xff, 0xd8, 0xff] // SOI + the first marker
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const RIFF = ascii('RIFF')
const WEBP = ascii('WEBP')

/** The image type the bytes are, or null when they are none of JPEG, PNG or WebP. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, 0, JPEG)) return 'image/jpeg'
  if (startsWith(bytes, 0, PNG)) return 'image/png'
  if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) return 'image/webp'
  return null
}
