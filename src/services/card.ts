/**
 * Typed calls to the `card` function (issue 4, docs/api.md), and the verifier's cached public key.
 * Types only from types/membership-views.ts (zod-free).
 */
import Taro from '@tarojs/taro'
import type { CardTokenView, PublicKeyView, VerifyView } from '../../types/membership-views'
import { call } from './api'

export const cardApi = {
  token: () => call<CardTokenView>('card', 'token'),
  verify: (token: string) => call<VerifyView>('card', 'verify', { token }),
  publicKey: () => call<PublicKeyView>('card', 'publicKey'),
}

const KEY_STORAGE = 'union.cardPublicKey'

function cachedKey(): PublicKeyView | null {
  try {
    const stored: unknown = Taro.getStorageSync(KEY_STORAGE)
    const view = stored as PublicKeyView | null
    return view && typeof view === 'object' && typeof view.publicKey === 'string' ? view : null
  } catch {
    return null
  }
}

/**
 * The card-signing public key: from storage when a previous verification fetched it, otherwise from
 * `card.publicKey` (then stored), so a verifier that was online once keeps working with no network.
 * Null when it was never fetched and the network is down.
 */
export async function loadPublicKey(): Promise<PublicKeyView | null> {
  const cached = cachedKey()
  if (cached) return cached
  const res = await cardApi.publicKey()
  if (!res.ok) return null
  try {
    Taro.setStorageSync(KEY_STORAGE, res.data)
  } catch {
    // Storage full or unavailable: verification still works in this session.
  }
  return res.data
}

/** Forget the cached key (after the server says a token it signed is valid but the cached key disagrees: rotated). */
export function forgetPublicKey(): void {
  try {
    Taro.removeStorageSync(KEY_STORAGE)
  } catch {
    // Nothing to forget.
  }
}
