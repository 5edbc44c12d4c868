/**
 * The store port: narrow, domain-named methods that both adapters honour.
 * SQLite (embedded default, tests) and CloudBase (production) implement it; one contract
 * suite (tests/store/contract.ts) runs against both.
 *
 * Rules every method keeps, because CloudBase has them:
 * - lists are keyset-paginated (`after` cursor, `limit` ≤ 100), ordered, backed by an index;
 * - no joins; a write that must be atomic touches one record, guarded by a version number (optimistic
 *   concurrency) where two callers may race — or, where several records must land together, a few records
 *   addressed by id (CloudBase: one transaction of single-document operations, docs/cloudbase.md).
 */
import type { Enterprise, Officer, Org } from '../../../types/directory'
import type { Page } from '../../../types/zod'
import type { CheckinStore, GrievanceStore, InboxItem, InboxStore, ScheduledCheckin, UploadSlotStore } from './grievance-port'
import type { MembershipStore } from './membership-port'
import type { DesktopLoginStore } from './desktop-port'
import type { LegalStore } from './legal-port'
import type { MutualAidStore } from './mutual-aid-port'
import type { ArrearsStore } from './arrears-port'
import type { DashboardStore } from './dashboard-port'
import type { RadarStore } from './radar-port'
import type { OrganisingStore } from './organising-port'
import type { MarkStore, OutboxStore, SubscriptionStore } from './notify-port'

export type { Page }
export type * from './grievance-port'
export type * from './membership-port'
export type * from './notify-port'
export type * from './desktop-port'

/** An enterprise's id and display name. */
export type EnterpriseName = { id: string; name: string }

export interface DirectoryStore {
  getOrg(id: string): Promise<Org | null>
  getOrgs(ids: string[]): Promise<Org[]>
  /** Town federations, ordered by id. A city has tens of them, so one call returns all. */
  listTowns(): Promise<Org[]>
  /** Every org strictly below `orgId` (by path), ordered by id. */
  listOrgsBelow(orgId: string, after: string | undefined, limit: number): Promise<Page<Org>>
  getEnterprise(id: string): Promise<Enterprise | null>
  getEnterpriseByCreditCode(creditCode: string): Promise<Enterprise | null>
  /**
   * Batch reads for the import's scope check: the stored records with these ids / credit codes / openids,
   * unknown ones skipped, ordered by id. Any number of keys (CloudBase reads them 1,000 per query).
   */
  getEnterprises(ids: string[]): Promise<Enterprise[]>
  getEnterprisesByCreditCodes(creditCodes: string[]): Promise<Enterprise[]>
  /**
   * Every enterprise of a town, ordered by id: for a town's month board (issue 13). A town has thousands, so one call
   * returns all (SQLite: one indexed query; CloudBase: one per 1,000).
   */
  listTownEnterprises(townId: string): Promise<Enterprise[]>
  /** The same enterprises, id and name only (the risk radar's names): SQLite reads two columns, CloudBase projects. */
  listTownEnterpriseNames(townId: string): Promise<EnterpriseName[]>
  getOfficers(openids: string[]): Promise<Officer[]>
  /** Name fragment search (case-insensitive), optionally within a town; ordered by id. */
  searchEnterprises(q: string, townId: string | undefined, after: string | undefined, limit: number): Promise<Page<Enterprise>>
  /**
   * Writes a validated batch (upsert by id). SQLite: one transaction. CloudBase: transactions of at most
   * 500 idempotent upserts — all-or-nothing up to that size; a larger batch fails by whole transactions and
   * is simply run again. Progress after each chunk.
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
  /**
   * The acting officer's openid, `worker` for any other person (never their openid), `anonymous` for a caller without
   * identity, or `system` (timers, scripts).
   */
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

/** What one action recorded on the side: its audit lines, inbox items and check-ins to schedule (runtime/side-records.ts). */
export type SideRecords = { audit: AuditEntry[]; inbox: InboxItem[]; checkins: ScheduledCheckin[] }

/**
 * Writes an action's side records together: one request on CloudBase, where audit lines, inbox items and check-ins
 * share the `journal` collection (decision 0020). A check-in whose id is already scheduled keeps the stored one.
 */
export interface SideRecordStore {
  write(records: SideRecords): Promise<void>
}

/**
 * Counters for limits (daily caps, failed guesses): one per `key` (a keyed hash, never an openid or a guessed value)
 * and `period` (a window name such as `2026-03-10` or `2026-03-10T14`). Decision 0011.
 */
export interface QuotaStore {
  /**
   * Takes one unit iff fewer than `max` are taken in that period: true when taken. One atomic step, so of any number
   * of concurrent callers exactly as many succeed as units were left.
   */
  take(key: string, period: string, max: number): Promise<boolean>
  /** Returns one unit (never below zero): what it guarded did not happen after all. */
  give(key: string, period: string): Promise<void>
  /** Units taken (0 when none): a hint before work that takes none. */
  count(key: string, period: string): Promise<number>
  /**
   * Removes every counter whose period sorts before `before` and says how many. Periods are Shanghai days
   * (`YYYY-MM-DD`) and hours (`YYYY-MM-DDTHH`), so a day removes every earlier day and hour. A counter is a keyed
   * hash of who acted and when: kept only while its period can still refuse (the hourly sweep, escalate/quota.ts).
   */
  removeEnded(before: string): Promise<number>
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
  uploads: UploadSlotStore
  memberships: MembershipStore
  officers: OfficerStore
  invites: InviteStore
  audit: AuditStore
  /** An action's audit lines, inbox items and check-ins, written together when it ends. */
  sideRecords: SideRecordStore
  quota: QuotaStore
  calendar: CalendarStore
  /** Desktop sign-in codes and sessions (account.desktop*). */
  desktop: DesktopLoginStore
  subscriptions: SubscriptionStore
  outbox: OutboxStore
  marks: MarkStore
  /** Legal help (issue 11): consultations, knowledge base, wage parameters, legal aid, reminders. */
  legal: LegalStore
  /** Medical mutual aid (issue 12): plans, enrolments, claims and their invoice keys. */
  mutualAid: MutualAidStore
  /** Wage-arrears zero-report (issue 13): monthly reports and their reminders. */
  arrears: ArrearsStore
  /** Organising list (issue 13 §2): insured-list imports, the list, organisers, statuses, reminders. */
  organising: OrganisingStore
  /** Officer dashboard (issue 13): one rollup per org, kept by the dashboard's hourly refresh. */
  dashboard: DashboardStore
  /** Employer risk radar (issue 13 §3): per-town snapshots, 法律体检 visits, alerts. */
  radar: RadarStore
  close(): Promise<void>
}
