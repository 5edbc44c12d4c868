/**
 * Field encryption and keyed hashing for personal data (PIPL: encryption at rest).
 * - encrypt: AES-256-GCM with a random 96-bit IV; the box is `v1.<iv>.<tag>.<ciphertext>` (base64url).
 * - hash: HMAC-SHA256 with a separate key, for uniqueness and look-up without decrypting.
 */
import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto'
import { randomBytesPooled as randomBytes } from './random'

export type Keys = {
  /** 32 bytes: AES-256-GCM key for sensitive fields (UNION_DATA_KEY). */
  dataKey: Buffer
  /** 32 bytes: HMAC key for keyed hashes (UNION_HASH_KEY). */
  hashKey: Buffer
  /** 32 bytes: Ed25519 seed that signs member-card tokens (UNION_CARD_SIGNING_KEY); only the `card` function has it. */
  cardSigningKey: Buffer | null
}

export type FieldCrypto = {
  encrypt(plain: string): string
  decrypt(box: string): string
  hash(value: string): string
  keys: Keys
}

export function fieldCrypto(keys: Keys): FieldCrypto {
  return {
    keys,
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', keys.dataKey, iv)
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return ['v1', iv, cipher.getAuthTag(), ct].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
    },
    decrypt(box) {
      const [version, iv, tag, ct] = box.split('.')
      if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unsupported ciphertext')
      const decipher = createDecipheriv('aes-256-gcm', keys.dataKey, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
    },
    hash(value) {
      return createHmac('sha256', keys.hashKey).update(value, 'utf8').digest('hex')
    },
  }
}
