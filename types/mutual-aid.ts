/**
 * Medical mutual aid (issue 12): one zod/mini schema per action of the `mutualAid` function, used at the function
 * boundary and by the pages' forms, with per-field Chinese messages.
 */
import * as z from 'zod/mini'
import { idField, requestIdField } from './fields'
import { dayField, yuanField } from './legal'
import { BENEFIT_KINDS, DOCUMENT_SLOTS, REJECT_CODES } from './mutual-aid-labels'
import { text } from './zod'

export * from './mutual-aid-labels'

const planId = idField('计划编号')
const claimId = idField('理赔编号')
const cursor = z.optional(z.string().check(z.maxLength(200)))
const limit = z.optional(z.int().check(z.gte(1, '每页至少 1 条'), z.lte(100, '每页最多 100 条')))
const ratio = (label: string) => z.number({ error: `请填写${label}` }).check(z.gte(0, `${label}应在 0 到 1 之间`), z.lte(1, `${label}应在 0 到 1 之间`))
const days = (label: string, max: number) => z.int(`${label}应为整数`).check(z.gte(0, `${label}不能为负数`), z.lte(max, `${label}不能超过 ${max} 天`))
const memberNo = z.string({ error: '请填写会员编号' }).check(z.trim(), z.regex(/^YW\d{10}$/, '会员编号格式不正确'))
const ordered = (a: string, b: string, message: string) =>
  z.refine((v: unknown) => {
    const o = v as Record<string, unknown>
    return typeof o[a] !== 'string' || typeof o[b] !== 'string' || (o[a] as string) <= (o[b] as string)
  }, { message, path: [b] })

export const inpatientBenefit = z.object({
  kind: z.literal('inpatient'),
  deductible: yuanField('起付线', 1_000_000),
  ratio: ratio('互助比例'),
  perStayCap: yuanField('每次住院最高互助金', 10_000_000),
})
export const criticalBenefit = z.object({
  kind: z.literal('critical_illness'),
  lumpSum: yuanField('重大疾病互助金', 10_000_000),
  diseases: z.array(text('病种', 50)).check(z.minLength(1, '请至少填写一种重大疾病'), z.maxLength(100, '病种最多 100 种')),
})
export const benefitInput = z.discriminatedUnion('kind', [inpatientBenefit, criticalBenefit], { error: '保障项目只能是住院或重大疾病' })

export const planInput = z.object({
  id: z.optional(planId),
  name: text('计划名称', 60),
  year: z.int('年度应为整数').check(z.gte(2020, '年度不正确'), z.lte(2100, '年度不正确')),
  feePerPerson: yuanField('每人每年会费', 100_000),
  coverFrom: dayField('保障开始日期'),
  coverTo: dayField('保障结束日期'),
  enrolFrom: dayField('登记开始日期'),
  enrolTo: dayField('登记截止日期'),
  waitingDays: days('等待期', 365),
  claimWithinDays: days('申请期限', 1000),
  annualCap: yuanField('年度最高互助金', 10_000_000),
  reviewThreshold: yuanField('复核金额线', 10_000_000),
  sampleRate: ratio('抽检比例'),
  benefits: z.array(benefitInput).check(z.minLength(1, '请至少设置一个保障项目'), z.maxLength(4, '保障项目最多 4 个')),
}).check(
  ordered('coverFrom', 'coverTo', '保障结束日期不能早于开始日期'),
  ordered('enrolFrom', 'enrolTo', '登记截止日期不能早于开始日期'),
  z.refine((v: unknown) => {
    const b = (v as { benefits?: { kind?: string }[] }).benefits
    return !Array.isArray(b) || new Set(b.map((x) => x?.kind)).size === b.length
  }, { message: '每种保障项目只能设置一次', path: ['benefits'] }),
)
export type PlanInput = z.infer<typeof planInput>
export const savePlanInput = z.object({ plan: planInput })
export const plansInput = z.object({ cursor, limit })

export const enrolInput = z.object({ planId, orgId: z.optional(idField('组织编号')), memberNos: z.array(memberNo).check(z.minLength(1, '请选择要登记的会员'), z.maxLength(5000, '一次最多登记 5000 人')) })
export const enrolSelfInput = z.object({ planId })
export const confirmPaymentInput = z.object({ planId, memberNos: z.array(memberNo).check(z.minLength(1, '请选择会员'), z.maxLength(5000, '一次最多确认 5000 人')), reference: text('缴费凭证号', 60) })
export const myCoverInput = z.object({ planId: z.optional(planId) })

/** What the estimate and the claim share: the stay and its amounts, checked against each other. */
const stayShape = {
  benefit: z.enum(BENEFIT_KINDS, '请选择保障项目'),
  admittedAt: dayField('入院日期'),
  dischargedAt: dayField('出院日期'),
  selfPaidInPolicy: yuanField('政策范围内个人自付金额'),
  totalCost: yuanField('医疗总费用'),
  fundPaid: yuanField('医保统筹支付金额'),
}
const stayRules = [
  ordered('admittedAt', 'dischargedAt', '出院日期不能早于入院日期'),
  z.refine((v: unknown) => {
    const o = v as { totalCost?: number; fundPaid?: number; selfPaidInPolicy?: number }
    return typeof o.totalCost !== 'number' || typeof o.selfPaidInPolicy !== 'number' || o.selfPaidInPolicy <= o.totalCost
  }, { message: '个人自付金额不能大于医疗总费用', path: ['selfPaidInPolicy'] }),
  z.refine((v: unknown) => {
    const o = v as { totalCost?: number; fundPaid?: number; selfPaidInPolicy?: number }
    return typeof o.totalCost !== 'number' || typeof o.fundPaid !== 'number' || typeof o.selfPaidInPolicy !== 'number' || o.fundPaid + o.selfPaidInPolicy <= o.totalCost + 0.001
  }, { message: '统筹支付与个人自付之和不能大于医疗总费用', path: ['fundPaid'] }),
] as const

export const estimateInput = z.object({
  planId: z.optional(planId),
  ...stayShape,
  totalCost: z.optional(stayShape.totalCost),
  fundPaid: z.optional(stayShape.fundPaid),
}).check(...stayRules)

/** 电子发票号码 (20 digits) or 发票代码 + 号码 (10–12 + 8 digits), spaces and dashes allowed. */
const invoiceNumber = z.string({ error: '请填写发票号码' }).check(
  z.overwrite((s) => s.replace(/[\s-]/g, '')),
  z.regex(/^(\d{20}|\d{18,20})$/, '发票号码应为 20 位数字（电子发票）或 发票代码加号码'),
)
export const claimInput = z.object({
  requestId: requestIdField(),
  ...stayShape,
  hospital: text('医院名称', 60),
  invoiceNumbers: z.array(invoiceNumber).check(z.minLength(1, '请至少填写一张发票号码'), z.maxLength(20, '发票最多 20 张')),
  attachments: z.array(z.object({ slot: z.enum(DOCUMENT_SLOTS, '照片类型不正确'), fileId: text('照片编号', 300) })).check(z.maxLength(20, '照片最多 20 张')),
  payout: z.object({
    bankName: text('开户银行', 40),
    accountNo: z.string({ error: '请填写银行卡号' }).check(z.overwrite((s) => s.replace(/\s/g, '')), z.regex(/^\d{12,30}$/, '银行卡号应为 12–30 位数字')),
    accountName: text('户名', 30),
  }, '请填写收款账户'),
  diagnosis: z.optional(z.string().check(z.trim(), z.maxLength(200, '诊断不能超过 200 个字'))),
  consents: z.object({ health: z.literal(true, '请同意工会为办理互助处理您的健康信息') }, '请同意工会为办理互助处理您的健康信息'),
}).check(...stayRules)
export type ClaimInput = z.infer<typeof claimInput>

export const getInput = z.object({ id: claimId })
export const mineInput = z.object({ cursor, limit })
export const queueInput = z.object({ orgId: z.optional(idField('组织编号')), stage: z._default(z.enum(['review', 'approve', 'pay'] as const, '队列类型不正确'), 'review'), cursor, limit })
export const reviewInput = z.object({ id: claimId, decision: z.enum(['documents_ok', 'return'] as const, '请选择材料齐全或退回补正'), note: z.optional(text('说明', 500)) })
  .check(z.refine((v: unknown) => (v as { decision?: string; note?: string }).decision !== 'return' || Boolean((v as { note?: string }).note), { message: '退回补正时请说明需要补什么', path: ['note'] }))
export const resubmitInput = z.object({ id: claimId, attachments: claimInput.shape.attachments, note: z.optional(text('说明', 500)) })
export const approveInput = z.object({ id: claimId })
export const rejectInput = z.object({ id: claimId, reasonCode: z.enum(REJECT_CODES, '请选择不予互助的理由'), note: text('说明', 500) })
export const markPaidInput = z.object({ id: claimId, reference: text('支付凭证号', 60) })
export const statsInput = z.object({ orgId: z.optional(idField('组织编号')), year: z.optional(z.int('年度应为整数')), format: z.optional(z.enum(['json', 'csv'] as const, '导出格式应为 json 或 csv')) })
