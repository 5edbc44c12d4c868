/**
 * The card signing key (UNION_CARD_SIGNING_KEY, a 32-byte Ed25519 seed from the function's environment) and
 * its public key, derived once per key: every token and every online verification uses them.
 * Signing uses Node's native Ed25519 (OpenSSL): the same deterministic signatures as the portable signer in
 * types/card-token.ts (tests/card/token.test.ts compares them), at a fraction of the cost per token.
 */
import { createPrivateKey, sign } from 'node:crypto'
import { base64urlEncode, keyIdOf, publicKeyOf, type CardSigner } from '../../../types/card-token'
import type { PublicKeyView } from '../../../types/membership-views'
import type { ActionContext } from '../../_lib/runtime/deps'

export type CardKey = { signer: CardSigner; publicKey: Uint8Array; view: PublicKeyView }

/** PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): the fixed 16-byte header, then the 32 seed bytes. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/** Node's Ed25519 signer for a raw 32-byte seed. */
export function nodeSigner(seed: Uint8Array, publicKey: Uint8Array = publicKeyOf(seed)): CardSigner {
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' })
  return { publicKey, sign: (message) => new Uint8Array(sign(null, message, key)) }
}

const derived = new WeakMap<Uint8Array, CardKey>()

export function cardKey(ctx: ActionContext): CardKey {
  const source = ctx.deps.crypto.keys.cardSigningKey
  if (!source) throw new Error('UNION_CARD_SIGNING_KEY is not configured for this function')
  let key = derived.get(source)
  if (!key) {
    const seed = new Uint8Array(source) // a plain Uint8Array copy of the Buffer
    const publicKey = publicKeyOf(seed)
    key = { signer: nodeSigner(seed, publicKey), publicKey, view: { algorithm: 'Ed25519', publicKey: base64urlEncode(publicKey), keyId: keyIdOf(publicKey) } }
    derived.set(source, key)
  }
  return key
}
