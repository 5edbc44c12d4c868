/**
 * Keyed hashes for mutual aid. A member's cover and claims are keyed by the membership holderKey (mutual aid is
 * named, like membership): their notifications reach the inbox the worker already reads (grievance/lib/worker-inbox.ts).
 * Invoice numbers are kept only as keyed hashes: a duplicate is found without ever storing a number in clear.
 */
import type { FieldCrypto } from '../../_lib/runtime/crypto'
import { holderKey } from '../../membership/lib/keys'

export const memberKey = (crypto: FieldCrypto, openid: string) => holderKey(crypto, openid)
export const claimRequestKey = (crypto: FieldCrypto, openid: string, requestId: string) =>
  crypto.hash(`mutual-aid-request:${openid}:${requestId}`)
/** `invoiceNo` as the schema normalised it (digits only). */
export const invoiceHash = (crypto: FieldCrypto, invoiceNo: string) => crypto.hash(`mutual-aid-invoice:${invoiceNo}`)
/** The version of the health-data consent text the claim form shows (PIPL art. 28–29). */
export const HEALTH_CONSENT_VERSION = '2026-12'
