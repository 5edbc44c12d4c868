/**
 * Medical mutual aid (职工医疗互助, issue 12) labels, codes and explanations, free of zod: pages import these.
 */

export const BENEFIT_KINDS = ['inpatient', 'critical_illness'] as const
export type BenefitKind = (typeof BENEFIT_KINDS)[number]
export const BENEFIT_LABELS: Record<BenefitKind, string> = { inpatient: '住院', critical_illness: '重大疾病' }

export const ENROLMENT_STATUSES = ['enrolled', 'active', 'ended'] as const
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number]
export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = { enrolled: '已登记，待确认缴费', active: '保障中', ended: '已终止' }

export const CLAIM_STATUSES = ['submitted', 'returned', 'checked', 'approved', 'rejected', 'paid'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  submitted: '已提交，等待工会审核材料',
  returned: '材料需要补正',
  checked: '材料齐全，等待审批',
  approved: '已审批，等待支付',
  rejected: '不予互助',
  paid: '已支付',
}

/** Typed photo slots: all three for inpatient stays; the diagnosis certificate for critical illness. */
export const DOCUMENT_SLOTS = ['invoice', 'settlement', 'discharge_summary', 'diagnosis'] as const
export type DocumentSlot = (typeof DOCUMENT_SLOTS)[number]
export const DOCUMENT_SLOT_LABELS: Record<DocumentSlot, string> = {
  invoice: '发票', settlement: '医保结算单', discharge_summary: '出院小结', diagnosis: '诊断证明',
}
export const REQUIRED_SLOTS: Record<BenefitKind, DocumentSlot[]> = {
  inpatient: ['invoice', 'settlement', 'discharge_summary'],
  critical_illness: ['diagnosis'],
}

/** Refusals at submission: the claim is not filed, the code says what to do. */
export const REFUSAL_CODES = [
  'MUTUAL_AID.NOT_ENROLLED', 'MUTUAL_AID.WAITING_PERIOD', 'MUTUAL_AID.OUTSIDE_COVER',
  'MUTUAL_AID.CLAIM_TOO_LATE', 'MUTUAL_AID.DUPLICATE_INVOICE', 'MUTUAL_AID.DOCUMENTS_MISSING',
] as const
export type RefusalCode = (typeof REFUSAL_CODES)[number]

/** Reductions on the itemised lines: the claim is filed. */
export const REDUCTION_CODES = ['BELOW_DEDUCTIBLE', 'PER_STAY_CAP', 'ANNUAL_CAP', 'CRITICAL_ALREADY_PAID'] as const
export type ReductionCode = (typeof REDUCTION_CODES)[number]
export const REDUCTION_LABELS: Record<ReductionCode, string> = {
  BELOW_DEDUCTIBLE: '政策范围内自付金额未超过起付线，本次互助金为 0',
  PER_STAY_CAP: '超过每次住院的最高互助金额，按上限支付',
  ANNUAL_CAP: '超过本年度剩余的互助额度，按剩余额度支付',
  CRITICAL_ALREADY_PAID: '本保障年度已领取过重大疾病互助金，每年只能领取一次',
}

/** Rejection by the approving federation (after the documents were checked). */
export const REJECT_CODES = ['NOT_COVERED_CONDITION', 'DOCUMENTS_INVALID', 'FRAUD_SUSPECTED', 'OTHER'] as const
export type RejectCode = (typeof REJECT_CODES)[number]
export const REJECT_LABELS: Record<RejectCode, string> = {
  NOT_COVERED_CONDITION: '病种或费用不在互助保障范围内',
  DOCUMENTS_INVALID: '票据或证明材料无效',
  FRAUD_SUSPECTED: '材料与实际情况不符',
  OTHER: '其他原因（见说明）',
}

/** Working days from complete documents to the approving federation's decision. */
export const DECIDE_WORKDAYS = 5

export const MUTUAL_AID_ERRORS = {
  'MUTUAL_AID.NOT_ENROLLED': '就诊时您没有生效的互助保障，请先参加互助保障计划',
  'MUTUAL_AID.WAITING_PERIOD': '入院时还在等待期内，等待期内的住院不能申请互助金',
  'MUTUAL_AID.OUTSIDE_COVER': '入院日期不在保障期内',
  'MUTUAL_AID.CLAIM_TOO_LATE': '出院已超过申请期限，不能再申请互助金',
  'MUTUAL_AID.DUPLICATE_INVOICE': '这张发票已经申请过互助金，同一张发票不能重复申请',
  'MUTUAL_AID.DOCUMENTS_MISSING': '请上传全部必需的材料照片',
  'MUTUAL_AID.PLAN_LOCKED': '这个计划已经有理赔，不能再修改金额规则，请新建一个版本',
  'MUTUAL_AID.NOT_MEMBER': '只有在册的工会会员才能参加互助保障',
  'MUTUAL_AID.ALREADY_ENROLLED': '已经参加了这个保障计划',
  'MUTUAL_AID.OUTSIDE_ENROLMENT': '不在这个计划的参保登记期内',
  'MUTUAL_AID.NOT_IN_STATE': '这笔理赔当前的状态不能进行此操作',
  'MUTUAL_AID.SAME_OFFICER': '抽检的理赔需要另一位干部复核审批',
} as const
export type MutualAidErrorCode = keyof typeof MUTUAL_AID_ERRORS

/** 6222 **** **** 1234 */
export function maskAccountNo(accountNo: string): string {
  const digits = accountNo.replace(/\s/g, '')
  return digits.length <= 8 ? '****' : `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`
}
