/**
 * The claim form: state, the checks worth making before the confirm step (worded like types/mutual-aid.ts
 * `claimInput`, which stays the authority: its `fields` come back the same way), the request, and the live
 * estimate — the server's own computation (types/mutual-aid/payout.ts), so typing an amount never calls the server.
 */
import { REQUIRED_SLOTS, DOCUMENT_SLOT_LABELS, type BenefitKind, type DocumentSlot } from '../../types/mutual-aid-labels'
import { computePayout, type Benefit, type Payout } from '../../types/mutual-aid/payout'
import type { ClaimRequest } from '../services/mutual-aid'
import { parseYuan } from './format'

export type ClaimForm = {
  benefit: BenefitKind | null
  hospital: string
  admittedAt: string
  dischargedAt: string
  totalCost: string
  fundPaid: string
  selfPaidInPolicy: string
  invoiceNumbers: string[]
  bankName: string
  accountNo: string
  accountName: string
  diagnosis: string
  consent: boolean
}

export const emptyClaim: ClaimForm = {
  benefit: null, hospital: '', admittedAt: '', dischargedAt: '', totalCost: '', fundPaid: '', selfPaidInPolicy: '',
  invoiceNumbers: [''], bankName: '', accountNo: '', accountName: '', diagnosis: '', consent: false,
}

export const HEALTH_CONSENT =
  '我同意工会为办理医疗互助，收集和使用我的病历、发票、医保结算单等健康信息（敏感个人信息），只用于审核和支付本次互助金。'

const digits = (s: string) => s.replace(/[\s-]/g, '')
const AMOUNT = '（元，最多两位小数）'

/** Field key → Chinese message, keyed like the server's `error.fields` (`payout.accountNo`, `invoiceNumbers.1`). */
export function checkClaim(f: ClaimForm, today: string, filled: DocumentSlot[]): Record<string, string> {
  const out: Record<string, string> = {}
  if (!f.benefit) out.benefit = '请选择保障项目'
  if (!f.hospital.trim()) out.hospital = '请填写医院名称'
  if (!f.admittedAt) out.admittedAt = '请选择入院日期'
  else if (f.admittedAt > today) out.admittedAt = '入院日期不能晚于今天'
  if (!f.dischargedAt) out.dischargedAt = '请选择出院日期'
  else if (f.dischargedAt > today) out.dischargedAt = '出院日期不能晚于今天'
  else if (f.admittedAt && f.dischargedAt < f.admittedAt) out.dischargedAt = '出院日期不能早于入院日期'
  const total = parseYuan(f.totalCost)
  const fund = parseYuan(f.fundPaid)
  const self = parseYuan(f.selfPaidInPolicy)
  if (total === null) out.totalCost = `请填写医疗总费用${AMOUNT}`
  if (fund === null) out.fundPaid = `请填写医保统筹支付金额${AMOUNT}，没有填 0`
  if (self === null) out.selfPaidInPolicy = `请填写政策范围内个人自付金额${AMOUNT}`
  if (total !== null && self !== null && self > total) out.selfPaidInPolicy = '个人自付金额不能大于医疗总费用'
  else if (total !== null && self !== null && fund !== null && fund + self > total + 0.001) out.fundPaid = '统筹支付与个人自付之和不能大于医疗总费用'
  f.invoiceNumbers.forEach((n, i) => {
    if (!/^\d{18,20}$/.test(digits(n))) out[`invoiceNumbers.${i}`] = n.trim() ? '发票号码应为 20 位数字（电子发票）或 发票代码加号码' : '请填写发票号码'
  })
  if (f.benefit) {
    for (const slot of REQUIRED_SLOTS[f.benefit]) if (!filled.includes(slot)) out[`slot.${slot}`] = `请上传${DOCUMENT_SLOT_LABELS[slot]}的照片`
  }
  if (!f.bankName.trim()) out['payout.bankName'] = '请填写开户银行'
  if (!/^\d{12,30}$/.test(f.accountNo.replace(/\s/g, ''))) out['payout.accountNo'] = '银行卡号应为 12–30 位数字'
  if (!f.accountName.trim()) out['payout.accountName'] = '请填写户名'
  if (f.diagnosis.trim().length > 200) out.diagnosis = '诊断不能超过 200 个字'
  if (!f.consent) out['consents.health'] = '请同意工会为办理互助处理您的健康信息'
  return out
}

export function toClaimRequest(f: ClaimForm, requestId: string, attachments: ClaimRequest['attachments']): ClaimRequest {
  return {
    requestId, benefit: f.benefit as BenefitKind, hospital: f.hospital.trim(), admittedAt: f.admittedAt, dischargedAt: f.dischargedAt,
    totalCost: parseYuan(f.totalCost) ?? 0, fundPaid: parseYuan(f.fundPaid) ?? 0, selfPaidInPolicy: parseYuan(f.selfPaidInPolicy) ?? 0,
    invoiceNumbers: f.invoiceNumbers.map(digits), attachments,
    payout: { bankName: f.bankName.trim(), accountNo: f.accountNo.replace(/\s/g, ''), accountName: f.accountName.trim() },
    ...(f.diagnosis.trim() ? { diagnosis: f.diagnosis.trim() } : {}),
    consents: { health: true },
  }
}

export type LiveEstimate = { payout: Payout } | { waiting: string }

/** The estimate as the worker types, from the plan's benefits and what is left of the cap; or what it still needs. */
export function liveEstimate(f: ClaimForm, benefits: Benefit[] | null, capLeft: number | null, criticalUsed = false): LiveEstimate {
  if (!benefits || capLeft === null) return { waiting: '正在读取您的保障计划…' }
  if (!f.benefit) return { waiting: '选择保障项目后显示预估互助金' }
  const benefit = benefits.find((b) => b.kind === f.benefit)
  if (!benefit) return { waiting: '您参加的计划不包含这个保障项目' }
  const self = parseYuan(f.selfPaidInPolicy)
  if (benefit.kind === 'inpatient' && self === null) return { waiting: '填写“政策范围内个人自付”金额后显示预估互助金' }
  return { payout: computePayout({ benefit, selfPaidInPolicy: self ?? 0, annualCapLeft: capLeft, criticalAlreadyPaid: criticalUsed }) }
}
