/**
 * The claim document and the enrolment's new totals, built from the input, the cover and the one payout
 * computation. The payable is reserved on the enrolment (capUsed, criticalUsed) in the same store unit that files
 * the claim, so two claims at once can never both spend the same cap.
 */
import type { ClaimInput } from '../../../types/mutual-aid'
import { maskAccountNo } from '../../../types/mutual-aid-labels'
import { computePayout, type Benefit, type Payout } from '../../../types/mutual-aid/payout'
import { approvingOrgId } from '../../_lib/domain/mutual-aid/decide'
import { isSampled } from '../../_lib/domain/mutual-aid/cover'
import type { ActionContext } from '../../_lib/runtime/deps'
import { randomBytesPooled } from '../../_lib/runtime/random'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Claim, Enrolment } from '../../_lib/store/mutual-aid-port'
import { capLeft, type Cover } from './cover'
import { HEALTH_CONSENT_VERSION, invoiceHash } from './keys'

/** A draw in [0, 1) from the runtime's cryptographic random source: recorded on the claim, never re-rolled. */
export const sampleDraw = () => randomBytesPooled(4).readUInt32BE(0) / 2 ** 32

export function benefitOf(cover: Pick<Cover, 'plan'>, kind: Benefit['kind']): Benefit | null {
  return cover.plan.benefits.find((b) => b.kind === kind) ?? null
}

export function payoutFor(cover: Cover, benefit: Benefit, selfPaidInPolicy: number): Payout {
  return computePayout({ benefit, selfPaidInPolicy, annualCapLeft: capLeft(cover.plan, cover.enrolment), criticalAlreadyPaid: cover.enrolment.criticalUsed })
}

/** The checking union (the enrolment's) and the federation that approves (its town, or the city). */
async function placement(ctx: ActionContext, e: Enrolment) {
  const reviewer = await ctx.deps.store.directory.getOrg(e.orgId)
  if (!reviewer) throw new AppError('NOT_FOUND', '没有找到参保的工会')
  const approverId = approvingOrgId(reviewer)
  const approver = approverId === reviewer.id ? reviewer : await ctx.deps.store.directory.getOrg(approverId)
  if (!approver) throw new Error(`mutual aid: no approving federation ${approverId}`)
  return { reviewOrgId: reviewer.id, reviewPath: reviewer.path, approveOrgId: approver.id, approvePath: approver.path }
}

export async function buildClaim(ctx: ActionContext, input: ClaimInput, cover: Cover, benefit: Benefit, requestKey: string) {
  const { crypto } = ctx.deps
  const e = cover.enrolment
  const payout = payoutFor(cover, benefit, input.selfPaidInPolicy)
  const draw = sampleDraw()
  const at = toIso(ctx.now)
  const claim: Claim = {
    id: ctx.deps.ids(), requestKey, holderKey: e.holderKey, enrolmentId: e.id, planId: e.planId, memberNo: e.memberNo,
    benefit: input.benefit, hospital: input.hospital, admittedAt: input.admittedAt, dischargedAt: input.dischargedAt,
    totalCost: input.totalCost, fundPaid: input.fundPaid, selfPaidInPolicy: input.selfPaidInPolicy,
    invoiceHashes: [...new Set(input.invoiceNumbers.map((n) => invoiceHash(crypto, n)))], documents: input.attachments,
    payoutEnc: crypto.encrypt(JSON.stringify(input.payout)), accountMasked: maskAccountNo(input.payout.accountNo),
    diagnosisEnc: input.diagnosis ? crypto.encrypt(input.diagnosis) : null,
    consents: { health: { version: HEALTH_CONSENT_VERSION, at } },
    payout, reductions: payout.reasons, status: 'submitted', ...(await placement(ctx, e)),
    sampled: isSampled(payout.payable, cover.plan.reviewThreshold, cover.plan.sampleRate, draw), sampleDraw: draw,
    decideBy: null, escalateAt: null, overdue: false, approvals: [], rejection: null, paidAt: null, paymentReference: null,
    createdAt: at, history: [{ at, type: 'submitted', actor: null }], version: 1,
  }
  const fen = (y: number) => Math.round(y * 100)
  const enrolment: Enrolment = {
    ...e, capUsed: (fen(e.capUsed) + fen(payout.payable)) / 100,
    criticalUsed: e.criticalUsed || (benefit.kind === 'critical_illness' && payout.payable > 0), version: e.version + 1,
  }
  return { claim, enrolment }
}
