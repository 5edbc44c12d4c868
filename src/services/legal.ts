/**
 * Typed calls to the `legal` function, worker side (issue 11; cloudfunctions/legal/actions and lib/views.ts).
 * Types only from types/legal.ts: its values carry zod (docs/frontend.md "Size"); labels come from
 * types/legal-labels.ts. The lawyer/officer, admin and legal-aid calls follow the worker's (`legalDeskApi`, `legalAidApi`).
 */
import type { Org } from '../../types/directory'
import type { AidApplyInput, AskInput } from '../../types/legal'
import type {
  AidHelp, AidRefuseReason, AidStatus, ConsultPrivacy, ConsultStatus, LegalCategory, LegalRouteReason, MeansTest,
} from '../../types/legal-labels'
import type { Page } from '../../types/zod'
import { call } from './api'

export type AskRequest = Omit<AskInput, 'attachments'> & { attachments?: string[] }
export type AskResult = {
  id: string
  receipt: string
  status: ConsultStatus
  assignedOrgId: string
  assignedOrgName: string
  routeReason: LegalRouteReason
  routeExplanation: string
  answerBy: string
  /** "3月11日 10:00 前答复" */
  answerByLabel: string
}

export type ConsultMessage = {
  id: string
  at: string
  from: 'worker' | 'lawyer'
  kind: 'question' | 'answer' | 'follow_up'
  text: string
  /** Short-lived links. */
  photos: string[]
}
export type ConsultHistoryEntry = { at: string; type: string; fromOrgId: string | null; toOrgId: string | null; note?: string }

/** What the asker sees (`get`, `byReceipt`). */
export type ConsultView = {
  id: string
  status: ConsultStatus
  statusLabel: string
  category: LegalCategory
  categoryLabel: string
  privacy: ConsultPrivacy
  enterpriseName: string | null
  townId: string | null
  assignedOrgId: string
  assignedOrgName: string
  routeReason: LegalRouteReason
  routeExplanation: string
  answerBy: string
  /** Null once the clock stopped (answered or closed). */
  answerByLabel: string | null
  supervised: boolean
  claimed: boolean
  firstAnsweredAt: string | null
  closedAt: string | null
  rating: { score: number; solved: boolean } | null
  createdAt: string
  orgNames: Record<string, string>
  messages: ConsultMessage[]
  receipt: string
  history: ConsultHistoryEntry[]
}

export type MineRow = {
  id: string
  category: LegalCategory
  categoryLabel: string
  status: ConsultStatus
  statusLabel: string
  privacy: ConsultPrivacy
  answerByLabel: string | null
  supervised: boolean
  createdAt: string
  rated: boolean
}

export type Article = {
  id: string
  category: LegalCategory
  categoryLabel: string
  title: string
  body: string
  source: 'consultation' | 'admin'
  useful: number
  updatedAt: string
}

export type LegalParameters = { year: number; localAverageMonthlyWage: number; minimumMonthlyWage: number; aidIncomeThreshold: number; demo: boolean }
export type CalendarYear = { year: number; holidays: string[]; workdays: string[] }

/** `id` for a signed-in asker, `receipt` for anonymous follow-up (from any account). */
export type ConsultRef = { id: string } | { receipt: string }

export type RemindRequest = {
  requestId: string
  category: LegalCategory
  knewAt: string
  employmentEndedAt?: string
  interruptions: string[]
}
export type RemindResult = { deadline: string | null; daysLeft: number | null; reminders: { dueDay: string; daysBefore: number }[] }

export const legalApi = {
  ask: (input: AskRequest) => call<AskResult>('legal', 'ask', input),
  get: (id: string) => call<ConsultView>('legal', 'get', { id }),
  byReceipt: (receipt: string) => call<ConsultView>('legal', 'byReceipt', { receipt }),
  mine: (cursor?: string) => call<Page<MineRow>>('legal', 'mine', cursor ? { cursor } : {}),
  followUp: (ref: ConsultRef, text: string, attachments: string[] = [], requestId?: string) =>
    call<{ id: string; messageId: string }>('legal', 'followUp', { ...ref, text, ...(requestId ? { requestId } : {}), ...(attachments.length ? { attachments } : {}) }),
  close: (ref: ConsultRef) => call<{ id: string; status: ConsultStatus }>('legal', 'close', ref),
  rate: (ref: ConsultRef, score: number, solved: boolean) => call<{ id: string }>('legal', 'rate', { ...ref, score, solved }),
  search: (input: { q?: string; category?: LegalCategory; cursor?: string; limit?: number }) => call<Page<Article>>('legal', 'search', input),
  parameters: () => call<LegalParameters>('legal', 'parameters', {}),
  limitationRemind: (input: RemindRequest) => call<RemindResult>('legal', 'limitationRemind', input),
  /** The working-day calendar the functions use (official + administrator years, around now), read once by the limitation page. */
  workCalendar: () => call<{ years: number[]; holidays: string[]; workdays: string[] }>('directory', 'workCalendar', {}),
}

// ---- lawyers and officers (the desk) ----
export type DeskQueueRow = {
  id: string
  category: LegalCategory
  categoryLabel: string
  status: ConsultStatus
  privacy: ConsultPrivacy
  enterpriseName: string | null
  answerBy: string
  answerByLabel: string | null
  supervised: boolean
  claimed: boolean
  claimedByMe: boolean
  createdAt: string
}
/** What a lawyer/officer of the holding org sees (`get` answers this shape to them; the read is audited). */
export type DeskConsultView = Omit<ConsultView, 'receipt' | 'history'> & {
  published: boolean
  enterpriseId: string | null
  /** A named asker's name and phone; null when anonymous or not left. */
  contact: { name: string; phone: string } | null
  claimedByMe: boolean
  /** False for an officer who may read but not answer (not a lawyer of the org, nor its admin). */
  mayAnswer: boolean
  missedOrgIds: string[]
  history: (ConsultHistoryEntry & { actor: string | null })[]
}
export type ArticleInput = { id?: string; category: LegalCategory; title: string; body: string }
export type ParametersInput = { year: number; localAverageMonthlyWage: number; minimumMonthlyWage: number; aidIncomeThreshold?: number }
export type StatsRange = { from?: string; to?: string }
export type LegalOrgStats = {
  consultations: number
  answered: number
  answeredWithin24h: number
  answeredWithin24hRate: number | null
  medianMinutesToFirstAnswer: number | null
  ratings: number
  meanRating: number | null
  satisfiedRate: number | null
  solvedRate: number | null
  supervised: number
  missed: number
}
export type AidOrgStats = {
  applications: number
  undecided: number
  decided: number
  decidedOnTime: number
  decidedOnTimeRate: number | null
  granted: number
  grantedRate: number | null
  withdrawn: number
  overdue: number
}
export type LegalStatsRow = { org: Pick<Org, 'id' | 'name' | 'type'>; consultations: LegalOrgStats; aid?: AidOrgStats }
export type LegalStatsReply = { orgId: string; from: string | null; to: string | null; truncated: boolean; org: LegalStatsRow; children: LegalStatsRow[] }

export const legalDeskApi = {
  queue: (status: ConsultStatus | null, cursor?: string) =>
    call<Page<DeskQueueRow> & { orgId: string }>('legal', 'queue', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
  get: (id: string) => call<DeskConsultView>('legal', 'get', { id }),
  claim: (id: string) => call<{ id: string; status: ConsultStatus; claimedAt: string }>('legal', 'claim', { id }),
  answer: (id: string, text: string) => call<{ id: string; status: ConsultStatus; messageId: string }>('legal', 'answer', { id, text }),
  followUp: (id: string, text: string) => call<{ id: string; messageId: string }>('legal', 'followUp', { id, text }),
  close: (id: string) => call<{ id: string; status: ConsultStatus }>('legal', 'close', { id }),
  publish: (id: string, question: string, answer: string) => call<{ articleId: string; published: true }>('legal', 'publish', { id, question, answer }),
  articleSave: (input: ArticleInput) => call<Article>('legal', 'articleSave', input),
  articleUnpublish: (id: string) => call<{ id: string; published: false }>('legal', 'articleUnpublish', { id }),
  parametersFor: (year: number) => call<LegalParameters>('legal', 'parameters', { year }),
  setParameters: (input: ParametersInput) => call<LegalParameters>('legal', 'setParameters', input),
  stats: (orgId: string, range: StatsRange) => call<LegalStatsReply>('legal', 'stats', { orgId, ...range }),
  statsCsv: (orgId: string, range: StatsRange) => call<{ filename: string; csv: string }>('legal', 'stats', { orgId, ...range, format: 'csv' }),
}

// ---- legal aid ----
export type AidApplyRequest = Omit<AidApplyInput, 'attachments'> & { attachments?: string[] }
export type AidDecision = {
  decision: 'grant' | 'refuse'
  reasonCode: AidRefuseReason | null
  reasonLabel: string | null
  form: AidHelp[]
  note: string
  at: string
  /** Where a refused worker can still turn. */
  nextRoutes: string[]
}
export type AidMaterial = { at: string; text: string; suppliedAt: string | null; supply: string | null }
/** What the applicant sees (`aidApply`, `aidGet`, `aidMine` rows); the officer's view adds identity and income. */
export type AidView = {
  id: string
  role: 'applicant'
  status: AidStatus
  statusLabel: string
  category: LegalCategory
  help: AidHelp[]
  claimAmount: number
  enterpriseName: string | null
  assignedOrgId: string
  routeReason: LegalRouteReason
  decideBy: string | null
  /** "3月19日 24:00"; null while the clock is paused or after the decision. */
  decideByLabel: string | null
  urgent: boolean
  overdue: boolean
  meansTest: MeansTest
  meansTestLabel: string
  limitationDeadline: string | null
  materials: AidMaterial[]
  decision: AidDecision | null
  history: ConsultHistoryEntry[]
  createdAt: string
  facts: string
}
export type AidOfficerView = Omit<AidView, 'role'> & {
  role: 'officer'
  migrantWorker: boolean
  hardship: boolean
  applicant: { name: string; phone: string }
  householdIncomePerPerson: number
  lawyerOpenid: string | null
  /** The receiving org's lawyers a grant may name (while undecided). */
  lawyers: { openid: string; name: string }[]
  /** 5-minute links to the application's photos; each material's supply carries its own. */
  photos: string[]
  materials: (AidView['materials'][number] & { photos: string[] })[]
}
export type AidQueueRow = {
  id: string
  status: AidStatus
  category: LegalCategory
  decideBy: string | null
  urgent: boolean
  overdue: boolean
  meansTest: MeansTest
  /** Masked: 张* · 138****5678. */
  applicant: { name: string; phone: string }
  claimAmount: number
  createdAt: string
}
export type AidDecideRequest = { id: string; decision: 'grant' | 'refuse'; reasonCode?: AidRefuseReason; lawyerOpenid?: string; form?: AidHelp[]; note: string }

export const legalAidApi = {
  apply: (input: AidApplyRequest) => call<AidView>('legal', 'aidApply', input),
  get: (id: string) => call<AidView | AidOfficerView>('legal', 'aidGet', { id }),
  mine: (cursor?: string) => call<Page<AidView>>('legal', 'aidMine', cursor ? { cursor } : {}),
  queue: (cursor?: string) => call<Page<AidQueueRow> & { orgId: string }>('legal', 'aidQueue', cursor ? { cursor } : {}),
  requestMaterial: (id: string, text: string) => call<AidView>('legal', 'aidRequestMaterial', { id, text }),
  supply: (id: string, text: string, attachments: string[] = []) =>
    call<AidView>('legal', 'aidSupply', { id, text, ...(attachments.length ? { attachments } : {}) }),
  decide: (input: AidDecideRequest) => call<AidView>('legal', 'aidDecide', input),
}
