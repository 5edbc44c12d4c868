/** What the metadata strippers share: their answer and big/little-endian reads over plain Uint8Arrays. */

/** The image without its metadata, or why the bytes are not a well-formed image (for the log, in English). */
export type Stripped = { ok: true; bytes: Uint8Array } | { ok: false; reason: string }

export const refuse = (reason: string): Stripped => ({ ok: false, reason })

export const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1]
export const u32be = (b: Uint8Array, at: number) => b[at] * 0x1000000 + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3])
export const u32le = (b: Uint8Array, at: number) => b[at + 3] * 0x1000000 + ((b[at + 2] << 16) | (b[at + 1] << 8) | b[at])

export const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length))

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
