/**
 * Keyed hashes for legal help. The asker's key is its own (not the grievance reporterKey, not the membership
 * holderKey): a stored link between them would tie an anonymous consultation to a worker's named report or
 * membership. `grievance.inbox` merges it with the others when the worker reads (worker-inbox.ts).
 */
import type { FieldCrypto } from '../../_lib/runtime/crypto'

export const askerKey = (crypto: FieldCrypto, openid: string) => crypto.hash(`legal-asker:${openid}`)
export const consultRequestKey = (crypto: FieldCrypto, openid: string, requestId: string) =>
  crypto.hash(`legal-request:${openid}:${requestId}`)
export const consultReceiptHash = (crypto: FieldCrypto, receipt: string) => crypto.hash(`legal-receipt:${receipt}`)
/** One per reminder: the request's key and the days before the deadline. */
export const reminderRequestKey = (crypto: FieldCrypto, openid: string, requestId: string, daysBefore: number) =>
  `${crypto.hash(`legal-remind:${openid}:${requestId}`)}:${daysBefore}`
