/**
 * Typed calls to the `mutualAid` function (issue 12; cloudfunctions/mutualAid). Types only: labels and codes come
 * from types/mutual-aid-labels.ts and the computation from types/mutual-aid/payout.ts, never types/mutual-aid.ts
 * (its values carry zod: docs/frontend.md "Size").
 */
import type { Envelope } from '../../types/envelope'
import type {
  BenefitKind, ClaimStatus, DocumentSlot, EnrolmentStatus, ReductionCode, RejectCode,
} from '../../types/mutual-aid-labels'
import type { Benefit, Payout } from '../../types/mutual-aid/payout'
import type { MemberView } from '../../types/membership-views'
import type { Page } from '../../types/zod'
import { call } from './api'
import { NETWORK_ERROR, type UploadPhoto } from './transport'
import { transport } from './transports'

export type PlanFields = {
  name: string
  year: number
  feePerPerson: number
  coverFrom: string
  coverTo: string
  enrolFrom: string
  enrolTo: string
  waitingDays: number
  claimWithinDays: number
  annualCap: number
  reviewThreshold: number
  sampleRate: number
  benefits: Benefit[]
}
export type PlanView = PlanFields & { id: string; locked: boolean; demo?: boolean }

/** A plan open for enrolment that the member does not hold yet (the renewal window, or the first plan). */
export type Renewal = { planId: string; name: string; year: number; feePerPerson: number; enrolFrom: string; enrolTo: string }

/** 我的互助保障 (cloudfunctions/mutualAid/lib/cover-view.ts). */
export type CoverView = {
  enrolled: true
  planId: string
  planName: string
  year: number
  demo: boolean
  by: 'union' | 'self'
  status: EnrolmentStatus
  statusLabel: string
  coverFrom: string
  coverTo: string
  /** Active and today inside the cover dates. */
  covered: boolean
  /** The waiting period's last day (null: cover started with the plan). */
  waitingLastDay: string | null
  feeDue: number
  paymentConfirmed: boolean
  annualCap: number
  annualCapLeft: number
  /** A critical-illness lump sum is paid or pending this cover year. */
  criticalUsed: boolean
  benefits: Benefit[]
  claimWithinDays: number
}
export type MyCover = ({ enrolled: false } | CoverView) & { renewal: Renewal | null }

export type EnrolResult = { planId: string; enrolled: { memberNo: string; status: EnrolmentStatus; coverFrom: string }[]; refused: { memberNo: string; code: string }[]; feeDue: number }

export type PayoutAccount = { bankName: string; accountNo: string; accountName: string }
export type ClaimRequest = {
  requestId: string
  benefit: BenefitKind
  hospital: string
  admittedAt: string
  dischargedAt: string
  totalCost: number
  fundPaid: number
  selfPaidInPolicy: number
  invoiceNumbers: string[]
  attachments: { slot: DocumentSlot; fileId: string }[]
  payout: PayoutAccount
  diagnosis?: string
  consents: { health: true }
}
export type ClaimResult = { id: string; status: ClaimStatus; payable: number; sampled: boolean; decideBy: string | null; payout?: PayoutView }
export type EstimateRequest = { planId?: string; benefit: BenefitKind; admittedAt: string; dischargedAt: string; selfPaidInPolicy: number; totalCost?: number; fundPaid?: number }

export type ClaimEvent = { at: string; type: string; actor?: string | null; note?: string | null; code?: string | null }
export type ClaimDocumentView = { slot: DocumentSlot; slotLabel?: string; url: string | null }
/** The itemised computation as views carry it: each reduction with its Chinese label. */
export type PayoutView = Omit<Payout, 'reasons'> & { reasons: (ReductionCode | { code: ReductionCode; label: string })[] }

/** `get` (cloudfunctions/mutualAid/lib/views.ts): the member's own claim, or an officer's view of one in scope. */
export type ClaimView = {
  id: string
  role: 'member' | 'officer'
  status: ClaimStatus
  statusLabel: string
  planId: string
  benefit: BenefitKind
  hospital: string
  admittedAt: string
  dischargedAt: string
  totalCost: number
  fundPaid: number
  selfPaidInPolicy: number
  invoiceCount: number
  documents: ClaimDocumentView[]
  accountMasked: string
  payable: number
  payout: PayoutView
  sampled: boolean
  decideBy: string | null
  decideByLabel: string | null
  overdue: boolean
  /** What the union asked the member to fix (while returned). */
  returnNote: string | null
  rejection: { code: RejectCode; note: string; label?: string } | null
  paidAt: string | null
  /** "已支付 X 元" once paid. */
  paidLabel: string | null
  createdAt: string
  diagnosis: string | null
  history: ClaimEvent[]
  // officers only
  memberNo?: string
  approvals?: { by: string; at: string }[]
  paymentReference?: string | null
  mayReview?: boolean
  mayApprove?: boolean
}
/** A row of `mine` (with the benefit) or `queue` (with the member number): never the stay's details. */
export type ClaimRow = {
  id: string
  status: ClaimStatus
  statusLabel?: string
  benefit?: BenefitKind
  memberNo?: string
  payable: number
  paidLabel?: string | null
  sampled?: boolean
  approvals?: number
  accountMasked?: string
  decideBy: string | null
  decideByLabel: string | null
  overdue: boolean
  createdAt: string
}
export type QueueStage = 'review' | 'approve' | 'pay'

export type OrgStats = {
  enrolled: number
  active: number
  feesDue: number
  feesConfirmed: number
  claims: number
  byStatus: Record<ClaimStatus, number>
  paidTotal: number
  payoutRatio: number | null
  medianWorkdaysToPayment: number | null
  returned: number
  rejectedByCode: Record<RejectCode, number>
}
export type StatsRow = { org: { id: string; name: string; type: string }; stats: OrgStats }
export type StatsReply = { orgId: string; year: number; plans: { id: string; name: string }[]; truncated: boolean; org: StatsRow; children: StatsRow[] }

const page = (cursor?: string) => (cursor ? { cursor, limit: 20 } : { limit: 20 })

/**
 * One photo for a claim → its `fileId`, as the grievance evidence photos go: straight to cloud storage where the
 * transport can (`uploadSlot` → `uploadFile` → `finishUpload`; a call carries at most 100 KB), else in the call.
 */
export async function uploadClaimPhoto(photo: UploadPhoto): Promise<Envelope<{ fileId: string }>> {
  const { contentType, dataBase64 } = photo
  const t = await transport().catch(() => null)
  if (!t) return { ok: false, error: NETWORK_ERROR }
  if (t.uploads(photo)) {
    const slot = await call<{ cloudPath: string | null }>('mutualAid', 'uploadSlot', { contentType })
    if (!slot.ok) return slot
    if (slot.data.cloudPath) {
      const fileId = await t.uploadFile(slot.data.cloudPath, photo).catch(() => null)
      if (!fileId) return { ok: false, error: NETWORK_ERROR }
      return call<{ fileId: string }>('mutualAid', 'finishUpload', { contentType, fileId })
    }
  }
  return call<{ fileId: string }>('mutualAid', 'upload', { contentType, dataBase64 })
}

export const mutualAidApi = {
  plans: () => call<Page<PlanView>>('mutualAid', 'plans', { limit: 100 }),
  savePlan: (plan: PlanFields & { id?: string }) => call<{ id: string }>('mutualAid', 'savePlan', { plan }),
  myCover: () => call<MyCover>('mutualAid', 'myCover', {}),
  enrolSelf: (planId: string) => call<CoverView>('mutualAid', 'enrolSelf', { planId }),
  enrol: (planId: string, memberNos: string[]) => call<EnrolResult>('mutualAid', 'enrol', { planId, memberNos }),
  confirmPayment: (planId: string, memberNos: string[], reference: string) =>
    call<{ planId: string; confirmed: { memberNo: string; status: EnrolmentStatus; coverFrom: string }[]; refused: { memberNo: string; code: string }[] }>('mutualAid', 'confirmPayment', { planId, memberNos, reference }),
  estimate: (input: EstimateRequest) => call<PayoutView>('mutualAid', 'estimate', input),
  claim: (input: ClaimRequest) => call<ClaimResult>('mutualAid', 'claim', input),
  upload: uploadClaimPhoto,
  get: (id: string) => call<ClaimView>('mutualAid', 'get', { id }),
  revealAccount: (id: string) => call<{ id: string; bankName: string; accountNo: string; accountName: string }>('mutualAid', 'revealAccount', { id }),
  mine: (cursor?: string) => call<Page<ClaimRow>>('mutualAid', 'mine', page(cursor)),
  queue: (stage: QueueStage, cursor?: string) => call<Page<ClaimRow>>('mutualAid', 'queue', { stage, ...page(cursor) }),
  review: (id: string, decision: 'documents_ok' | 'return', note?: string) =>
    call<{ id: string; status: ClaimStatus }>('mutualAid', 'review', { id, decision, ...(note ? { note } : {}) }),
  resubmit: (id: string, attachments: { slot: DocumentSlot; fileId: string }[], note?: string) =>
    call<{ id: string; status: ClaimStatus }>('mutualAid', 'resubmit', { id, attachments, ...(note ? { note } : {}) }),
  approve: (id: string) => call<{ id: string; status: ClaimStatus; payable: number; approvals: number; secondApprovalNeeded: boolean }>('mutualAid', 'approve', { id }),
  reject: (id: string, reasonCode: RejectCode, note: string) => call<{ id: string; status: ClaimStatus }>('mutualAid', 'reject', { id, reasonCode, note }),
  markPaid: (id: string, reference: string) => call<{ id: string; status: ClaimStatus }>('mutualAid', 'markPaid', { id, reference }),
  /** The officer's roster (membership.members), 100 a page: the enrol page reads it to pick members or take them all. */
  roster: (after?: string) => call<Page<MemberView>>('membership', 'members', { limit: 100, ...(after ? { after } : {}) }),
  stats: (year?: number) => call<StatsReply>('mutualAid', 'stats', year ? { year } : {}),
  statsCsv: (year?: number) => call<{ filename: string; csv: string; truncated: boolean }>('mutualAid', 'stats', { format: 'csv', ...(year ? { year } : {}) }),
}
