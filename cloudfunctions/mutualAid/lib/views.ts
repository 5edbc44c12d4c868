/**
 * What each caller sees. Lists and queues carry no health detail (no hospital, diagnosis or amounts of the stay)
 * and the account only masked; the claim page (`get`) shows an officer in scope the health details, the account
 * still masked (`revealAccount` is the audited way to the full number).
 */
import { deadlineLabel } from '../../../types/grievance-labels'
import {
  BENEFIT_LABELS, CLAIM_STATUS_LABELS, DOCUMENT_SLOT_LABELS, ENROLMENT_STATUS_LABELS, REDUCTION_LABELS, REJECT_LABELS,
} from '../../../types/mutual-aid-labels'
import type { Officer } from '../../../types/directory'
import type { ActionContext } from '../../_lib/runtime/deps'
import type { Claim, Plan } from '../../_lib/store/mutual-aid-port'
import { PHOTO_LINK_TTL_SECONDS } from '../../grievance/lib/evidence'
import { mayApprove, mayReview } from './access'
import { yuan } from './notify'

export const planView = (p: Plan) => ({
  id: p.id, name: p.name, year: p.year, feePerPerson: p.feePerPerson, coverFrom: p.coverFrom, coverTo: p.coverTo,
  enrolFrom: p.enrolFrom, enrolTo: p.enrolTo, waitingDays: p.waitingDays, claimWithinDays: p.claimWithinDays,
  annualCap: p.annualCap, reviewThreshold: p.reviewThreshold, sampleRate: p.sampleRate, benefits: p.benefits,
  locked: p.locked, demo: p.demo, updatedAt: p.updatedAt, version: p.version,
})

const decideByView = (c: Claim) => ({ decideBy: c.decideBy, decideByLabel: c.decideBy ? deadlineLabel(c.decideBy) : null, overdue: c.overdue })
const paidLabel = (c: Claim) => (c.status === 'paid' ? `已支付 ${yuan(c.payout.payable)} 元` : null)

/** The itemised computation, with a Chinese label for every reduction. */
const payoutView = (c: Claim) => ({ ...c.payout, reasons: c.payout.reasons.map((code) => ({ code, label: REDUCTION_LABELS[code] })) })

/** The last return's note: what the member has to fix. */
const returnNote = (c: Claim) => [...c.history].reverse().find((e) => e.type === 'returned')?.note ?? null

async function common(ctx: ActionContext, c: Claim) {
  return {
    id: c.id, status: c.status, statusLabel: CLAIM_STATUS_LABELS[c.status], planId: c.planId,
    benefit: c.benefit, benefitLabel: BENEFIT_LABELS[c.benefit], hospital: c.hospital, admittedAt: c.admittedAt, dischargedAt: c.dischargedAt,
    totalCost: c.totalCost, fundPaid: c.fundPaid, selfPaidInPolicy: c.selfPaidInPolicy, invoiceCount: c.invoiceHashes.length,
    documents: await documentsView(ctx, c), accountMasked: c.accountMasked, payable: c.payout.payable, payout: payoutView(c),
    sampled: c.sampled, ...decideByView(c), returnNote: c.status === 'returned' ? returnNote(c) : null,
    rejection: c.rejection && { ...c.rejection, label: REJECT_LABELS[c.rejection.code] },
    paidAt: c.paidAt, paidLabel: paidLabel(c), createdAt: c.createdAt,
  }
}

/**
 * Every photo of the claim signed in one storage request (CloudBase: one getTempFileURL for all of them, not one
 * per photo). A photo gone from storage has no link (the reviewing union returns the claim for it); it is logged.
 */
async function documentsView(ctx: ActionContext, c: Claim) {
  const links = c.documents.length ? await ctx.deps.files.signedUrls(c.documents.map((d) => d.fileId), PHOTO_LINK_TTL_SECONDS) : []
  const missing = links.flatMap((url, index) => (url === null ? [index] : []))
  if (missing.length) ctx.deps.log.error('mutual aid photo link failed', { requestId: ctx.requestId, claimId: c.id, missing })
  return c.documents.map((d, i) => ({ slot: d.slot, slotLabel: DOCUMENT_SLOT_LABELS[d.slot], url: links[i] ?? null }))
}

const diagnosisOf = (ctx: ActionContext, c: Claim) => (c.diagnosisEnc ? ctx.deps.crypto.decrypt(c.diagnosisEnc) : null)

export async function memberView(ctx: ActionContext, c: Claim) {
  return {
    ...(await common(ctx, c)), role: 'member' as const, diagnosis: diagnosisOf(ctx, c),
    history: c.history.map(({ at, type, note, code }) => ({ at, type, note: note ?? null, code: code ?? null })),
  }
}

/** The claim page of an officer in scope (the read is audited by the caller). */
export async function officerView(ctx: ActionContext, c: Claim, officer: Officer) {
  return {
    ...(await common(ctx, c)), role: 'officer' as const, memberNo: c.memberNo, diagnosis: diagnosisOf(ctx, c),
    reviewOrgId: c.reviewOrgId, approveOrgId: c.approveOrgId, sampleDraw: c.sampleDraw, approvals: c.approvals, paymentReference: c.paymentReference,
    mayReview: mayReview(officer, c), mayApprove: mayApprove(officer, c), history: c.history,
  }
}

/** What `claim` (and its retry) answers. */
export const claimAnswer = (c: Claim) => ({
  id: c.id, status: c.status, statusLabel: CLAIM_STATUS_LABELS[c.status], payable: c.payout.payable, sampled: c.sampled,
  decideBy: c.decideBy, payout: payoutView(c),
})

export const mineRow = (c: Claim) => ({
  id: c.id, status: c.status, statusLabel: CLAIM_STATUS_LABELS[c.status], benefit: c.benefit, benefitLabel: BENEFIT_LABELS[c.benefit],
  payable: c.payout.payable, paidLabel: paidLabel(c), ...decideByView(c), createdAt: c.createdAt,
})

/** A queue row: the member's number, the amount and the clock; nothing of the stay. */
export const queueRow = (c: Claim) => ({
  id: c.id, status: c.status, statusLabel: CLAIM_STATUS_LABELS[c.status], memberNo: c.memberNo, payable: c.payout.payable,
  sampled: c.sampled, approvals: c.approvals.length, accountMasked: c.accountMasked, reviewOrgId: c.reviewOrgId,
  approveOrgId: c.approveOrgId, ...decideByView(c), createdAt: c.createdAt,
})

export const enrolmentStatusLabel = (s: keyof typeof ENROLMENT_STATUS_LABELS) => ENROLMENT_STATUS_LABELS[s]
