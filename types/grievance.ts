/**
 * Grievance reporting (维权诉求): constants, Chinese labels and action inputs shared by pages and the
 * `grievance` function. Routing, deadlines and privacy rules live in cloudfunctions/_lib/domain/grievance/.
 */
import * as z from 'zod/mini'
import { text, pageInput } from './zod'
import { idField, phoneField, requestIdField } from './fields'
import type { OrgType } from './directory'
import {
  GRIEVANCE_CATEGORIES,
  GRIEVANCE_STATUSES,
  OUTCOMES,
  PRIVACY_MODES,
  isValidReceipt,
  normaliseReceipt,
  type PrivacyMode,
} from './grievance-labels'

// Labels, explanations and receipt/deadline helpers live in the zod-free module that pages import.
export * from './grievance-labels'
export { PHONE_PATTERN } from './phone'

/** Org types that never receive, and never see, an `employer_blind` or `anonymous` report. */
export const GRASSROOTS_ORG_TYPES: readonly OrgType[] = ['enterprise_union', 'joint_union', 'area_committee']
/** Org types whose officers may see an `employer_blind` reporter's identity. */
export const FEDERATION_ORG_TYPES: readonly OrgType[] = ['town_federation', 'city_federation']

// ---- service promise ----
export const ACCEPT_WORKDAYS = 2
export const URGENT_ACCEPT_HOURS = 4
export const RESOLVE_CALENDAR_DAYS = 15
export const REOPEN_CALENDAR_DAYS = 15
export const COLLECTIVE_THRESHOLD = 10
/** Statistics rates are hidden below this many cases, so a small unit's figures cannot point at a reporter. */
export const MIN_CASES_FOR_RATE = 5

// ---- reporter identity as an officer may see it ----
export type Contact = { name: string; phone: string }
export type ReporterView =
  | { privacy: PrivacyMode; visible: true; name: string; phoneMasked: string }
  | { privacy: PrivacyMode; visible: false; notice: string }

// ---- error codes (beyond the generic ones) ----
export const GRIEVANCE_ERRORS = {
  'PRIVACY.TRANSFER_FORBIDDEN': '匿名或不让单位知道的诉求，不能转给企业工会、联合工会或片区工委',
  'GRIEVANCE.SAME_ORG': '诉求已经在这个工会，不用转办',
  'GRIEVANCE.NOT_OPEN': '诉求已办结，不能再进行此操作',
  'GRIEVANCE.THREAD_FULL': '这件诉求的留言已满 300 条，不能再留言；请电话联系工会，或另外提交一件诉求',
  'GRIEVANCE.UNKNOWN_ENTERPRISE': '没有找到这个单位，请重新搜索或直接填写单位名称',
  'GRIEVANCE.UNKNOWN_TOWN': '没有找到这个镇（街道），请重新选择',
  'GRIEVANCE.REOPEN_EXPIRED': '办结已超过 15 天，不能再重新打开，可以提交新的诉求',
  'GRIEVANCE.ALREADY_RATED': '这条诉求已经评价过了，每条诉求只能评价一次',
  'GRIEVANCE.REPORTER_ONLY': '只有最初反映问题的职工才能进行此操作；您可以继续关注进展并留言',
  'GRIEVANCE.OFFICERS_CANNOT_JOIN': '工会干部账号不能查看或加入职工的集体诉求',
} as const
export type GrievanceErrorCode = keyof typeof GRIEVANCE_ERRORS

// ---- field schemas ----
const requestId = requestIdField()
const caseId = idField('诉求编号')
const fileIds = z
  .array(
    z.string({ error: '照片编号不正确' }).check(z.minLength(1, '照片编号不正确'), z.maxLength(300, '照片编号不正确')),
    '照片列表格式不正确',
  )
  .check(z.maxLength(9, '最多上传 9 张照片'))
const privacy = z.enum(PRIVACY_MODES, '请选择隐私方式：实名、不让单位知道或匿名')
const affectedCount = z
  .int('受影响人数应为整数')
  .check(z.gte(1, '受影响人数至少为 1'), z.lte(100_000, '受影响人数不能超过 100000'))

export const contactInput = z.object(
  {
    name: text('姓名', 50),
    phone: phoneField(),
  },
  '请填写姓名和手机号',
)

/**
 * `named` and `employer_blind` need the reporter's name and phone; `anonymous` must not carry them
 * (rejected, not silently dropped: nothing identifying is ever stored for an anonymous reporter).
 */
function contactMatchesPrivacy(v: { privacy: PrivacyMode; contact?: Contact }, ctx: z.core.$RefinementCtx<unknown>) {
  // Also runs when other fields failed, so a form shows every problem at once: only trust what parsed.
  if (typeof v !== 'object' || v === null || !PRIVACY_MODES.includes(v.privacy)) return
  if (v.privacy === 'anonymous' && v.contact)
    ctx.addIssue({ code: 'custom', path: ['contact'], message: '匿名反映不需要填写姓名和电话，请删除后再提交' })
  if (v.privacy !== 'anonymous' && !v.contact)
    ctx.addIssue({ code: 'custom', path: ['contact'], message: '实名或不让单位知道时，请填写姓名和手机号' })
}

const contactRule = () =>
  z.superRefine(contactMatchesPrivacy, { when: (payload) => typeof payload.value === 'object' && payload.value !== null })

// ---- worker actions ----
export const submitInput = z
  .object({
    requestId,
    enterpriseId: z.optional(idField('单位编号')),
    enterpriseName: z.optional(text('单位名称', 100)),
    townId: z.optional(idField('镇（街道）')),
    category: z.enum(GRIEVANCE_CATEGORIES, '请选择问题类型'),
    urgent: z._default(z.boolean('紧急情况应为是或否'), false),
    affectedCount: z._default(affectedCount, 1),
    privacy,
    description: z.string({ error: '请描述发生了什么' }).check(
      z.trim(),
      z.minLength(5, '请至少写 5 个字，说明发生了什么'),
      z.maxLength(2000, '问题描述不能超过 2000 个字'),
    ),
    contact: z.optional(contactInput),
    attachments: z._default(fileIds, []),
  })
  .check(contactRule())
export type SubmitInput = z.infer<typeof submitInput>
/** What the confirmation screen needs to show where a report will go, before it is sent. */
export const previewInput = z.object({
  enterpriseId: z.optional(idField('单位编号')),
  townId: z.optional(idField('镇（街道）')),
  urgent: z._default(z.boolean('紧急情况应为是或否'), false),
  affectedCount: z._default(affectedCount, 1),
  privacy,
})

export const getInput = z.object({ id: caseId })
export const byReceiptInput = z.object({
  receipt: z.string({ error: '请输入回执码' }).check(
    z.overwrite(normaliseReceipt),
    z.regex(/^\d{16}$/, '回执码应为 16 位数字'),
    z.refine(isValidReceipt, '回执码有误，请核对后重新输入'),
  ),
})
export const mineInput = z.object({ ...pageInput })
export const joinInput = z
  .object({ caseId, requestId, privacy, contact: z.optional(contactInput), affectedCount: z._default(affectedCount, 1) })
  .check(contactRule())
export type JoinInput = z.infer<typeof joinInput>
/** "我也遇到了": is there an open case at this enterprise in this category? (a count only, never who) */
export const collectiveInput = z.object({
  enterpriseId: idField('单位编号'),
  category: z.enum(GRIEVANCE_CATEGORIES, '请选择问题类型'),
})
/** Messages of a case, oldest first, for the worker or an officer. */
export const messagesInput = z.object({ id: caseId, ...pageInput })
export const answerCheckinInput = z.object({
  inboxId: idField('回访编号'),
  answer: z.enum(['yes', 'no'], '请选择“是”或“否”'),
})
/** `after` pages the caller's own items, `orgAfter` the items of an officer's org. */
export const inboxInput = z.object({ ...pageInput, orgAfter: pageInput.after })
export const markReadInput = z.object({ id: idField('消息编号') })
/**
 * `requestId`: the same one again returns the first reply instead of writing a second. The app always sends it;
 * it stays optional so that a mini-program still running an older version can reply (decision 0011).
 */
export const replyInput = z.object({
  id: caseId, text: text('回复内容', 1000), attachments: z._default(fileIds, []), requestId: z.optional(requestId),
})

// ---- evidence photos ----
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type EvidenceType = (typeof EVIDENCE_TYPES)[number]
export const EVIDENCE_EXTENSIONS: Record<EvidenceType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }
/** Decoded size limit of one photo. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
/** Uploads per person per Asia/Shanghai day (9 photos a case, a few cases and replies, with room for retries). */
export const DAILY_UPLOAD_LIMIT = 50
export const EVIDENCE_TOO_LARGE = '照片不能超过 5 MB，请压缩后再上传'
/** Plain base64 (no `data:` prefix); the length bound lets a too-large photo fail before it is decoded. */
const MAX_BASE64_CHARS = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4
export const uploadInput = z.object({
  contentType: z.enum(EVIDENCE_TYPES, '只能上传 JPEG、PNG 或 WebP 格式的照片'),
  dataBase64: z.string({ error: '请选择要上传的照片' }).check(
    z.minLength(1, '请选择要上传的照片'),
    z.maxLength(MAX_BASE64_CHARS, EVIDENCE_TOO_LARGE),
    // A character class without groups: linear and backtracking-free on a 7 MB string.
    z.refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), '照片数据不完整，请重新选择照片'),
  ),
})
export type UploadInput = z.infer<typeof uploadInput>
export const uploadSlotInput = z.object({ contentType: uploadInput.shape.contentType })
export const finishUploadInput = z.object({
  contentType: uploadInput.shape.contentType,
  fileId: z.string({ error: '请先上传照片' }).check(z.minLength(1, '请先上传照片'), z.maxLength(500, '照片编号不正确，请重新上传')),
})
export const confirmInput = z.object({ id: caseId })
export const rateInput = z.object({
  id: caseId,
  score: z.int('评分应为 1–5 的整数').check(z.gte(1, '评分应为 1–5 分'), z.lte(5, '评分应为 1–5 分')),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(200, '评价不能超过 200 个字'))),
})
export const reopenInput = z.object({ id: caseId, reason: text('重新打开的原因', 500) })

// ---- officer actions ----
export const queueInput = z.object({
  orgId: z.optional(idField('组织编号')),
  status: z.optional(z.enum(GRIEVANCE_STATUSES, '状态不正确')),
  overdue: z.optional(z.boolean()),
  supervised: z.optional(z.boolean()),
  ...pageInput,
})
export const acceptInput = z.object({ id: caseId })
export const requestInfoInput = z.object({ id: caseId, question: text('需要补充的情况', 500) })
export const transferInput = z.object({ id: caseId, toOrgId: idField('接收组织'), reason: text('转办原因', 200) })
export const resolveInput = z.object({
  id: caseId,
  outcome: z.enum(OUTCOMES, '请选择办理结果'),
  summary: text('办理情况', 1000),
})
const day = (label: string) =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD`),
    z.refine((s) => {
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
    }, `${label}不是有效日期`),
  )
export const STATS_FORMATS = ['json', 'csv'] as const
export const statsInput = z
  .object({
    orgId: idField('组织编号'),
    from: z.optional(day('开始日期')),
    to: z.optional(day('结束日期')),
    format: z.optional(z.enum(STATS_FORMATS, '导出格式应为 json 或 csv')),
  })
  .check(z.refine((v) => !v.from || !v.to || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }))
/** `reporterId` picks one joiner of a collective case; without it, the first reporter. */
export const revealContactInput = z.object({ id: caseId, reporterId: z.optional(idField('报告人编号')) })
