/**
 * Keyed hashes that link a worker to their cases without storing the openid next to a case: officers' views are
 * built from cases and participants, and neither holds an openid.
 */
import type { FieldCrypto } from '../../_lib/runtime/crypto'

export const reporterKey = (crypto: FieldCrypto, openid: string) => crypto.hash(`reporter:${openid}`)
export const requestKey = (crypto: FieldCrypto, openid: string, requestId: string) => crypto.hash(`request:${openid}:${requestId}`)
/** A reply's idempotency key: per account, case and client requestId. */
export const replyKey = (crypto: FieldCrypto, openid: string, caseId: string, requestId: string) =>
  crypto.hash(`reply:${openid}:${caseId}:${requestId}`)
export const receiptHash = (crypto: FieldCrypto, receipt: string) => crypto.hash(`receipt:${receipt}`)
