/**
 * Store ports for subscribe messages (issue 3, notifications). Same rules as port.ts: keyset pages, single-document
 * atomic writes guarded by `version`, every list backed by an index in both adapters.
 *
 * The openid a message goes to is stored only encrypted (`openidEnc`): subscriptions are keyed by inbox recipient
 * keys (HMACs, or `org:<orgId>`), so neither a case nor anything an officer reads ever holds it.
 */
import type { Page } from '../../../types/zod'
import type { SubscribeKind } from '../../../types/notify'

export type { SubscribeKind }

/** One person's remaining one-time quota for one template, under one inbox recipient key. */
export type Subscription = {
  /** HMAC of (recipientKey, kind, openid): one record per person, key and kind; unlinkable across keys. */
  id: string
  recipientKey: string
  kind: SubscribeKind
  templateId: string
  /** The openid, AES-GCM encrypted (crypto.encrypt). */
  openidEnc: string
  /** Messages WeChat will still accept (one per accepted tap, capped). */
  remaining: number
  updatedAt: string
  version: number
}

export interface SubscriptionStore {
  /** The subscriptions under a recipient key, by id, at most 100 (an org: one per subscribed officer and kind). One indexed read. */
  listByRecipient(recipientKey: string): Promise<Subscription[]>
  get(id: string): Promise<Subscription | null>
  /** Inserts when `version` is 1 and the id is new, else replaces iff the stored version is `version - 1`; false on a lost race. */
  put(s: Subscription): Promise<boolean>
}

export type OutboxState = 'pending' | 'sent' | 'dropped' | 'failed'

/** A subscribe message waiting to go (or gone). `data` holds title-level facts only: never names, phones, ID numbers or descriptions. */
export type OutboxMessage = {
  id: string
  subscriptionId: string
  openidEnc: string
  templateId: string
  /** Mini-program page with its query, e.g. `grievance/pages/case/index?id=…`. */
  page: string
  /** Template field → value (`thing1` → `职工诉求`). */
  data: Record<string, string>
  state: OutboxState
  attempts: number
  /** When the next attempt is due; set only while pending (a partial index holds pending messages only). */
  nextAt: string | null
  createdAt: string
  updatedAt: string
  /** The last failure's code (e.g. `errcode 45009`, `http 502`), never a response body. */
  lastError: string | null
  version: number
}

export interface OutboxStore {
  add(m: OutboxMessage): Promise<void>
  get(id: string): Promise<OutboxMessage | null>
  /** Pending messages with nextAt ≤ now, ordered by (nextAt, id). Cursor = `${nextAt}|${id}`. */
  listDue(now: string, after: string | undefined, limit: number): Promise<Page<OutboxMessage>>
  /** Writes the delivery state (state, attempts, nextAt, updatedAt, lastError, version) iff the stored version is `m.version - 1`; false on a lost race. */
  update(m: OutboxMessage): Promise<boolean>
}

/** A named position that a timer keeps between runs (e.g. the last inbox item the subscribe-message queue saw). */
export type Mark = { name: string; value: string; version: number }

export interface MarkStore {
  get(name: string): Promise<Mark | null>
  /** Writes the mark iff its stored version is `m.version - 1` (version 1: iff none is stored); false on a lost race. */
  put(m: Mark): Promise<boolean>
}
