/**
 * Photos that carry what a phone writes into an unprocessed original: Exif with a GPS position and the device
 * model, XMP, an ICC profile, MPF, comments, PNG text chunks, WebP EXIF/XMP, a motion-photo video after the
 * image. Each is built from a clean real image, so the clean bytes are exactly what stripping must give back.
 */
import { crc32 } from 'node:zlib'
import { JPEG, png } from '../functions/grievance/images'

/** The device model and the GPS latitude (31°14'22.15"N, as three RATIONALs) written into every dirty photo. */
export const MODEL = 'Redmi Note 12 Turbo'
const rationals = (le: boolean, ...pairs: [number, number][]) => {
  const b = Buffer.alloc(pairs.length * 8)
  pairs.forEach(([n, d], i) => (le ? (b.writeUInt32LE(n, i * 8), b.writeUInt32LE(d, i * 8 + 4)) : (b.writeUInt32BE(n, i * 8), b.writeUInt32BE(d, i * 8 + 4))))
  return b
}
export const gpsLatitude = (le = false) => rationals(le, [31, 1], [14, 1], [2215, 100])
const gpsLongitude = (le: boolean) => rationals(le, [121, 1], [29, 1], [5993, 100])

type Entry = { tag: number; type: number; count: number; data: Buffer }
const ASCII = 2
const SHORT = 3
const LONG = 4
const RATIONAL = 5
const text = (s: string): Omit<Entry, 'tag'> => ({ type: ASCII, count: s.length + 1, data: Buffer.from(`${s}\0`, 'latin1') })
const ifdSize = (entries: Entry[]) => 2 + entries.length * 12 + 4 + entries.reduce((n, e) => n + (e.data.length > 4 ? e.data.length : 0), 0)

/** One IFD at TIFF offset `at`, its values longer than 4 bytes right after it. */
function ifd(entries: Entry[], at: number, le: boolean): Buffer {
  const head = Buffer.alloc(2 + entries.length * 12 + 4)
  const w16 = (v: number, o: number) => (le ? head.writeUInt16LE(v, o) : head.writeUInt16BE(v, o))
  const w32 = (v: number, o: number) => (le ? head.writeUInt32LE(v, o) : head.writeUInt32BE(v, o))
  const extra: Buffer[] = []
  let extraAt = at + head.length
  w16(entries.length, 0)
  entries.forEach((e, i) => {
    const o = 2 + i * 12
    w16(e.tag, o)
    w16(e.type, o + 2)
    w32(e.count, o + 4)
    if (e.data.length <= 4) e.data.copy(head, o + 8)
    else {
      w32(extraAt, o + 8)
      extra.push(e.data)
      extraAt += e.data.length
    }
  })
  return Buffer.concat([head, ...extra])
}

/** A TIFF block as Exif stores it: Make, Model, optional Orientation, and a GPS IFD with latitude and longitude. */
export function exifTiff({ orientation, le = false }: { orientation?: number; le?: boolean } = {}): Buffer {
  const u16 = (v: number) => Buffer.from(le ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff])
  const u32 = (v: number) => {
    const b = Buffer.alloc(4)
    if (le) b.writeUInt32LE(v)
    else b.writeUInt32BE(v)
    return b
  }
  const gpsEntries = (): Entry[] => [
    { tag: 1, ...text('N') },
    { tag: 2, type: RATIONAL, count: 3, data: gpsLatitude(le) },
    { tag: 3, ...text('E') },
    { tag: 4, type: RATIONAL, count: 3, data: gpsLongitude(le) },
  ]
  const ifd0 = (gpsAt: number): Entry[] => [
    { tag: 0x010f, ...text('Xiaomi') },
    { tag: 0x0110, ...text(MODEL) },
    ...(orientation ? [{ tag: 0x0112, type: SHORT, count: 1, data: Buffer.concat([u16(orientation), Buffer.alloc(2)]) }] : []),
    { tag: 0x8825, type: LONG, count: 1, data: u32(gpsAt) },
  ]
  const gpsAt = 8 + ifdSize(ifd0(0))
  const header = Buffer.concat([Buffer.from(le ? 'II' : 'MM', 'latin1'), u16(42), u32(8)])
  return Buffer.concat([header, ifd(ifd0(gpsAt), 8, le), ifd(gpsEntries(), gpsAt, le)])
}

/** A JPEG marker segment: FF, marker, length (counting itself), body. */
export function segment(marker: number, body: Buffer | string): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'latin1') : body
  return Buffer.concat([Buffer.from([0xff, marker, (b.length + 2) >> 8, (b.length + 2) & 0xff]), b])
}
export const exifSegment = (opts: { orientation?: number; le?: boolean } = {}) => segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(opts)]))

/** Everything a phone or an editor may add after JFIF, each carrying the model or the position. */
export const jpegMetadata = (opts: { orientation?: number; le?: boolean } = {}) => [
  exifSegment(opts),
  segment(0xe1, `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="31,14.37N" tiff:Model="${MODEL}"/></x:xmpmeta>`),
  segment(0xe2, `ICC_PROFILE\0\x01\x01dmdd${MODEL} display profile`),
  segment(0xe2, `MPF\0MM\0*\0\0\0\x08 ${MODEL}`),
  segment(0xed, `Photoshop 3.0\x008BIM\x04\x04 GPS 31.2395N 121.4998E`),
  segment(0xfe, `Shot on ${MODEL} at 31.2395N 121.4998E`),
]

/** JFIF ends at byte 20 of the clean JPEG: SOI (2) + APP0 (2 + 16). */
export const JFIF_END = 20
/** A motion photo's video after EOI (phones append one, with its own location and model). */
export const MOTION_TRAILER = Buffer.from(`\0\0\0\x18ftypmp42\0\0\0\0isommp42 ©xyz+31.2395+121.4998/ ${MODEL}`, 'latin1')

/** The real JPEG with `segments` after its JFIF APP0, and `trailer` after its EOI. */
export const jpegWith = (segments: Buffer[], trailer: Buffer = Buffer.alloc(0)) =>
  Buffer.concat([JPEG.subarray(0, JFIF_END), ...segments, JPEG.subarray(JFIF_END), trailer])

/** A PNG chunk with its CRC. */
export function chunk(type: string, content: Buffer | string): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), typeof content === 'string' ? Buffer.from(content, 'latin1') : content])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(body.length - 4, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), body.length + 4)
  return out
}

/** png(): signature (8), IHDR chunk (25), then IDAT and IEND. */
const IHDR_END = 33
export const GAMA = chunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]))
export const PHYS = chunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]))
export const pngMetadata = () => [
  chunk('tEXt', `Comment\0Shot on ${MODEL} at 31.2395N 121.4998E`),
  chunk('zTXt', Buffer.concat([Buffer.from('Software\0\0', 'latin1'), Buffer.from(MODEL, 'latin1')])),
  chunk('iTXt', `XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta tiff:Model="${MODEL}"/>`),
  chunk('eXIf', exifTiff()),
  chunk('tIME', Buffer.from([0x07, 0xea, 3, 10, 9, 30, 0])),
  chunk('bKGD', Buffer.from([0, 0, 0, 0, 0, 0])),
]
/** png() with `chunks` after IHDR and `trailer` after IEND. */
export const pngWith = (chunks: Buffer[], trailer: Buffer = Buffer.alloc(0), clean = png()) =>
  Buffer.concat([clean.subarray(0, IHDR_END), ...chunks, clean.subarray(IHDR_END), trailer])

/** Real 1×1 WebPs (the ones browsers' feature tests decode): lossless, and lossy with alpha in the extended format. */
export const WEBP_LOSSLESS = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64')
export const WEBP_ALPHA = Buffer.from('UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==', 'base64')
export const WEBP_ANIMATED = Buffer.from('UklGRlIAAABXRUJQVlA4WAoAAAASAAAAAAAAAAAAQU5JTQYAAAD/////AABBTk1GJgAAAAAAAAAAAAAAAAAAAGQAAABWUDhMDQAAAC8AAAAQBxAREYiI/gcA', 'base64')

/** A RIFF chunk, padded to an even size. */
export function riffChunk(type: string, content: Buffer | string): Buffer {
  const c = typeof content === 'string' ? Buffer.from(content, 'latin1') : content
  const head = Buffer.alloc(8)
  head.write(type, 0, 'latin1')
  head.writeUInt32LE(c.length, 4)
  return Buffer.concat([head, c, Buffer.alloc(c.length & 1)])
}
/** A WebP file of these chunks, with a correct RIFF size, and `trailer` after the RIFF's end. */
export function webpOf(chunks: Buffer[], trailer: Buffer = Buffer.alloc(0)): Buffer {
  const body = Buffer.concat(chunks)
  const head = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1')
  head.writeUInt32LE(body.length + 4, 4)
  return Buffer.concat([head, body, trailer])
}
/** WEBP_ALPHA with its VP8X EXIF and XMP flags set and those chunks (odd-sized, so padded) plus an unknown one. */
export function dirtyWebp(trailer?: Buffer): Buffer {
  const chunks = WEBP_ALPHA.subarray(12)
  const vp8x = Buffer.from(chunks.subarray(0, 18))
  vp8x[8] |= 0x08 | 0x04
  const exif = exifTiff({ le: true })
  return webpOf([
    vp8x, chunks.subarray(18),
    riffChunk('EXIF', exif.length % 2 ? exif : Buffer.concat([exif, Buffer.from([0])])),
    riffChunk('XMP ', `<x:xmpmeta tiff:Model="${MODEL}" exif:GPSLatitude="31,14.37N"/>`),
    riffChunk('MDLX', MODEL),
  ], trailer)
}

/** Which traces of the dirty photos' metadata are in `bytes` (the clean images contain none of them). */
export function leaksIn(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const traces: [string, Buffer][] = [
    ...[MODEL, 'Xiaomi', '31.2395', '31,14', 'xmpmeta', 'ICC_PROFILE', 'MPF', 'Photoshop', 'ftyp'].map((s) => [s, Buffer.from(s, 'latin1')] as [string, Buffer]),
    ['GPS latitude (big-endian)', gpsLatitude(false)],
    ['GPS latitude (little-endian)', gpsLatitude(true)],
  ]
  return traces.filter(([, t]) => b.includes(t)).map(([name]) => name)
}
