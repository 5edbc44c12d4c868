/**
 * PNG and WebP metadata removal (JPEG: image-metadata-jpeg.test.ts): text, Exif, time and unknown chunks are
 * gone, the chunks needed to render are kept byte for byte (with their CRCs), and damaged files are refused.
 */
import { stripImageMetadata, type Stripped } from '../../cloudfunctions/_lib/domain/image-metadata'
import type { ImageType } from '../../cloudfunctions/_lib/domain/image-type'
import { JPEG, png } from '../functions/grievance/images'
import {
  GAMA, MODEL, PHYS, WEBP_ALPHA, WEBP_ANIMATED, WEBP_LOSSLESS, chunk, dirtyWebp, exifTiff, leaksIn, pngMetadata, pngWith, riffChunk, webpOf,
} from '../support/image-fixtures'

function stripped(bytes: Buffer, type: ImageType): Buffer {
  const r: Stripped = stripImageMetadata(bytes, type)
  if (!r.ok) throw new Error(`refused: ${r.reason}`)
  return Buffer.from(r.bytes)
}
const refusal = (bytes: Buffer, type: ImageType) => stripImageMetadata(bytes, type)
const TRAILER = Buffer.from(`appended: ${MODEL}`)

describe('PNG', () => {
  test('When a PNG carries text, XMP, eXIf, tIME and other ancillary chunks, then only the render chunks remain, byte for byte', () => {
    const dirty = pngWith([GAMA, ...pngMetadata(), PHYS], TRAILER)
    expect(leaksIn(dirty)).toEqual(expect.arrayContaining([MODEL, '31.2395', 'xmpmeta', 'GPS latitude (big-endian)']))
    const out = stripped(dirty, 'image/png')
    expect(leaksIn(out)).toEqual([])
    expect(out.equals(pngWith([GAMA, PHYS]))).toBe(true)
  })

  test('When a PNG has only render chunks (colour, transparency, palette), then it comes back unchanged', () => {
    const clean = png([200, 30, 40])
    expect(stripped(clean, 'image/png').equals(clean)).toBe(true)
    const colour = [
      chunk('cHRM', Buffer.alloc(32, 1)), chunk('sRGB', Buffer.from([0])), chunk('iCCP', Buffer.from('sRGB\0\0\x78\x9c', 'latin1')),
      chunk('PLTE', Buffer.from([0, 0, 0])), chunk('tRNS', Buffer.from([0, 0, 0, 0, 0, 0])),
    ]
    const kept = pngWith(colour, undefined, clean)
    expect(stripped(kept, 'image/png').equals(kept)).toBe(true)
  })

  test('When a PNG is truncated anywhere before the end of IEND, then it is refused', () => {
    const dirty = pngWith([GAMA, ...pngMetadata()])
    for (let cut = 0; cut < dirty.length; cut++) expect(refusal(dirty.subarray(0, cut), 'image/png')).toMatchObject({ ok: false })
  })

  const clean = png()
  const ihdr = clean.subarray(8, 33)
  const rest = clean.subarray(33)
  const sig = clean.subarray(0, 8)
  const hugeLength = Buffer.from(chunk('tEXt', 'a'))
  hugeLength.writeUInt32BE(0xfffffff0, 0)
  test.each([
    ['a chunk length past the end', Buffer.concat([sig, ihdr, hugeLength, rest])],
    ['a chunk type that is not four letters', Buffer.concat([sig, ihdr, chunk('t3Xt', 'a'), rest])],
    ['an unknown critical chunk (cannot be rendered)', Buffer.concat([sig, ihdr, chunk('CgBI', Buffer.alloc(4)), rest])],
    ['IHDR not first', Buffer.concat([sig, GAMA, ihdr, rest])],
    ['a second IHDR', Buffer.concat([sig, ihdr, ihdr, rest])],
    ['an IHDR of the wrong length', Buffer.concat([sig, chunk('IHDR', Buffer.alloc(12)), rest])],
    ['no IDAT', Buffer.concat([sig, ihdr, chunk('IEND', '')])],
    ['a JPEG signature', JPEG],
  ])('When a PNG has %s, then it is refused', (_name, bytes) => {
    expect(refusal(bytes, 'image/png')).toMatchObject({ ok: false, reason: expect.stringMatching(/^png: /) })
  })
})

describe('WebP', () => {
  test.each([
    ['lossless (simple format)', WEBP_LOSSLESS],
    ['lossy with alpha (extended format)', WEBP_ALPHA],
    ['animated', WEBP_ANIMATED],
  ])('When a real %s WebP has no metadata, then it comes back unchanged', (_name, webp) => {
    expect(stripped(webp, 'image/webp').equals(webp)).toBe(true)
  })

  test('When a WebP carries EXIF, XMP and an unknown chunk, then they are gone, the VP8X flags cleared and the RIFF size fixed', () => {
    const dirty = dirtyWebp(TRAILER)
    expect(dirty[20] & 0x0c).toBe(0x0c)
    expect(leaksIn(dirty)).toEqual(expect.arrayContaining([MODEL, 'GPS latitude (little-endian)']))
    const out = stripped(dirty, 'image/webp')
    expect(leaksIn(out)).toEqual([])
    expect(out.equals(WEBP_ALPHA)).toBe(true)
  })

  test('When a simple-format WebP has an EXIF chunk after the image, then it is dropped', () => {
    const dirty = webpOf([WEBP_LOSSLESS.subarray(12), riffChunk('EXIF', exifTiff())])
    expect(stripped(dirty, 'image/webp').equals(WEBP_LOSSLESS)).toBe(true)
  })

  test('When a WebP is truncated anywhere before the RIFF end, then it is refused', () => {
    const dirty = dirtyWebp()
    for (let cut = 0; cut < dirty.length; cut++) expect(refusal(dirty.subarray(0, cut), 'image/webp')).toMatchObject({ ok: false })
  })

  const bigChunk = riffChunk('EXIF', 'ab')
  bigChunk.writeUInt32LE(1000, 4)
  const oddRiff = Buffer.from(WEBP_LOSSLESS)
  oddRiff.writeUInt32LE(oddRiff.length, 4) // claims 8 bytes more than there are
  test.each([
    ['a RIFF size past the end', oddRiff],
    ['a chunk size past the RIFF end', webpOf([WEBP_LOSSLESS.subarray(12), bigChunk])],
    ['metadata before the image header', webpOf([riffChunk('EXIF', exifTiff()), WEBP_LOSSLESS.subarray(12)])],
    ['a VP8X and no image', webpOf([WEBP_ALPHA.subarray(12, 30)])],
    ['a short VP8X', webpOf([riffChunk('VP8X', Buffer.alloc(4)), WEBP_LOSSLESS.subarray(12)])],
    ['a VP8X after the image', webpOf([WEBP_LOSSLESS.subarray(12), WEBP_ALPHA.subarray(12, 30)])],
    ['a PNG signature', png()],
  ])('When a WebP has %s, then it is refused', (_name, bytes) => {
    expect(refusal(bytes, 'image/webp')).toMatchObject({ ok: false, reason: expect.stringMatching(/^webp: /) })
  })
})
