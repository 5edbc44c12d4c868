/**
 * The card signing key (UNION_CARD_SIGNING_KEY, a 32-byte Ed25519 seed from the function's environment) and
 * its public key, derived once per key: every token and every online verification uses them.
 */
import { base64urlEncode, keyIdOf, publicKeyOf } from '../../../types/card-token'
import type { PublicKeyView } from '../../../types/membership-views'
import type { ActionContext } from '../../_lib/runtime/deps'

export type CardKey = { seed: Uint8Array; publicKey: Uint8Array; view: PublicKeyView }

const derived = new WeakMap<Uint8Array, CardKey>()

export function cardKey(ctx: ActionContext): CardKey {
  const source = ctx.deps.crypto.keys.cardSigningKey
  let key = derived.get(source)
  if (!key) {
    const seed = new Uint8Array(source) // a plain Uint8Array copy of the Buffer
    const publicKey = publicKeyOf(seed)
    key = { seed, publicKey, view: { algorithm: 'Ed25519', publicKey: base64urlEncode(publicKey), keyId: keyIdOf(publicKey) } }
    derived.set(source, key)
  }
  return key
}
