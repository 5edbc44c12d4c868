/**
 * Mutual aid documents ↔ records (`_id` = the record id; an invoice key's `_id` is the invoice's keyed hash).
 * Fields are picked by typed lists (the compiler checks they are complete), so no `_id` or stray field leaks in and
 * a missing field reads null. One field exists only in claim documents, for the queue indexes: `queueKey`
 * (decideBy, or createdAt before the documents are complete).
 */
import type { Claim, Enrolment, Plan } from '../mutual-aid-port'
import type { Doc } from './db'

type Fields<T> = { [K in Exclude<keyof T, 'id'>]-?: true }

const PLAN_FIELDS: Fields<Plan> = {
  name: true, year: true, feePerPerson: true, coverFrom: true, coverTo: true, enrolFrom: true, enrolTo: true,
  waitingDays: true, claimWithinDays: true, annualCap: true, reviewThreshold: true, sampleRate: true, benefits: true,
  locked: true, demo: true, createdAt: true, updatedAt: true, version: true,
}

const ENROLMENT_FIELDS: Fields<Enrolment> = {
  planId: true, memberId: true, memberNo: true, holderKey: true, orgId: true, orgPath: true, by: true, status: true,
  enrolledAt: true, feeDue: true, paymentReference: true, paymentConfirmedAt: true, coverFrom: true, coverTo: true,
  capUsed: true, criticalUsed: true, endedOn: true, version: true,
}

const CLAIM_FIELDS: Fields<Claim> = {
  requestKey: true, holderKey: true, enrolmentId: true, planId: true, memberNo: true, benefit: true, hospital: true,
  admittedAt: true, dischargedAt: true, totalCost: true, fundPaid: true, selfPaidInPolicy: true, invoiceHashes: true,
  documents: true, payoutEnc: true, accountMasked: true, diagnosisEnc: true, consents: true, payout: true,
  reductions: true, status: true, reviewOrgId: true, reviewPath: true, approveOrgId: true, approvePath: true,
  sampled: true, sampleDraw: true, decideBy: true, escalateAt: true, overdue: true, approvals: true, rejection: true,
  paidAt: true, paymentReference: true, createdAt: true, history: true, version: true,
}

const PLAN_KEYS = Object.keys(PLAN_FIELDS)
const ENROLMENT_KEYS = Object.keys(ENROLMENT_FIELDS)
const CLAIM_KEYS = Object.keys(CLAIM_FIELDS)

function pick(source: object, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((k) => [k, (source as Record<string, unknown>)[k] ?? null]))
}

export const planDoc = (p: Plan): Doc => ({ _id: p.id, ...pick(p, PLAN_KEYS) })
export const toPlan = (d: Doc) => ({ id: d._id, ...pick(d, PLAN_KEYS) }) as Plan

export const enrolmentDoc = (e: Enrolment): Doc => ({ _id: e.id, ...pick(e, ENROLMENT_KEYS) })
/**
 * `capUsed` to the fen: a rejection gives a reservation back with an atomic increment (mutual-aid-release.ts),
 * which can leave binary noise (1234.56 − 234.56 = 999.9999999999999) that the record never carries.
 */
export const toEnrolment = (d: Doc) => {
  const e = { id: d._id, ...pick(d, ENROLMENT_KEYS) } as Enrolment
  return typeof e.capUsed === 'number' ? { ...e, capUsed: Math.max(0, Math.round(e.capUsed * 100)) / 100 } : e
}

export const claimDoc = (c: Claim): Doc => ({ _id: c.id, ...pick(c, CLAIM_KEYS), queueKey: c.decideBy ?? c.createdAt })
export const toClaim = (d: Doc) => ({ id: d._id, ...pick(d, CLAIM_KEYS) }) as Claim

/** The fields of a document without its `_id`: what `doc(id).set` takes inside a transaction. */
export const withoutId = ({ _id: _ignored, ...fields }: Doc) => fields
