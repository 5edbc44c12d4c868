/**
 * The caller's network source, for limits per source (docs/decisions/0011). The platform reports an address;
 * only its keyed hash ever reaches a handler, a log line or the store.
 */
import { isIP } from 'node:net'
import type { FieldCrypto } from './crypto'

/** The 8 hextets of an IPv6 address (an embedded IPv4 tail becomes the last two). */
function hextets(address: string): string[] {
  let s = address
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s)
  if (v4) {
    const [b1, b2, b3, b4] = v4.slice(1).map(Number)
    s = `${s.slice(0, v4.index)}${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`
  }
  const [head, tail] = s.split('::')
  const h = head ? head.split(':') : []
  const t = tail ? tail.split(':') : []
  const fill = tail === undefined ? [] : Array<string>(8 - h.length - t.length).fill('0')
  return [...h, ...fill, ...t].map((x) => parseInt(x, 16).toString(16))
}

/**
 * One client's source: an IPv4 address as is (also when written IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address as
 * its /64 (one subscriber is given a whole /64, so per-address limits would be free to dodge). Null when it is not an
 * address.
 */
export function normaliseSource(address: unknown): string | null {
  if (typeof address !== 'string') return null
  let a = address.trim()
  const zone = a.indexOf('%')
  if (zone >= 0) a = a.slice(0, zone)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  if (mapped) a = mapped[1]
  const version = isIP(a)
  if (version === 4) return a
  if (version === 6) return `${hextets(a).slice(0, 4).join(':')}::/64`
  return null
}

/** The keyed hash handlers see as `ctx.source`, or undefined when the platform gave no usable address. */
export function sourceKey(crypto: FieldCrypto, address: unknown): string | undefined {
  const source = normaliseSource(address)
  return source === null ? undefined : crypto.hash(`source:${source}`)
}
