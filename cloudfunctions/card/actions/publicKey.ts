import { cardPublicKeyInput } from '../../../types/membership'
import type { PublicKeyView } from '../../../types/membership-views'
import { action } from '../../_lib/runtime/function'
import { cardKey } from '../lib/keys'

/** The published verification key: anyone may fetch it, and a verifier keeps it to check cards offline. */
export const publicKey = action({
  input: cardPublicKeyInput,
  access: 'public',
  async handle(_input, ctx): Promise<PublicKeyView> {
    return cardKey(ctx).view
  },
})
