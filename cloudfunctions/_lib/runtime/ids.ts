import { randomBytesPooled as randomBytes } from './random'

/**
 * Time-ordered unique ids (26 chars, Crockford base32: 10 of time + 16 random), so records sort by
 * creation in both adapters without a second index. Monotonic within a process: ids made in the same
 * millisecond increment the random part, so two events of one request keep their order.
 */
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function increment(digits: number[]): number[] {
  const out = [...digits]
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] < 31) {
      out[i]++
      return out
    }
    out[i] = 0
  }
  return out
}

export function createIdGenerator(clock: () => number = Date.now): () => string {
  let lastTime = -1
  let last: number[] = []
  return () => {
    const now = clock()
    if (now === lastTime) last = increment(last)
    else {
      lastTime = now
      last = Array.from(randomBytes(16), (b) => b % 32)
      last[0] &= 0x0f // headroom so increments within one millisecond never wrap
    }
    let t = now
    let time = ''
    for (let i = 0; i < 10; i++) {
      time = B32[t % 32] + time
      t = Math.floor(t / 32)
    }
    return time + last.map((d) => B32[d]).join('')
  }
}

/** The millisecond an id was made (its 10 time digits). */
export function idTime(id: string): number {
  let t = 0
  for (const ch of id.slice(0, 10)) t = t * 32 + B32.indexOf(ch)
  return t
}

/** The smallest id of millisecond `ms`: every id made at `ms` or later sorts at or above it, every earlier one below. */
export function idFloor(ms: number): string {
  let t = Math.max(0, Math.floor(ms))
  let time = ''
  for (let i = 0; i < 10; i++) {
    time = B32[t % 32] + time
    t = Math.floor(t / 32)
  }
  return time + '0'.repeat(16)
}
