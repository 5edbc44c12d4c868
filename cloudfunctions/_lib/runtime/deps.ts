import type { Store } from '../store/port'
import type { FilesPort } from '../files/port'
import type { FieldCrypto } from './crypto'
import type { WorkCalendar } from '../domain/calendar'
import type { SubscribeSender } from '../notify/sender'

/** Who is calling, as the platform (or, in development, the host's header) says. Never the body. */
export type Caller =
  | { kind: 'user'; openid: string }
  /** A timer trigger or an operator script: no person behind it. */
  | { kind: 'system' }
  /** No identity at all (e.g. the host outside development mode). */
  | { kind: 'none' }

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
  subscribeTemplates?: Partial<Record<'grievance' | 'membership' | 'officer', string>>
}

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
}

export type ActionContext = {
  caller: Caller
  /** The request's clock, fixed for the whole call (injected: x-dev-now in development). */
  now: Date
  requestId: string
  deps: Deps
  /**
   * Set by requireOfficer: this request acts as that officer (openid). Audit records name officers, who answer
   * for what they do, and no one else (see audit.ts).
   */
  actingOfficer?: string
}
