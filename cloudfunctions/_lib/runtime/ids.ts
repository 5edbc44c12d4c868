import { randomBytes } from 'node:crypto'

/**
 * Time-ordered unique ids (26 chars, Crockford base32: 10 of time + 16 random), so records
 * sort by creation in both adapters without a second index.
 */
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function createIdGenerator(clock: () => number = Date.now): () => string {
  return () => {
    let t = clock()
    let time = ''
    for (let i = 0; i < 10; i++) {
      time = B32[t % 32] + time
      t = Math.floor(t / 32)
    }
    const bytes = randomBytes(16)
    let rand = ''
    for (let i = 0; i < 16; i++) rand += B32[bytes[i] % 32]
    return time + rand
  }
}
