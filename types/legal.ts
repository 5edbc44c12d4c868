/**
 * Legal help (issue 11): consultations with union lawyers, the worker's legal toolkit, union legal aid.
 * One zod/mini schema per action, used by the function boundary and by the pages' forms.
 */
import * as z from 'zod/mini'
import { idField, phoneField, requestIdField } from './fields'
import { isValidReceipt, normaliseReceipt } from './grievance-labels'
import { isDay } from './legal/days'
import {
  AID_HELP,
  AID_REFUSE_REASONS,
  CONSULT_PRIVACY,
  CONSULT_STATUSES,
  LEGAL_CATEGORIES,
} from './legal-labels'
import { text } from './zod'

export * from './legal-labels'

// ---- fields ----
const consultId = idField('咨询编号')
const aidId = idField('援助申请编号')
const category = z.enum(LEGAL_CATEGORIES, '请选择问题类别')
const requestId = requestIdField()
const cursor = z.optional(z.string().check(z.maxLength(200)))
const limit = z.optional(z.int().check(z.gte(1, '每页至少 1 条'), z.lte(100, '每页最多 100 条')))
const receipt = z.string({ error: '请输入回执码' }).check(
  z.overwrite(normaliseReceipt),
  z.regex(/^\d{16}$/, '回执码应为 16 位数字'),
  z.refine(isValidReceipt, '回执码有误，请核对后重新输入'),
)
export const dayField = (label: string) =>
  z.string({ error: `请填写${label}` }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 年-月-日`), z.refine(isDay, `${label}不是有效日期`))
/** Yuan with at most 2 decimals, 0 … max. */
export const yuanField = (label: string, max = 100_000_000) =>
  z.number({ error: `请填写${label}` }).check(
    z.gte(0, `${label}不能为负数`),
    z.lte(max, `${label}不能超过 ${max} 元`),
    z.refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, `${label}最多保留两位小数`),
  )
const hours = (label: string) =>
  z.number({ error: `请填写${label}` }).check(
    z.gte(0, `${label}不能为负数`),
    z.lte(2000, `${label}不能超过 2000 小时`),
    z.refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, `${label}最多保留两位小数`),
  )
const attachments = z._default(
  z.array(z.string({ error: '照片编号不正确' }).check(z.minLength(1, '照片编号不正确'), z.maxLength(300, '照片编号不正确')), '照片列表格式不正确')
    .check(z.maxLength(9, '最多上传 9 张照片')),
  [],
)
/** `id` (a signed-in worker's own consultation) or `receipt` (anonymous follow-up), not both. */
const byIdOrReceipt = { id: z.optional(consultId), receipt: z.optional(receipt) }
const oneOf = z.refine((v: unknown) => {
  const o = v as { id?: string; receipt?: string }
  return Boolean(o.id) !== Boolean(o.receipt)
}, { message: '请提供咨询编号或回执码（二选一）', path: ['id'] })
const startBeforeEnd = (a: string, b: string, message: string) =>
  z.refine((v: unknown) => {
    const o = v as Record<string, unknown>
    return typeof o[a] !== 'string' || typeof o[b] !== 'string' || (o[a] as string) <= (o[b] as string)
  }, { message, path: [b] })

// ---- consultations (worker) ----
export const askInput = z.object({
  requestId,
  category,
  question: z.string({ error: '请写下您的问题' }).check(
    z.trim(), z.minLength(10, '请至少写 10 个字，把问题说清楚'), z.maxLength(2000, '问题不能超过 2000 个字'),
  ),
  privacy: z.enum(CONSULT_PRIVACY, '请选择实名或匿名'),
  townId: z.optional(idField('镇（街道）')),
  enterpriseId: z.optional(idField('单位编号')),
  enterpriseName: z.optional(text('单位名称', 100)),
  /** A named asker may leave a name and phone for the lawyer (stored encrypted); an anonymous one must not. */
  contact: z.optional(z.object({ name: text('姓名', 50), phone: phoneField() }, '请填写姓名和手机号')),
  attachments,
}).check(z.refine((v) => v.privacy !== 'anonymous' || !v.contact, { message: '匿名咨询不需要填写姓名和电话，请删除后再提交', path: ['contact'] }))
export type AskInput = z.infer<typeof askInput>
export const getInput = z.object({ id: consultId })
export const byReceiptInput = z.object({ receipt })
export const mineInput = z.object({ cursor, limit })
/** `requestId` (optional for older clients): a retried send answers the first message instead of adding a copy. */
export const followUpInput = z.object({ ...byIdOrReceipt, requestId: z.optional(requestId), text: text('补充内容', 1000), attachments }).check(oneOf)
export const closeInput = z.object(byIdOrReceipt).check(oneOf)
export const rateInput = z.object({
  ...byIdOrReceipt,
  score: z.int('评分应为 1–5 的整数').check(z.gte(1, '评分应为 1–5 分'), z.lte(5, '评分应为 1–5 分')),
  solved: z.boolean('请选择问题是否解决'),
}).check(oneOf)

// ---- consultations (lawyers) ----
export const queueInput = z.object({ orgId: z.optional(idField('组织编号')), status: z.optional(z.enum(CONSULT_STATUSES, '状态不正确')), cursor, limit })
export const claimInput = z.object({ id: consultId })
export const answerInput = z.object({
  id: consultId,
  text: z.string({ error: '请填写答复' }).check(z.trim(), z.minLength(10, '答复至少 10 个字'), z.maxLength(4000, '答复不能超过 4000 个字')),
})
export const publishInput = z.object({ id: consultId, question: text('公开的问题', 2000), answer: text('公开的答复', 4000) })

// ---- knowledge base ----
export const searchInput = z.object({ q: z.optional(z.string().check(z.trim(), z.maxLength(50, '搜索词不能超过 50 个字'))), category: z.optional(category), cursor, limit })
export const articleSaveInput = z.object({ id: z.optional(idField('文章编号')), category, title: text('标题', 100), body: text('正文', 8000) })
export const articleUnpublishInput = z.object({ id: idField('文章编号') })

// ---- toolkit ----
export const limitationInput = z.object({
  category,
  knewAt: dayField('知道权利被侵害的日期'),
  employmentEndedAt: z.optional(dayField('劳动关系终止日期')),
  interruptions: z._default(z.array(dayField('时效中断日期')).check(z.maxLength(20, '中断日期最多 20 个')), []),
})
export const limitationRemindInput = z.object({ requestId, ...limitationInput.shape })
export const overtimeInput = z.object({
  kind: z.literal('overtime'),
  monthlyWage: yuanField('月工资', 1_000_000),
  weekdayHours: hours('工作日延长工时'),
  restDayHours: hours('休息日加班时长'),
  holidayHours: hours('法定节假日加班时长'),
})
export const noContractInput = z.object({
  kind: z.literal('no_contract'),
  monthlyWage: yuanField('月工资', 1_000_000),
  startDate: dayField('入职日期'),
  signedDate: z.optional(dayField('签订合同日期')),
  asOf: dayField('计算截止日期'),
}).check(startBeforeEnd('startDate', 'signedDate', '签订合同日期不能早于入职日期'), startBeforeEnd('startDate', 'asOf', '计算截止日期不能早于入职日期'))
export const COMPENSATION_VARIANTS = ['N', 'N+1', '2N'] as const
export const compensationInput = z.object({
  kind: z.literal('compensation'),
  monthlyWage: yuanField('月工资', 1_000_000),
  localAverageMonthlyWage: yuanField('当地月平均工资', 1_000_000).check(z.gt(0, '当地月平均工资应大于 0')),
  startDate: dayField('入职日期'),
  endDate: dayField('离职日期'),
  variant: z.enum(COMPENSATION_VARIANTS, '请选择计算方式：N、N+1 或 2N'),
}).check(startBeforeEnd('startDate', 'endDate', '离职日期不能早于入职日期'))
export const calculateInput = z.discriminatedUnion('kind', [overtimeInput, noContractInput, compensationInput], { error: '请选择计算器：overtime、no_contract 或 compensation' })
export const setParametersInput = z.object({
  year: z.int('年份应为整数').check(z.gte(2020, '年份不正确'), z.lte(2100, '年份不正确')),
  localAverageMonthlyWage: yuanField('当地月平均工资', 1_000_000).check(z.gt(0, '当地月平均工资应大于 0')),
  minimumMonthlyWage: yuanField('最低月工资', 1_000_000).check(z.gt(0, '最低月工资应大于 0')),
  aidIncomeThreshold: z.optional(yuanField('援助收入标准', 1_000_000)),
})
export const parametersInput = z.object({ year: z.optional(z.int('年份应为整数')) })

// ---- legal aid ----
export const aidApplyInput = z.object({
  requestId,
  category,
  enterpriseId: z.optional(idField('单位编号')),
  enterpriseName: z.optional(text('单位名称', 100)),
  townId: z.optional(idField('镇（街道）')),
  claimAmount: yuanField('请求金额'),
  help: z.array(z.enum(AID_HELP, '援助形式不正确'), '请选择需要的帮助').check(z.minLength(1, '请至少选择一种需要的帮助'), z.maxLength(4, '援助形式最多 4 种')),
  migrantWorker: z.boolean('请选择是否为进城务工人员'),
  hardship: z._default(z.boolean('困难职工应为是或否'), false),
  householdIncomePerPerson: yuanField('家庭人均月收入', 10_000_000),
  facts: z.string({ error: '请写下事情经过' }).check(z.trim(), z.minLength(10, '事情经过至少 10 个字'), z.maxLength(4000, '事情经过不能超过 4000 个字')),
  limitationDeadline: z.optional(dayField('仲裁时效截止日')),
  applicant: z.object({ name: text('姓名', 50), phone: phoneField() }, '请填写申请人姓名和手机号'),
  attachments,
  consents: z.object({ shareWithUnion: z.literal(true, '请同意把申请材料提供给工会审查') }, '请同意把申请材料提供给工会审查'),
})
export type AidApplyInput = z.infer<typeof aidApplyInput>
export const aidGetInput = z.object({ id: aidId })
export const aidMineInput = z.object({ cursor, limit })
export const aidQueueInput = z.object({ orgId: z.optional(idField('组织编号')), cursor, limit })
export const aidRequestMaterialInput = z.object({ id: aidId, text: text('需要补充的材料', 500) })
export const aidSupplyInput = z.object({ id: aidId, text: text('补充说明', 2000), attachments })
export const aidDecideInput = z.object({
  id: aidId,
  decision: z.enum(['grant', 'refuse'] as const, '请选择同意或不予援助'),
  reasonCode: z.optional(z.enum(AID_REFUSE_REASONS, '请选择不予援助的理由')),
  lawyerOpenid: z.optional(idField('承办律师')),
  form: z.optional(z.array(z.enum(AID_HELP, '援助形式不正确')).check(z.minLength(1, '请至少选择一种援助形式'))),
  note: text('说明', 1000),
}).check(
  z.refine((v) => v.decision !== 'refuse' || Boolean(v.reasonCode), { message: '不予援助时请选择理由', path: ['reasonCode'] }),
  z.refine((v) => v.decision !== 'grant' || Boolean(v.lawyerOpenid), { message: '同意援助时请指定承办律师', path: ['lawyerOpenid'] }),
)

// ---- statistics ----
export const statsInput = z.object({
  orgId: z.optional(idField('组织编号')),
  from: z.optional(dayField('开始日期')),
  to: z.optional(dayField('结束日期')),
  format: z.optional(z.enum(['json', 'csv'] as const, '导出格式应为 json 或 csv')),
}).check(startBeforeEnd('from', 'to', '开始日期不能晚于结束日期'))
