/**
 * Store ports for legal help (issue 11). Same rules as port.ts: keyset pages, every list backed by an index in
 * both adapters, writes guarded by `version`. Born for CloudBase: what one operation writes is ONE document —
 * a consultation embeds its thread and history, an aid application its material requests and decision — so
 * an action is one conditional write, and a retry (same requestKey) finds the first result.
 *
 * Privacy: no openid is stored for a worker, only `askerKey`/`applicantKey` = HMAC(openid). A named worker's
 * contact and an aid applicant's identity and income are stored encrypted (`*Enc`), with masks for lists.
 */
import type { Page } from '../../../types/zod'
import type {
  AidHelp,
  AidRefuseReason,
  AidStatus,
  ConsultPrivacy,
  ConsultStatus,
  LegalCategory,
  LegalRouteReason,
  MeansTest,
} from '../../../types/legal-labels'
import type { ConsultClockState, LegalHistoryEntry, LegalHistoryType } from '../domain/legal/state'

export type { LegalHistoryEntry, LegalHistoryType }

export type ConsultMessage = {
  id: string
  at: string
  from: 'worker' | 'lawyer'
  /** The answering org (lawyer messages). */
  orgId: string | null
  kind: 'question' | 'answer' | 'follow_up'
  text: string
  attachments: string[]
}

/** Clock fields (status, assignedOrgId/Path, routeReason, answerBy, escalateAt, supervised, missedOrgIds, claimedBy/At, firstAnsweredAt) come from ConsultClockState. */
export type Consultation = ConsultClockState & {
  id: string
  /** Idempotency: HMAC(openid + requestId). Unique. */
  requestKey: string
  /** HMAC(openid) of the asker: `mine` without storing the openid (also for anonymous askers). */
  askerKey: string
  /** HMAC of the 16-digit receipt code (unique) and the code encrypted, for anonymous follow-up. */
  receiptHash: string
  receiptEnc: string
  category: LegalCategory
  privacy: ConsultPrivacy
  /** Encrypted `{ name, phone }` of a named asker; null when anonymous. */
  contactEnc: string | null
  townId: string | null
  enterpriseId: string | null
  enterpriseName: string | null
  closedAt: string | null
  rating: { score: number; solved: boolean } | null
  /** The question is messages[0]; bounded (the actions cap follow-ups). */
  messages: ConsultMessage[]
  history: LegalHistoryEntry[]
  published: boolean
  createdAt: string
  version: number
}

export type ConsultQueueFilter = { status?: ConsultStatus }

export type Article = {
  id: string
  category: LegalCategory
  title: string
  /** Question + answer for a published consultation; free text for an admin article. */
  body: string
  source: 'consultation' | 'admin'
  /** The consultation it came from (never shown to the public). */
  consultationId: string | null
  orgId: string
  published: boolean
  /** Helpful votes / views: ranks "most useful first" after text relevance. */
  useful: number
  createdAt: string
  updatedAt: string
  version: number
}

export type LegalParameters = {
  year: number
  localAverageMonthlyWage: number
  minimumMonthlyWage: number
  aidIncomeThreshold: number
  /** True for the demo's labelled sample values. */
  demo: boolean
  updatedAt: string
}

export type AidDecision = {
  decision: 'grant' | 'refuse'
  reasonCode: AidRefuseReason | null
  lawyerOpenid: string | null
  form: AidHelp[]
  note: string
  at: string
  by: string
}

export type AidMaterialRequest = { at: string; text: string; suppliedAt: string | null; supply: string | null; attachments: string[] }

export type AidApplication = {
  id: string
  requestKey: string
  applicantKey: string
  category: LegalCategory
  enterpriseId: string | null
  enterpriseName: string | null
  townId: string | null
  claimAmount: number
  help: AidHelp[]
  migrantWorker: boolean
  hardship: boolean
  /** Encrypted JSON `{ name, phone }` and the income; masks for officer lists. */
  applicantEnc: string
  applicantMasked: { name: string; phone: string }
  incomeEnc: string
  facts: string
  attachments: string[]
  limitationDeadline: string | null
  urgent: boolean
  meansTest: MeansTest
  status: AidStatus
  assignedOrgId: string
  assignedPath: string
  routeReason: LegalRouteReason
  /** Decide-by instant; null while paused (awaiting material). */
  decideBy: string | null
  /** Working days left on the clock when it paused (resumed with these). */
  pausedWorkdaysLeft: number | null
  /** When a material request lapses into withdrawal (15 working days). */
  withdrawBy: string | null
  /** The sweep's key: decideBy while pending, withdrawBy while awaiting material, null when decided. Sparse index. */
  escalateAt: string | null
  overdue: boolean
  materials: AidMaterialRequest[]
  decision: AidDecision | null
  decidedAt: string | null
  consents: { shareWithUnion: { version: string; at: string } }
  history: LegalHistoryEntry[]
  createdAt: string
  version: number
}

export type LimitationReminder = {
  id: string
  /** Idempotency: HMAC(openid + requestId) + the offset. Unique. */
  requestKey: string
  recipientKey: string
  /** Shanghai day it is due (the deadline minus 60, 30 or 7 days). Indexed with sentAt null. */
  dueDay: string
  deadline: string
  daysBefore: number
  category: LegalCategory
  sentAt: string | null
}

export interface LegalStore {
  /**
   * Inserts iff the requestKey and the receiptHash are unused; false when the requestKey exists (a retry). A
   * receiptHash (or id) taken by another request throws: the caller draws a new receipt.
   */
  createConsultation(c: Consultation): Promise<boolean>
  getConsultation(id: string): Promise<Consultation | null>
  getConsultationByRequestKey(requestKey: string): Promise<Consultation | null>
  getConsultationByReceipt(receiptHash: string): Promise<Consultation | null>
  /** Full replace iff the stored version is `c.version - 1`; false on a lost race. */
  updateConsultation(c: Consultation): Promise<boolean>
  /** The org's consultations not closed (a `closed` filter: none), earliest answerBy first. Cursor = `${answerBy}|${id}`. */
  listConsultationQueue(orgId: string, filter: ConsultQueueFilter, after: string | undefined, limit: number): Promise<Page<Consultation>>
  /** An asker's consultations, newest first (createdAt desc, id desc). Cursor = `${createdAt}|${id}`. */
  listConsultationsByAsker(askerKey: string, after: string | undefined, limit: number): Promise<Page<Consultation>>
  /** Unanswered (waiting, claimed) consultations with escalateAt ≤ now, ordered (escalateAt, id). Cost follows due ones only. */
  listConsultationsDue(now: string, after: string | undefined, limit: number): Promise<Page<Consultation>>
  /** Consultations created in [from, to) whose assignedPath starts with `pathPrefix` or whose missedOrgIds hold `orgId` (stats), ordered (createdAt, id), each once. Cursor = `${createdAt}|${id}`. */
  listConsultationsForStats(pathPrefix: string, orgId: string, from: string, to: string, after: string | undefined, limit: number): Promise<Page<Consultation>>

  /** Version 1 inserts iff the id is new; a later version replaces iff the stored one is `a.version - 1`. False on a lost race. */
  saveArticle(a: Article): Promise<boolean>
  getArticle(id: string): Promise<Article | null>
  /**
   * Published articles holding every character bigram of `q` in their title or body (../grams.ts `searchBigrams`:
   * ASCII lower-cased, no bigram across whitespace or punctuation; all of them when `q` has none, e.g. empty or a
   * single character), optionally of a category: newest first (updatedAt desc, id desc). Cursor = `${updatedAt}|${id}`.
   */
  searchArticles(q: string, category: LegalCategory | undefined, after: string | undefined, limit: number): Promise<Page<Article>>

  putParameters(p: LegalParameters): Promise<void>
  getParameters(year: number): Promise<LegalParameters | null>

  /** Inserts iff the requestKey is unused; false on a retry. */
  createAid(a: AidApplication): Promise<boolean>
  getAid(id: string): Promise<AidApplication | null>
  getAidByRequestKey(requestKey: string): Promise<AidApplication | null>
  updateAid(a: AidApplication): Promise<boolean>
  /** The org's undecided applications (pending, awaiting_material), earliest decideBy first (paused last). Cursor = `${decideBy ?? '~'}|${id}`. */
  listAidQueue(orgId: string, after: string | undefined, limit: number): Promise<Page<AidApplication>>
  /** An applicant's applications, newest first (createdAt desc, id desc). Cursor = `${createdAt}|${id}`. */
  listAidByApplicant(applicantKey: string, after: string | undefined, limit: number): Promise<Page<AidApplication>>
  /** Undecided (pending, awaiting_material) applications with escalateAt ≤ now, ordered (escalateAt, id). */
  listAidDue(now: string, after: string | undefined, limit: number): Promise<Page<AidApplication>>
  /** Applications created in [from, to) whose assignedPath starts with `pathPrefix`, ordered (createdAt, id). Cursor = `${createdAt}|${id}`. */
  listAidForStats(pathPrefix: string, from: string, to: string, after: string | undefined, limit: number): Promise<Page<AidApplication>>

  /** Inserts the reminders whose requestKey (and id) is new: a retried request adds none. */
  addReminders(rs: LimitationReminder[]): Promise<void>
  /** Unsent reminders due on or before `day`, ordered (dueDay, id). */
  listRemindersDue(day: string, after: string | undefined, limit: number): Promise<Page<LimitationReminder>>
  /** Marks sent iff unsent: false when someone else sent it first. */
  markReminderSent(id: string, at: string): Promise<boolean>
}
