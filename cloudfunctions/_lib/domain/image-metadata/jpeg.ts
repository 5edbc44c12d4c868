/**
 * JPEG without metadata. Dropped: APP1–APP15 (Exif with GPS, device model and thumbnail; XMP; the ICC profile
 * in APP2, so colours fall back to sRGB; MPF; Photoshop and vendor blocks), COM, an APP0 other than JFIF, a JFIF
 * thumbnail, and everything after EOI (MPF's extra images, a motion photo's video, each with its own Exif).
 * Copied byte for byte: SOI, JFIF, the tables, frame and scan headers and the entropy-coded data. Only the Exif
 * orientation survives, in an Exif block of its own, so an unrotated camera original still shows upright.
 */
import { concat, refuse, u16be, u32be, type Stripped } from './bytes'

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda
const APP0 = 0xe0
const APP1 = 0xe1
const COM = 0xfe
const TEM = 0x01

const isRst = (m: number) => m >= 0xd0 && m <= 0xd7
/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc
const isMetadata = (m: number) => (m > APP0 && m <= 0xef) || m === COM

export function stripJpeg(b: Uint8Array): Stripped {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== SOI) return refuse('jpeg: no SOI')
  const out: Uint8Array[] = [b.subarray(0, 2)]
  let orientation = 1
  let frame = false
  let scanned = false
  let pos = 2
  for (;;) {
    if (pos >= b.length) return refuse('jpeg: ends before EOI')
    if (b[pos] !== 0xff) return refuse(`jpeg: no marker at ${pos}`)
    while (pos < b.length && b[pos] === 0xff) pos++ // fill bytes may precede any marker
    if (pos >= b.length) return refuse('jpeg: ends before EOI')
    const marker = b[pos++]
    if (marker === EOI) {
      if (!scanned) return refuse('jpeg: no scan before EOI')
      out.push(Uint8Array.of(0xff, EOI))
      break // what follows EOI is not part of this image
    }
    if (marker === 0x00 || marker === SOI) return refuse(`jpeg: stray marker ${marker} at ${pos - 1}`)
    if (marker === TEM || isRst(marker)) continue // no length, no content: dropping them changes nothing
    if (pos + 2 > b.length) return refuse('jpeg: ends inside a segment length')
    const length = u16be(b, pos)
    if (length < 2 || pos + length > b.length) return refuse(`jpeg: segment ${marker} length ${length} at ${pos - 2}`)
    const segment = b.subarray(pos - 2, pos + length)
    const body = b.subarray(pos + 2, pos + length)
    pos += length
    if (marker === APP0) {
      const jfif = jfifWithoutThumbnail(segment, body)
      if (jfif) out.push(jfif)
    } else if (isMetadata(marker)) {
      if (marker === APP1 && orientation === 1) orientation = exifOrientation(body)
    } else {
      if (isFrame(marker)) frame = true
      if (marker === SOS && !frame) return refuse('jpeg: scan before frame header')
      out.push(segment)
      if (marker === SOS) {
        const end = scanEnd(b, pos)
        if (end < 0) return refuse('jpeg: scan data runs to the end')
        out.push(b.subarray(pos, end))
        pos = end
        scanned = true
      }
    }
  }
  if (orientation !== 1) out.splice(out[1][1] === APP0 ? 2 : 1, 0, orientationBlock(orientation))
  return { ok: true, bytes: concat(out) }
}

/** Where entropy-coded data ends: the first 0xFF that is neither a stuffed 0xFF00 nor a restart marker. */
function scanEnd(b: Uint8Array, from: number): number {
  for (let i = b.indexOf(0xff, from); i >= 0 && i + 1 < b.length; i = b.indexOf(0xff, i + 1)) {
    const next = b[i + 1]
    if (next === 0x00 || isRst(next)) i++
    else return i
  }
  return -1
}

/** A JFIF APP0 as it was, or without its thumbnail (which can show what was cropped out); any other APP0 is dropped. */
function jfifWithoutThumbnail(segment: Uint8Array, body: Uint8Array): Uint8Array | null {
  const isJfif = body.length >= 14 && body[0] === 0x4a && body[1] === 0x46 && body[2] === 0x49 && body[3] === 0x46 && body[4] === 0
  if (!isJfif) return null
  if (body.length === 14 && body[12] === 0 && body[13] === 0) return segment
  return concat([Uint8Array.of(0xff, APP0, 0, 16), body.subarray(0, 12), Uint8Array.of(0, 0)])
}

/** The Orientation (1–8) in an Exif APP1's first IFD; 1 (as stored) for anything else or anything unreadable. */
export function exifOrientation(app1: Uint8Array): number {
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0]
  if (app1.length < 14 || exif.some((c, i) => app1[i] !== c)) return 1
  const t = app1.subarray(6)
  const little = t[0] === 0x49 && t[1] === 0x49
  if (!little && !(t[0] === 0x4d && t[1] === 0x4d)) return 1
  const u16 = (at: number) => (little ? t[at] | (t[at + 1] << 8) : u16be(t, at))
  const ifd = little ? t[4] | (t[5] << 8) | (t[6] << 16) | (t[7] * 0x1000000) : u32be(t, 4)
  if (ifd + 2 > t.length) return 1
  for (let i = 0, count = u16(ifd); i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > t.length) return 1
    if (u16(entry) !== 0x0112) continue
    const value = u16(entry + 8)
    return u16(entry + 2) === 3 && value >= 1 && value <= 8 ? value : 1 // SHORT
  }
  return 1
}

/** An APP1 holding nothing but the orientation: big-endian TIFF header, one IFD with one SHORT entry. */
function orientationBlock(orientation: number): Uint8Array {
  // prettier-ignore
  return Uint8Array.of(
    0xff, APP1, 0, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, // APP1, length, "Exif\0\0"
    0x4d, 0x4d, 0, 42, 0, 0, 0, 8, // "MM", 42, first IFD at 8
    0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, // one entry: Orientation, SHORT, 1, value
    0, 0, 0, 0, // no next IFD
  )
}
