/**
 * Keyed hashes for membership: uniqueness and look-up without storing an openid, ID number or phone in clear.
 * Each has its own prefix, so a hash of one kind can never match a hash of another.
 */
import type { FieldCrypto } from '../../_lib/runtime/crypto'

/** The WeChat account holding a membership (the card is issued to this account). */
export const holderKey = (crypto: FieldCrypto, openid: string) => crypto.hash(`member:${openid}`)
/** An applicant's applications ("my applications"); the same account as holderKey, a different hash. */
export const applicantKey = (crypto: FieldCrypto, openid: string) => crypto.hash(`applicant:${openid}`)
export const applyRequestKey = (crypto: FieldCrypto, openid: string, requestId: string) =>
  crypto.hash(`membership-request:${openid}:${requestId}`)
/** Its own namespace: a requestId the app reused for a transfer must not replay the member's first apply. */
export const transferRequestKey = (crypto: FieldCrypto, openid: string, requestId: string) =>
  crypto.hash(`membership-transfer:${openid}:${requestId}`)
/** `idNumber` must already be normalised (18 characters, upper-case X). */
export const idHash = (crypto: FieldCrypto, idNumber: string) => crypto.hash(`id:${idNumber}`)
export const phoneHash = (crypto: FieldCrypto, phone: string) => crypto.hash(`phone:${phone}`)
