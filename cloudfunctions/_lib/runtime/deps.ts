import type { SideRecords, Store } from '../store/port'
import type { FilesPort } from '../files/port'
import type { FieldCrypto } from './crypto'
import type { WorkCalendar } from '../domain/calendar'
import type { SubscribeSender } from '../notify/sender'
import type { TicketIssuer } from './custom-login'
import type { NonOfficers } from './non-officers'
import type { SubscribeKind } from '../../../types/notify'

/**
 * Who is calling, as the platform (or, in development, the host's header) says. Never the body.
 * `source` is the client's IP address as the platform reports it (runtime/source.ts); `invoke` turns it into a
 * keyed hash (`ActionContext.source`) and hands handlers the caller without it, so the address in clear is never
 * logged or stored.
 */
export type Caller =
  /**
   * `desktopSession`: the call comes from a desktop browser signed in through that session (CloudBase custom login,
   * runtime/desktop-identity.ts); the person is still the officer `openid`.
   */
  | { kind: 'user'; openid: string; source?: string; desktopSession?: string }
  /** A timer trigger or an operator script: no person behind it. */
  | { kind: 'system' }
  /** No identity at all (e.g. the host outside development mode). */
  | { kind: 'none'; source?: string }

export type Logger = {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

export type Limits = {
  dailyReportLimit: number
  /** Wall-clock budget of one escalate.sweep run (default SWEEP_BUDGET_MS, escalate/budget.ts); tests set it low. */
  sweepBudgetMs?: number
  /**
   * The deployment's subscribe-message template id per kind (UNION_SUBSCRIBE_TEMPLATES, JSON). When set,
   * notify.subscribe records only these; unset (local host) it takes what the client says it accepted.
   */
  subscribeTemplates?: Partial<Record<SubscribeKind, string>>
  /** How far behind the clock the notify timer walks the inbox (default PUSH_LAG_MS, notify/actions/queue.ts). */
  pushLagMs?: number
}

/** An action's audit lines, inbox items and check-ins, written together when it ends (side-records.ts). */
export type { SideRecords }

/** Everything a handler may touch, injected so the same handler runs in CloudBase, the host and tests. */
export type Deps = {
  store: Store
  files: FilesPort
  crypto: FieldCrypto
  /** Loads the working-day calendar (official data + administrator overrides). */
  calendar(): Promise<WorkCalendar>
  ids(): string
  log: Logger
  limits: Limits
  /** WeChat subscribe messages: the HTTP API in CloudBase, a log line on the local host. */
  subscribe: SubscribeSender
  /** Accounts this warm container found not to be officers (non-officers.ts); absent where reads are local. */
  nonOfficers?: NonOfficers
  /** Desktop sign-in tickets: only the `account` function has them (CloudBase custom login; a local stand-in on the host). */
  tickets?: TicketIssuer
}

export type ActionContext = {
  caller: Caller
  /** Keyed hash of the client's network source (IPv4 address or IPv6 /64), when the platform gave one: rate limits per source. */
  source?: string
  /** The request's clock, fixed for the whole call (injected: x-dev-now in development). */
  now: Date
  requestId: string
  deps: Deps
  /**
   * Set by requireOfficer: this request acts as that officer (openid). Audit records name officers, who answer
   * for what they do, and no one else (see audit.ts).
   */
  actingOfficer?: string
  /** Audit lines and inbox items held until the action ends (side-records.ts); absent for timers, which write at once. */
  sideRecords?: SideRecords
}
