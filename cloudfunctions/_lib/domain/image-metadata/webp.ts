/**
 * WebP without metadata: the EXIF and XMP chunks and any unknown chunk are dropped and their VP8X flags cleared;
 * the image chunks (VP8, VP8L, ALPH, ANIM, ANMF) and the ICC profile are copied byte for byte; the RIFF size is
 * rewritten for what is kept, and anything after the RIFF's end is dropped.
 */
import { ascii, concat, refuse, u32le, type Stripped } from './bytes'

const KEEP = new Set(['VP8X', 'VP8 ', 'VP8L', 'ALPH', 'ANIM', 'ANMF', 'ICCP'])
const IMAGE = new Set(['VP8 ', 'VP8L', 'ANMF'])
const EXIF_AND_XMP_FLAGS = 0x08 | 0x04

const le32 = (n: number) => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24)

export function stripWebp(b: Uint8Array): Stripped {
  if (b.length < 20 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return refuse('webp: no RIFF/WEBP header')
  const end = 8 + u32le(b, 4)
  if (end > b.length) return refuse(`webp: RIFF size ${end - 8} past the end`)
  const out: Uint8Array[] = []
  let image = false
  for (let pos = 12; pos < end; ) {
    if (pos + 8 > end) return refuse(`webp: chunk header cut at ${pos}`)
    const type = ascii(b, pos, 4)
    const size = u32le(b, pos + 4)
    const next = pos + 8 + size + (size & 1) // odd sizes are padded to even
    if (next > end) return refuse(`webp: ${JSON.stringify(type)} size ${size} at ${pos}`)
    if (pos === 12 && !(type === 'VP8 ' || type === 'VP8L' || type === 'VP8X')) return refuse('webp: first chunk is not VP8, VP8L or VP8X')
    if (type === 'VP8X') {
      if (pos !== 12 || size < 10) return refuse('webp: misplaced or short VP8X')
      const vp8x = b.slice(pos, next)
      vp8x[8] &= ~EXIF_AND_XMP_FLAGS
      out.push(vp8x)
    } else if (KEEP.has(type)) out.push(b.subarray(pos, next))
    if (IMAGE.has(type)) image = true
    pos = next
  }
  if (!image) return refuse('webp: no image chunk')
  const chunks = concat(out)
  return { ok: true, bytes: concat([b.subarray(0, 4), le32(chunks.length + 4), b.subarray(8, 12), chunks]) }
}
