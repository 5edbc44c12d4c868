/**
 * The itemised mutual-aid computation (issue 12), pure and shared: the claim form's live estimate and the
 * approved amount come from this one function, so for unchanged inputs the approval equals the estimate.
 * Amounts in yuan (2 decimals); exact in fen, rounded half-up once.
 */
import type { BenefitKind, ReductionCode } from '../mutual-aid-labels'
import { REDUCTION_LABELS } from '../mutual-aid-labels'
import { divHalfUp, toFen, toYuan } from '../legal/money'

export type InpatientBenefit = { kind: 'inpatient'; deductible: number; ratio: number; perStayCap: number }
export type CriticalBenefit = { kind: 'critical_illness'; lumpSum: number; diseases: string[] }
export type Benefit = InpatientBenefit | CriticalBenefit

export type PayoutInput = {
  benefit: Benefit
  /** 医保结算单 "政策范围内个人自付" of the stay (inpatient). */
  selfPaidInPolicy: number
  /** What is left of the plan's annual cap for this member in this cover year, before this claim. */
  annualCapLeft: number
  /** A critical-illness lump sum was already paid (or is pending) this cover year. */
  criticalAlreadyPaid: boolean
}

export type PayoutLine = { label: string; amount: number; code?: ReductionCode }
export type Payout = {
  benefit: BenefitKind
  /** The amount the ratio applies to (self-paid above the deductible), or the lump sum. */
  eligible: number
  deductible: number
  ratio: number
  perStayCap: number | null
  payable: number
  annualCapLeftBefore: number
  annualCapLeftAfter: number
  reasons: ReductionCode[]
  lines: PayoutLine[]
}

const RATIO_SCALE = 10_000n

export function computePayout(i: PayoutInput): Payout {
  const reasons: ReductionCode[] = []
  const lines: PayoutLine[] = []
  const capLeft = toFen(i.annualCapLeft)
  let amount: bigint
  let eligible: bigint
  const b = i.benefit
  if (b.kind === 'inpatient') {
    const selfPaid = toFen(i.selfPaidInPolicy)
    const deductible = toFen(b.deductible)
    eligible = selfPaid > deductible ? selfPaid - deductible : 0n
    lines.push({ label: `政策范围内个人自付 ${i.selfPaidInPolicy} 元，减起付线 ${b.deductible} 元`, amount: toYuan(eligible) })
    amount = divHalfUp(eligible * BigInt(Math.round(b.ratio * 10_000)), RATIO_SCALE)
    lines.push({ label: `按 ${Math.round(b.ratio * 1000) / 10}% 互助`, amount: toYuan(amount) })
    if (eligible === 0n) reasons.push('BELOW_DEDUCTIBLE')
    const stayCap = toFen(b.perStayCap)
    if (amount > stayCap) {
      amount = stayCap
      reasons.push('PER_STAY_CAP')
      lines.push({ label: `每次住院最高 ${b.perStayCap} 元`, amount: toYuan(amount), code: 'PER_STAY_CAP' })
    }
  } else {
    eligible = toFen(b.lumpSum)
    amount = i.criticalAlreadyPaid ? 0n : eligible
    lines.push({ label: `重大疾病一次性互助金 ${b.lumpSum} 元`, amount: toYuan(eligible) })
    if (i.criticalAlreadyPaid) {
      reasons.push('CRITICAL_ALREADY_PAID')
      lines.push({ label: REDUCTION_LABELS.CRITICAL_ALREADY_PAID, amount: 0, code: 'CRITICAL_ALREADY_PAID' })
    }
  }
  if (amount > capLeft) {
    amount = capLeft
    reasons.push('ANNUAL_CAP')
    lines.push({ label: `本年度剩余额度 ${i.annualCapLeft} 元`, amount: toYuan(amount), code: 'ANNUAL_CAP' })
  }
  if (reasons.includes('BELOW_DEDUCTIBLE')) lines.push({ label: REDUCTION_LABELS.BELOW_DEDUCTIBLE, amount: 0, code: 'BELOW_DEDUCTIBLE' })
  lines.push({ label: '本次可获互助金', amount: toYuan(amount) })
  return {
    benefit: b.kind,
    eligible: toYuan(eligible),
    deductible: b.kind === 'inpatient' ? b.deductible : 0,
    ratio: b.kind === 'inpatient' ? b.ratio : 1,
    perStayCap: b.kind === 'inpatient' ? b.perStayCap : null,
    payable: toYuan(amount),
    annualCapLeftBefore: i.annualCapLeft,
    annualCapLeftAfter: toYuan(capLeft - amount),
    reasons,
    lines,
  }
}
