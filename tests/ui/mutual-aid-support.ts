/** Shared by the mutual-aid page tests: fixtures as cloudfunctions/mutualAid/lib/views.ts writes them. */
import { computePayout } from '../../types/mutual-aid/payout'

export const INPATIENT = { kind: 'inpatient' as const, deductible: 500, ratio: 0.5, perStayCap: 10_000 }
export const CRITICAL = { kind: 'critical_illness' as const, lumpSum: 10_000, diseases: ['恶性肿瘤'] }

export const cover = (over: Record<string, unknown> = {}) => ({
  enrolled: true, planId: 'plan-2026', planName: '2026 年度职工医疗互助', year: 2026, demo: true, by: 'union', status: 'active', statusLabel: '保障中',
  coverFrom: '2026-01-01', coverTo: '2026-12-31', covered: true, waitingLastDay: null, feeDue: 60, paymentConfirmed: true,
  annualCap: 30_000, annualCapLeft: 8_000, criticalUsed: false, benefits: [INPATIENT, CRITICAL], claimWithinDays: 180, renewal: null, ...over,
})

export const plan = (over: Record<string, unknown> = {}) => ({
  id: 'plan-2026', name: '2026 年度职工医疗互助', year: 2026, feePerPerson: 60, coverFrom: '2026-01-01', coverTo: '2026-12-31',
  enrolFrom: '2025-11-01', enrolTo: '2026-01-31', waitingDays: 90, claimWithinDays: 180, annualCap: 30_000, reviewThreshold: 5_000,
  sampleRate: 0.1, benefits: [INPATIENT, CRITICAL], locked: false, demo: true, ...over,
})

/** The payout as a view carries it: reductions with their labels. */
export function payoutView(selfPaid: number, capLeft = 8_000) {
  const p = computePayout({ benefit: INPATIENT, selfPaidInPolicy: selfPaid, annualCapLeft: capLeft, criticalAlreadyPaid: false })
  return { ...p, reasons: p.reasons.map((code) => ({ code, label: code })) }
}

export const claimView = (over: Record<string, unknown> = {}) => ({
  id: 'cl-1', role: 'member', status: 'submitted', statusLabel: '已提交，等待工会审核材料', planId: 'plan-2026', benefit: 'inpatient',
  hospital: '义乌市中心医院', admittedAt: '2026-03-02', dischargedAt: '2026-03-09', totalCost: 12_000, fundPaid: 8_000, selfPaidInPolicy: 2_500,
  invoiceCount: 1, documents: [{ slot: 'invoice', slotLabel: '发票', url: null }], accountMasked: '6222 **** **** 1234', payable: 1_000,
  payout: payoutView(2_500), sampled: false, decideBy: null, decideByLabel: null, overdue: false, returnNote: null, rejection: null,
  paidAt: null, paidLabel: null, createdAt: '2026-03-12T10:00:00+08:00', diagnosis: null,
  history: [{ at: '2026-03-12T10:00:00+08:00', type: 'submitted', note: null, code: null }], ...over,
})

export const officerView = (over: Record<string, unknown> = {}) => claimView({
  role: 'officer', memberNo: 'YW2026000001', approvals: [], paymentReference: null, mayReview: false, mayApprove: true,
  status: 'checked', decideBy: '2026-03-20T00:00:00+08:00', decideByLabel: '3月19日 24:00', ...over,
})
