/**
 * The store port: narrow, domain-named methods that both adapters honour.
 * SQLite (embedded default, tests) and CloudBase (production) implement it; one contract
 * suite (tests/store/contract.ts) runs against both.
 *
 * Rules every method keeps, because CloudBase has them:
 * - lists are keyset-paginated (`after` cursor, `limit` ≤ 100), ordered, backed by an index;
 * - no joins and no multi-document transactions: a write that must be atomic touches one record,
 *   guarded by a version number (optimistic concurrency) where two callers may race.
 */
import type { Enterprise, Officer, Org } from '../../../types/directory'
import type { Page } from '../../../types/zod'
import type { CheckinStore, GrievanceStore, InboxStore } from './grievance-port'
import type { MembershipStore } from './membership-port'
import type { OutboxStore, SubscriptionStore } from './notify-port'

export type { Page }
export type * from './grievance-port'
export type * from './membership-port'
export type * from './notify-port'

export interface DirectoryStore {
  getOrg(id: string): Promise<Org | null>
  getOrgs(ids: string[]): Promise<Org[]>
  /** Town federations, ordered by id. A city has tens of them, so one call returns all. */
  listTowns(): Promise<Org[]>
  /** Every org strictly below `orgId` (by path), ordered by id. */
  listOrgsBelow(orgId: string, after: string | undefined, limit: number): Promise<Page<Org>>
  getEnterprise(id: string): Promise<Enterprise | null>
  getEnterpriseByCreditCode(creditCode: string): Promise<Enterprise | null>
  /** Name fragment search (case-insensitive), optionally within a town; ordered by id. */
  searchEnterprises(q: string, townId: string | undefined, after: string | undefined, limit: number): Promise<Page<Enterprise>>
  /**
   * Writes a validated batch (upsert by id). SQLite: one transaction. CloudBase: a series of
   * idempotent upserts, so an interrupted run is simply run again. Progress after each chunk.
   */
  upsertBatch(
    batch: { orgs: Org[]; enterprises: Enterprise[]; officers: Officer[] },
    onProgress?: (done: number, total: number) => void,
  ): Promise<void>
}

export interface OfficerStore {
  get(openid: string): Promise<Officer | null>
  put(officer: Officer): Promise<void>
  listByOrg(orgId: string, after: string | undefined, limit: number): Promise<Page<Officer>>
}

export type Invite = {
  code: string
  orgId: string
  role: Officer['role']
  createdBy: string
  createdAt: string
  expiresAt: string
  redeemedBy: string | null
  redeemedAt: string | null
}

export interface InviteStore {
  create(invite: Invite): Promise<void>
  get(code: string): Promise<Invite | null>
  /** Marks the invite redeemed iff it is still unredeemed; false when someone else got there first. */
  markRedeemed(code: string, openid: string, at: string): Promise<boolean>
}

export type AuditEntry = {
  id: string
  at: string
  /** The acting officer's openid, `worker` for any other person (never their openid), or `system` (timers, scripts). */
  actor: string
  /** e.g. `directory.import`, `officer.invite.redeem`, `member.revealId`. */
  action: string
  recordType: string
  recordId: string
  /** Non-sensitive facts only: never names, ID numbers, phones or descriptions. */
  detail?: Record<string, unknown>
}

export interface AuditStore {
  /** Append-only: there is no update or delete. */
  append(entry: AuditEntry): Promise<void>
  listByRecord(recordType: string, recordId: string, after: string | undefined, limit: number): Promise<Page<AuditEntry>>
}

/** Administrator-loaded calendar years (official holidays and make-up working days). */
export type CalendarYear = { year: number; holidays: string[]; workdays: string[]; updatedAt: string; updatedBy: string }

export interface CalendarStore {
  listYears(): Promise<CalendarYear[]>
  putYear(year: CalendarYear): Promise<void>
}

export interface Store {
  directory: DirectoryStore
  grievances: GrievanceStore
  inbox: InboxStore
  checkins: CheckinStore
  memberships: MembershipStore
  officers: OfficerStore
  invites: InviteStore
  audit: AuditStore
  calendar: CalendarStore
  subscriptions: SubscriptionStore
  outbox: OutboxStore
  close(): Promise<void>
}
