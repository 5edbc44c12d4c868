/**
 * Legal help documents ↔ records (`_id` = the record id; parameters: the year as a string). Fields are picked by
 * typed lists (the compiler checks they are complete), so no `_id` or stray field leaks in and a missing field
 * reads null. Two fields exist only in documents, for indexes: an article's `grams` (its searchable bigrams while
 * published, else []) and an aid application's `decideKey` (decideBy, or '~' while paused: paused ones sort last).
 */
import type { AidApplication, Article, Consultation, LegalParameters, LimitationReminder } from '../legal-port'
import { searchBigrams } from '../grams'
import type { Doc } from './db'

type Fields<T> = { [K in Exclude<keyof T, 'id'>]-?: true }

const CONSULTATION_FIELDS: Fields<Consultation> = {
  requestKey: true, askerKey: true, receiptHash: true, receiptEnc: true, category: true, privacy: true, contactEnc: true,
  townId: true, enterpriseId: true, enterpriseName: true, status: true, assignedOrgId: true, assignedPath: true,
  routeReason: true, answerBy: true, escalateAt: true, supervised: true, missedOrgIds: true, claimedBy: true,
  claimedAt: true, firstAnsweredAt: true, closedAt: true, rating: true, messages: true, history: true, published: true,
  createdAt: true, version: true,
}

const ARTICLE_FIELDS: Fields<Article> = {
  category: true, title: true, body: true, source: true, consultationId: true, orgId: true, published: true,
  useful: true, createdAt: true, updatedAt: true, version: true,
}

const AID_FIELDS: Fields<AidApplication> = {
  requestKey: true, applicantKey: true, category: true, enterpriseId: true, enterpriseName: true, townId: true,
  claimAmount: true, help: true, migrantWorker: true, hardship: true, applicantEnc: true, applicantMasked: true,
  incomeEnc: true, facts: true, attachments: true, limitationDeadline: true, urgent: true, meansTest: true,
  status: true, assignedOrgId: true, assignedPath: true, routeReason: true, decideBy: true, pausedWorkdaysLeft: true,
  withdrawBy: true, escalateAt: true, overdue: true, materials: true, decision: true, decidedAt: true, consents: true,
  history: true, createdAt: true, version: true,
}

const REMINDER_FIELDS: Fields<LimitationReminder> = {
  requestKey: true, recipientKey: true, dueDay: true, deadline: true, daysBefore: true, category: true, sentAt: true,
}

const PARAMETER_KEYS: Array<keyof LegalParameters> = ['year', 'localAverageMonthlyWage', 'minimumMonthlyWage', 'aidIncomeThreshold', 'demo', 'updatedAt']

const keys = (fields: object) => Object.keys(fields)
const CONSULTATION_KEYS = keys(CONSULTATION_FIELDS)
const ARTICLE_KEYS = keys(ARTICLE_FIELDS)
const AID_KEYS = keys(AID_FIELDS)
const REMINDER_KEYS = keys(REMINDER_FIELDS)

function pick(source: object, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((k) => [k, (source as Record<string, unknown>)[k] ?? null]))
}

/** Paused aid applications (decideBy null) sort after every instant in the queue. */
export const PAUSED_KEY = '~'

export const consultationDoc = (c: Consultation): Doc => ({ _id: c.id, ...pick(c, CONSULTATION_KEYS) })
export const toConsultation = (d: Doc) => ({ id: d._id, ...pick(d, CONSULTATION_KEYS) }) as Consultation

export const articleDoc = (a: Article): Doc => ({ _id: a.id, ...pick(a, ARTICLE_KEYS), grams: a.published ? searchBigrams(a.title, a.body) : [] })
export const toArticle = (d: Doc) => ({ id: d._id, ...pick(d, ARTICLE_KEYS) }) as Article

export const aidDoc = (a: AidApplication): Doc => ({ _id: a.id, ...pick(a, AID_KEYS), decideKey: a.decideBy ?? PAUSED_KEY })
export const toAid = (d: Doc) => ({ id: d._id, ...pick(d, AID_KEYS) }) as AidApplication

export const reminderDoc = (r: LimitationReminder): Doc => ({ _id: r.id, ...pick(r, REMINDER_KEYS) })
export const toReminder = (d: Doc) => ({ id: d._id, ...pick(d, REMINDER_KEYS) }) as LimitationReminder

export const parametersFields = (p: LegalParameters) => pick(p, PARAMETER_KEYS)
export const toParameters = (d: Doc) => pick(d, PARAMETER_KEYS) as LegalParameters
