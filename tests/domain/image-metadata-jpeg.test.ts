/**
 * JPEG metadata removal: every block a phone or editor adds (Exif with GPS and model, XMP, ICC, MPF, Photoshop,
 * comments, a motion photo after EOI) is gone, and what remains is the clean image byte for byte.
 */
import { stripImageMetadata, type Stripped } from '../../cloudfunctions/_lib/domain/image-metadata'
import { exifOrientation } from '../../cloudfunctions/_lib/domain/image-metadata/jpeg'
import { JPEG } from '../functions/grievance/images'
import { JFIF_END, MODEL, MOTION_TRAILER, exifSegment, jpegMetadata, jpegWith, leaksIn, segment } from '../support/image-fixtures'

const strip = (b: Buffer) => stripImageMetadata(b, 'image/jpeg')
function stripped(r: Stripped): Buffer {
  if (!r.ok) throw new Error(`refused: ${r.reason}`)
  return Buffer.from(r.bytes)
}
const SOI = Buffer.from([0xff, 0xd8])
const EOI = Buffer.from([0xff, 0xd9])
const APP0 = JPEG.subarray(2, JFIF_END)
const AFTER_APP0 = JPEG.subarray(JFIF_END)

test('The clean JPEG carries none of the traces, and comes back unchanged', () => {
  expect(leaksIn(JPEG)).toEqual([])
  expect(stripped(strip(JPEG)).equals(JPEG)).toBe(true)
})

describe('When a JPEG carries metadata, then stripping gives back exactly the clean image', () => {
  test.each([
    ['Exif (big-endian) with a GPS IFD and Model', [exifSegment()], undefined],
    ['Exif (little-endian) with a GPS IFD and Model', [exifSegment({ le: true })], undefined],
    ['Exif, XMP, ICC, MPF, Photoshop, a comment and a motion-photo video', jpegMetadata(), MOTION_TRAILER],
  ])('%s', (_name, segments, trailer) => {
    const dirty = jpegWith(segments, trailer)
    expect(leaksIn(dirty)).toContain(MODEL)
    expect(leaksIn(dirty).filter((t) => t.startsWith('GPS latitude'))).toHaveLength(1)
    const out = stripped(strip(dirty))
    expect(leaksIn(out)).toEqual([])
    expect(out.equals(JPEG)).toBe(true)
  })

  test('Exif before JFIF, or no JFIF at all (camera originals)', () => {
    expect(stripped(strip(Buffer.concat([SOI, exifSegment(), APP0, AFTER_APP0]))).equals(JPEG)).toBe(true)
    const noJfif = Buffer.concat([SOI, ...jpegMetadata(), AFTER_APP0])
    expect(stripped(strip(noJfif)).equals(Buffer.concat([SOI, AFTER_APP0]))).toBe(true)
  })

  test('fill bytes before markers are dropped, nothing else', () => {
    const padded = Buffer.concat([JPEG.subarray(0, JFIF_END), Buffer.from([0xff, 0xff]), AFTER_APP0.subarray(0, -2), Buffer.from([0xff]), EOI])
    expect(stripped(strip(padded)).equals(JPEG)).toBe(true)
  })

  test('a JFIF thumbnail is removed (it can show what was cropped out) and a JFXX APP0 dropped', () => {
    const withThumb = Buffer.concat([APP0.subarray(4, 16), Buffer.from([1, 1, 9, 9, 9])]) // 1×1 RGB thumbnail
    const jfxx = segment(0xe0, `JFXX\0\x13${'x'.repeat(30)}`)
    const out = stripped(strip(Buffer.concat([SOI, segment(0xe0, withThumb), jfxx, AFTER_APP0])))
    expect(out.equals(JPEG)).toBe(true) // the rewritten JFIF is the clean one: same version, density, no thumbnail
  })

  test('across scans of a progressive JPEG: entropy data (stuffed FF00, restart markers) kept, blocks between scans dropped', () => {
    const frame = Buffer.concat([segment(0xdb, Buffer.alloc(65, 1)), segment(0xc2, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]))])
    const table = segment(0xc4, Buffer.from([0, 1, ...Array(15).fill(0), 7]))
    const scan = segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0]))
    const data1 = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd7, 0x00])
    const data2 = Buffer.from([0xab, 0xff, 0x00, 0xcd])
    const dirty = Buffer.concat([SOI, APP0, frame, table, scan, data1, ...jpegMetadata(), table, scan, data2, Buffer.from([0xff]), EOI, MOTION_TRAILER])
    const clean = Buffer.concat([SOI, APP0, frame, table, scan, data1, table, scan, data2, EOI])
    expect(stripped(strip(dirty)).equals(clean)).toBe(true)
  })
})

describe('When the Exif carries an orientation, then only the orientation survives, in a block of its own', () => {
  test.each([6, 3, 8])('orientation %i, both byte orders, with and without JFIF', (orientation) => {
    for (const le of [false, true]) {
      const out = stripped(strip(jpegWith(jpegMetadata({ orientation, le }), MOTION_TRAILER)))
      expect(leaksIn(out)).toEqual([])
      expect(out.subarray(0, JFIF_END).equals(JPEG.subarray(0, JFIF_END))).toBe(true)
      const block = out.subarray(JFIF_END, JFIF_END + 36)
      expect(block.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xe1]))
      expect(exifOrientation(block.subarray(4))).toBe(orientation)
      expect(out.subarray(JFIF_END + 36).equals(AFTER_APP0)).toBe(true) // the image itself untouched
      const bare = stripped(strip(Buffer.concat([SOI, exifSegment({ orientation, le }), AFTER_APP0])))
      expect(bare.equals(Buffer.concat([SOI, block, AFTER_APP0]))).toBe(true)
    }
  })

  test('orientation 1 or an invalid value adds nothing', () => {
    for (const orientation of [1, 9]) expect(stripped(strip(jpegWith([exifSegment({ orientation })]))).equals(JPEG)).toBe(true)
  })

  test('an unreadable Exif block yields orientation 1, never an error', () => {
    const exif = exifSegment({ orientation: 6 }).subarray(4)
    for (let cut = 0; cut < exif.length; cut++) expect([1, 6]).toContain(exifOrientation(exif.subarray(0, cut)))
    expect(exifOrientation(Buffer.from('Exif\0\0MM\0*\xff\xff\xff\xff', 'latin1'))).toBe(1)
    expect(exifOrientation(Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'))).toBe(1)
  })
})

describe('When a JPEG is malformed, then it is refused (never stored as it came or half-stripped)', () => {
  test('every truncation before the end of EOI', () => {
    const dirty = jpegWith(jpegMetadata({ orientation: 6 }))
    for (let cut = 0; cut < dirty.length; cut++) expect(strip(dirty.subarray(0, cut))).toMatchObject({ ok: false })
  })

  test.each([
    ['a segment length below 2', Buffer.concat([SOI, Buffer.from([0xff, 0xe1, 0, 1]), AFTER_APP0])],
    ['a segment length past the end', Buffer.concat([SOI, Buffer.from([0xff, 0xe1, 0xff, 0xf0, 0x45, 0x78]), EOI])],
    ['bytes where a marker must be', Buffer.concat([JPEG.subarray(0, JFIF_END), Buffer.from('GPS'), AFTER_APP0])],
    ['a second SOI', Buffer.concat([SOI, SOI, AFTER_APP0])],
    ['a stuffed FF00 outside a scan', Buffer.concat([SOI, Buffer.from([0xff, 0x00]), AFTER_APP0])],
    ['no scan before EOI', Buffer.concat([SOI, APP0, EOI])],
    ['a scan before any frame header', Buffer.concat([SOI, APP0, segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])), Buffer.from([1, 2]), EOI])],
    ['not a JPEG at all', Buffer.from('GIF89a')],
  ])('%s', (_name, bytes) => {
    expect(strip(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/^jpeg: /) })
  })

  test('random damage never throws, and anything accepted is a whole JPEG', () => {
    const dirty = jpegWith(jpegMetadata({ orientation: 6 }), MOTION_TRAILER)
    let seed = 42
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n)
    for (let i = 0; i < 2000; i++) {
      const bytes = Buffer.from(dirty)
      for (let k = 1 + rand(4); k > 0; k--) bytes[rand(bytes.length)] = rand(2) ? 0xff : rand(256)
      const r = strip(bytes.subarray(0, bytes.length - rand(40)))
      if (r.ok) expect(Buffer.from(r.bytes.subarray(-2)).equals(EOI)).toBe(true)
    }
  })
})
