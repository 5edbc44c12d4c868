/**
 * PNG without metadata: only the chunks needed to render are kept (IHDR, PLTE, IDAT, IEND, and transparency,
 * gamma, chromaticities, sRGB, the ICC profile and the pixel size), each byte for byte with its CRC. Dropped:
 * text (tEXt, zTXt, iTXt: XMP, "Comment", software), eXIf, tIME, any other ancillary chunk (an APNG keeps its
 * still image only) and anything after IEND. An unknown critical chunk cannot be rendered, so it is refused.
 */
import { ascii, concat, refuse, u32be, type Stripped } from './bytes'

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'pHYs'])
const CHUNK_TYPE = /^[A-Za-z]{4}$/

export function stripPng(b: Uint8Array): Stripped {
  if (SIGNATURE.some((c, i) => b[i] !== c)) return refuse('png: no signature')
  const out: Uint8Array[] = [b.subarray(0, 8)]
  let data = false
  for (let pos = 8; ; ) {
    if (pos + 12 > b.length) return refuse('png: ends before IEND')
    const length = u32be(b, pos)
    const type = ascii(b, pos + 4, 4)
    if (!CHUNK_TYPE.test(type)) return refuse(`png: bad chunk type at ${pos}`)
    if (length > 0x7fffffff || pos + 12 + length > b.length) return refuse(`png: ${type} length ${length} at ${pos}`)
    if ((pos === 8) !== (type === 'IHDR') || (type === 'IHDR' && length !== 13)) return refuse('png: IHDR is not the one first chunk')
    const critical = type.charCodeAt(0) < 0x61 // upper case: a decoder must understand it
    if (critical && !KEEP.has(type)) return refuse(`png: unknown critical chunk ${type}`)
    if (KEEP.has(type)) out.push(b.subarray(pos, pos + 12 + length))
    if (type === 'IDAT') data = true
    pos += 12 + length
    if (type === 'IEND') return data ? { ok: true, bytes: concat(out) } : refuse('png: no IDAT')
  }
}
