/**
 * Store port for medical mutual aid (issue 12). Same rules as port.ts: keyset pages backed by indexes in both
 * adapters, version-guarded replaces. Born for CloudBase:
 * - an enrolment document carries the member's running totals for its cover year (`capUsed`, `criticalUsed`),
 *   so the annual-cap check is one read, not a sum over claims;
 * - filing a claim writes the claim, one key document per invoice (`_id` = keyed hash of the invoice number: a
 *   duplicate is a unique-key clash, never a scan) and the enrolment's totals: one SQLite transaction; on CloudBase
 *   three single requests in a crash-safe order (cloudbase/mutual-aid-filing.ts), whose leftovers a retry of the
 *   same requestKey or `settleFilings` (the hourly sweep) repairs.
 * Health details, diagnoses and bank accounts are stored only encrypted (`*Enc`), with masks for lists.
 */
import type { Page } from '../../../types/zod'
import type { BenefitKind, ClaimStatus, DocumentSlot, EnrolmentStatus, ReductionCode, RejectCode } from '../../../types/mutual-aid-labels'
import type { Benefit, Payout } from '../../../types/mutual-aid/payout'

export type Plan = {
  id: string
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
  /** True once a claim exists: the money rules are frozen (a new version is a new plan). */
  locked: boolean
  demo: boolean
  createdAt: string
  updatedAt: string
  version: number
}

export type Enrolment = {
  /** `${planId}:${memberId}`: one enrolment per member and plan, by construction. */
  id: string
  planId: string
  memberId: string
  memberNo: string
  /** HMAC(openid) of the member's account (the membership holderKey): "my cover". */
  holderKey: string
  /** The union that enrolled the member (group) or the member's union (self): reviews its claims. */
  orgId: string
  orgPath: string
  by: 'union' | 'self'
  status: EnrolmentStatus
  enrolledAt: string
  feeDue: number
  paymentReference: string | null
  paymentConfirmedAt: string | null
  coverFrom: string
  coverTo: string
  /** Payable of this cover year's claims not rejected (reserved at filing, released on rejection). */
  capUsed: number
  criticalUsed: boolean
  /**
   * The last covered day when the membership ended before coverTo (status `ended`): stays admitted after it are
   * outside cover, so a claim needs the enrolment only, not the member. Null while the membership stands.
   */
  endedOn: string | null
  version: number
}

export type ClaimDocument = { slot: DocumentSlot; fileId: string }

export type ClaimEvent = { at: string; type: string; actor: string | null; note?: string; code?: string }

export type Claim = {
  id: string
  /** HMAC(openid + requestId). Unique. */
  requestKey: string
  holderKey: string
  enrolmentId: string
  planId: string
  memberNo: string
  benefit: BenefitKind
  hospital: string
  admittedAt: string
  dischargedAt: string
  totalCost: number
  fundPaid: number
  selfPaidInPolicy: number
  /** Keyed hashes of the invoice numbers (never the numbers in clear). */
  invoiceHashes: string[]
  documents: ClaimDocument[]
  /** Encrypted JSON `{ bankName, accountNo, accountName }`; the mask for lists. */
  payoutEnc: string
  accountMasked: string
  /** Encrypted optional diagnosis text. */
  diagnosisEnc: string | null
  consents: { health: { version: string; at: string } }
  /** The itemised computation at filing (and again at approval: the same function, the same inputs). */
  payout: Payout
  reductions: ReductionCode[]
  status: ClaimStatus
  /** The union that checks documents, and the federation that approves. */
  reviewOrgId: string
  reviewPath: string
  approveOrgId: string
  approvePath: string
  sampled: boolean
  /** The recorded random draw in [0, 1) that decided sampling (auditable, never re-rolled). */
  sampleDraw: number
  /** Decide-by after the documents are complete (null before, and while returned to the member). */
  decideBy: string | null
  /** The sweep's key while a decision is due. Sparse index. */
  escalateAt: string | null
  overdue: boolean
  approvals: { by: string; at: string }[]
  rejection: { code: RejectCode; note: string } | null
  paidAt: string | null
  paymentReference: string | null
  createdAt: string
  history: ClaimEvent[]
  version: number
}

export type FileClaimResult =
  | { ok: true }
  /** The requestKey exists: a retry (answer with that claim). */
  | { ok: false; reason: 'DUPLICATE_REQUEST'; existingId: string }
  /** An invoice hash is already used by any claim of anyone. */
  | { ok: false; reason: 'DUPLICATE_INVOICE' }
  /** The enrolment changed since it was read (another claim took cap): re-read and compute again. */
  | { ok: false; reason: 'ENROLMENT_CHANGED' }

export interface MutualAidStore {
  /** Insert, or replace iff the stored version is `p.version - 1`; false on a lost race. */
  savePlan(p: Plan): Promise<boolean>
  getPlan(id: string): Promise<Plan | null>
  /** Plans newest year first. */
  listPlans(after: string | undefined, limit: number): Promise<Page<Plan>>

  /** Inserts the enrolments whose id is new; returns the ids that already existed (enrolling twice → one). */
  addEnrolments(es: Enrolment[]): Promise<{ existing: string[] }>
  getEnrolment(id: string): Promise<Enrolment | null>
  /** The holder's enrolments, newest cover year first. */
  listEnrolmentsByHolder(holderKey: string, limit: number): Promise<Enrolment[]>
  listEnrolmentsOfOrg(orgId: string, planId: string, after: string | undefined, limit: number): Promise<Page<Enrolment>>
  updateEnrolment(e: Enrolment): Promise<boolean>
  /**
   * 确认缴费 in one conditional write: the enrolment `id` → `active` with the payment's reference and time and the
   * next version, iff it is `enrolled` and its orgPath lies in `scopeOrgId`'s scope (domain/scope.ts `inScope`).
   * Returns the enrolment as written, or null when nothing matched (no such enrolment, out of scope, or another
   * status: the caller reads it to say which).
   */
  confirmEnrolment(id: string, scopeOrgId: string, reference: string, at: string): Promise<Enrolment | null>
  /**
   * The membership `memberId` (held by `holderKey`) ended: each of its enrolments still `enrolled` or `active` →
   * `ended` with `endedOn` = `lastDay` and the next version (an in-flight claim then loses its version race and
   * reads the end). Idempotent; returns how many it ended.
   */
  endEnrolments(holderKey: string, memberId: string, lastDay: string): Promise<number>

  /**
   * Inserts the claim iff its requestKey is unused and none of its invoice hashes is used, and replaces the
   * enrolment iff its stored version is `enrolment.version - 1` (its totals reserved for this claim); on a refusal
   * nothing of this call stays. All or nothing on SQLite. On CloudBase a failure between its writes can leave a
   * reservation without a claim, or invoice keys held for the requestKey: never a claim whose payable is not
   * reserved or whose invoices are not keyed. The same requestKey filed again (a fresh id, the enrolment read
   * again) completes it; `settleFilings` gives back what was left.
   */
  fileClaim(c: Claim, enrolment: Enrolment): Promise<FileClaimResult>
  /**
   * Repairs filings begun at or before `before` that never completed (CloudBase; nothing to do on SQLite): a
   * reservation without its claim is given back with the invoice keys only it held; a completed one is settled.
   * One page of enrolments per call, in (oldest open filing, id) order; `next` continues.
   */
  settleFilings(before: string, after: string | undefined, limit: number): Promise<{ settled: number; released: number; next: string | null }>
  getClaim(id: string): Promise<Claim | null>
  getClaimByRequestKey(requestKey: string): Promise<Claim | null>
  /** Whether any claim uses this invoice hash (the pre-check; fileClaim is the guarantee). One indexed read. */
  invoiceUsed(invoiceHash: string): Promise<boolean>
  /** Replace iff the stored version is `c.version - 1` (and the enrolment too, when given, in the same unit). */
  updateClaim(c: Claim, enrolment?: Enrolment): Promise<boolean>
  /**
   * 不予互助 in one conditional write, nothing read first: the claim `id` → `rejected` with `rejection` and `event`
   * appended to its history, `escalateAt` null and the next version, iff it is `checked`, its approvePath lies in
   * `guard.scopeOrgId`'s scope (domain/scope.ts `inScope`) and its holder is not `guard.notHolderKey` (no one decides
   * their own claim). Then its reservation is given back on its enrolment exactly once — `payout.payable` off
   * `capUsed`, `criticalUsed` cleared when this claim set it — with the enrolment's next version (a filing that read it
   * before loses its race). Returns the claim as written, or null when nothing matched (the caller reads it to say
   * why). SQLite: one transaction. CloudBase: two single requests, the claim first (one find-and-modify, marked
   * `releaseDue` = `event.at`), then one atomic update of the enrolment guarded by the claims it has released; a failure
   * between them leaves the cap reserved (under-used, never exceeded) until `settleRejections` gives it back.
   */
  rejectClaim(
    id: string, guard: { scopeOrgId: string; notHolderKey: string }, rejection: { code: RejectCode; note: string }, event: ClaimEvent,
  ): Promise<Claim | null>
  /**
   * Finishes the rejections marked at or before `before` (CloudBase; nothing to do on SQLite): each claim's release
   * is made if a failure lost it (`released`), then its mark is cleared (`settled` counts all). One page of claims
   * per call, in (releaseDue, id) order; `next` continues.
   */
  settleRejections(before: string, after: string | undefined, limit: number): Promise<{ settled: number; released: number; next: string | null }>
  /** Claims waiting on an org: reviewOrgId with status submitted, or approveOrgId with status checked/approved. Ordered (decideBy ?? createdAt, id). */
  listClaimQueue(orgId: string, stage: 'review' | 'approve' | 'pay', after: string | undefined, limit: number): Promise<Page<Claim>>
  listClaimsByHolder(holderKey: string, after: string | undefined, limit: number): Promise<Page<Claim>>
  /** Claims with escalateAt ≤ now, ordered (escalateAt, id). */
  listClaimsDue(now: string, after: string | undefined, limit: number): Promise<Page<Claim>>
  /** Claims of a plan whose reviewPath starts with `pathPrefix` (stats). Cursor = `${createdAt}|${id}`. */
  listClaimsForStats(planId: string, pathPrefix: string, after: string | undefined, limit: number): Promise<Page<Claim>>
}
