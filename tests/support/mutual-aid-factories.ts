/**
 * Medical mutual aid test data (issue 12), in the style of factories.ts: minimal valid records, overrides for what
 * a test cares about, ids, keys and invoice hashes unique per call (and per run), so tests never need a global cleanup.
 */
import type { Claim, Enrolment, Plan } from '../../cloudfunctions/_lib/store/mutual-aid-port'
import { computePayout, type InpatientBenefit } from '../../types/mutual-aid/payout'
import { uid } from './factories'

const INPATIENT: InpatientBenefit = { kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10_000 }
const SAVED = '2026-10-20T09:00:00+08:00'
const ENROLLED = '2026-12-01T10:00:00+08:00'
const FILED = '2027-03-12T10:00:00+08:00'

let memberSerial = Math.floor(Math.random() * 1e9)
/** A member number of the schema's shape (`YW` + 10 digits), unique within the run. */
export function memberNo(): string {
  return `YW${String(++memberSerial).padStart(10, '0')}`
}

/** The demo-like plan for cover year 2027: 60 元, deductible 500, ratio 0.5. */
export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: uid('plan'),
    name: '2027 年度职工住院医疗互助（演示）',
    year: 2027,
    feePerPerson: 60,
    coverFrom: '2027-01-01',
    coverTo: '2027-12-31',
    enrolFrom: '2026-11-01',
    enrolTo: '2026-12-31',
    waitingDays: 90,
    claimWithinDays: 180,
    annualCap: 30_000,
    reviewThreshold: 5_000,
    sampleRate: 0.1,
    benefits: [INPATIENT, { kind: 'critical_illness', lumpSum: 10_000, diseases: ['恶性肿瘤', '急性心肌梗塞'] }],
    locked: false,
    demo: true,
    createdAt: SAVED,
    updatedAt: SAVED,
    version: 1,
    ...overrides,
  }
}

/** An active group enrolment of a member of an enterprise union; the id follows planId and memberId. */
export function enrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  const planId = overrides.planId ?? uid('plan')
  const memberId = overrides.memberId ?? uid('member')
  const orgId = overrides.orgId ?? uid('eu')
  return {
    id: `${planId}:${memberId}`,
    planId,
    memberId,
    memberNo: memberNo(),
    holderKey: uid('holder'),
    orgId,
    orgPath: `/city/town/${orgId}/`,
    by: 'union',
    status: 'active',
    enrolledAt: ENROLLED,
    feeDue: 60,
    paymentReference: 'BANK-20261205-001',
    paymentConfirmedAt: '2026-12-05T15:00:00+08:00',
    coverFrom: '2027-01-01',
    coverTo: '2027-12-31',
    capUsed: 0,
    criticalUsed: false,
    endedOn: null,
    version: 1,
    ...overrides,
  }
}

/** A submitted inpatient claim (self-paid 6,000 → payable 2,750) with one invoice, its documents not yet checked. */
export function claim(overrides: Partial<Claim> = {}): Claim {
  const reviewOrgId = overrides.reviewOrgId ?? uid('eu')
  const approveOrgId = overrides.approveOrgId ?? uid('town')
  const createdAt = overrides.createdAt ?? FILED
  return {
    id: uid('claim'),
    requestKey: uid('mreq'),
    holderKey: uid('holder'),
    enrolmentId: uid('enrolment'),
    planId: uid('plan'),
    memberNo: memberNo(),
    benefit: 'inpatient',
    hospital: '义乌市中心医院',
    admittedAt: '2027-03-01',
    dischargedAt: '2027-03-10',
    totalCost: 20_000,
    fundPaid: 12_000,
    selfPaidInPolicy: 6_000,
    invoiceHashes: [uid('inv')],
    documents: [
      { slot: 'invoice', fileId: `private/mutual-aid/${uid('f')}.jpg` },
      { slot: 'settlement', fileId: `private/mutual-aid/${uid('f')}.jpg` },
      { slot: 'discharge_summary', fileId: `private/mutual-aid/${uid('f')}.jpg` },
    ],
    payoutEnc: `enc:${uid('payout')}`,
    accountMasked: '6222 **** **** 1234',
    diagnosisEnc: null,
    consents: { health: { version: '2027-01', at: createdAt } },
    payout: computePayout({ benefit: INPATIENT, selfPaidInPolicy: 6_000, annualCapLeft: 30_000, criticalAlreadyPaid: false }),
    reductions: [],
    status: 'submitted',
    reviewOrgId,
    reviewPath: `/city/town/${reviewOrgId}/`,
    approveOrgId,
    approvePath: `/city/${approveOrgId}/`,
    sampled: false,
    sampleDraw: 0.42,
    decideBy: null,
    escalateAt: null,
    overdue: false,
    approvals: [],
    rejection: null,
    paidAt: null,
    paymentReference: null,
    createdAt,
    history: [{ at: createdAt, type: 'submitted', actor: null }],
    version: 1,
    ...overrides,
  }
}

/** A claim under `e`: its holder, plan, member and reviewing union. */
export function claimUnder(e: Enrolment, overrides: Partial<Claim> = {}): Claim {
  return claim({ holderKey: e.holderKey, enrolmentId: e.id, planId: e.planId, memberNo: e.memberNo, reviewOrgId: e.orgId, reviewPath: e.orgPath, ...overrides })
}

/** `e` with `c`'s payable reserved against the annual cap: the next version, as the claim handler writes it. */
export function reserved(e: Enrolment, c: Claim): Enrolment {
  return { ...e, capUsed: Math.round((e.capUsed + c.payout.payable) * 100) / 100, criticalUsed: e.criticalUsed || c.benefit === 'critical_illness', version: e.version + 1 }
}
