/**
 * Online membership (入会、会籍转接) and the e-member card: action inputs shared by pages (types only) and the
 * `membership` and `card` functions. Routing, review deadlines and member numbers live in
 * cloudfunctions/_lib/domain/membership/.
 */
import * as z from 'zod/mini'
import { text, pageInput } from './zod'
import { idField, phoneField, requestIdField } from './fields'
import { idNumberProblem, normaliseIdNumber } from './id-number'
import { APPLICATION_STATUSES, CONSENT_MESSAGES, OCCUPATIONS, REJECT_REASONS, WORKPLACE_MESSAGES, type Occupation } from './membership-labels'

// Labels, explanations and constants live in the zod-free module that pages import.
export * from './membership-labels'

// ---- field schemas ----
const idNumber = z.string({ error: '请填写身份证号' }).check(
  z.overwrite(normaliseIdNumber),
  z.superRefine((value, ctx) => {
    const problem = idNumberProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value })
  }),
)
const consent = (message: string) => z.literal(true, message)
const consentFields = z.object(
  { idNumber: consent(CONSENT_MESSAGES.idNumber), shareWithUnion: consent(CONSENT_MESSAGES.shareWithUnion) },
  '请阅读并同意两项说明',
)
/**
 * Both consents, each explicit. A missing `consents` object is parsed as `{}` (a prefault is parsed, unlike a
 * default), so the form shows both consent messages rather than one vague error; `{}` never passes.
 */
const consents = z.prefault(consentFields, {} as z.input<typeof consentFields>)

/** Where the worker works (or, without a fixed employer, what they do and where they live). */
const workplaceFields = {
  enterpriseId: z.optional(idField('单位编号')),
  enterpriseName: z.optional(text('单位名称', 100)),
  townId: z.optional(idField('镇（街道）')),
  noFixedEmployer: z._default(z.boolean('“无固定单位”应为是或否'), false),
  occupation: z.optional(z.enum(OCCUPATIONS, '请选择职业')),
  residenceTownId: z.optional(idField('居住的镇（街道）')),
  employerBlind: z._default(z.boolean('“入会不惊动单位”应为是或否'), false),
}


type WorkplaceShape = {
  enterpriseId?: string
  enterpriseName?: string
  townId?: string
  noFixedEmployer?: boolean
  occupation?: Occupation
  residenceTownId?: string
}

/**
 * Either no fixed employer (occupation and residence town, no employer fields) or an employer (a directory
 * enterprise, or a typed name with an optional town; no occupation or residence town). Fields that belong to
 * the other choice are rejected, not silently dropped: nothing the union does not need is stored.
 */
function workplaceMatches(v: WorkplaceShape, ctx: z.core.$RefinementCtx<unknown>) {
  // Also runs when other fields failed, so a form shows every problem at once: only trust what parsed.
  const problem = (path: keyof WorkplaceShape, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, input: v })
  const has = (key: keyof WorkplaceShape) => v[key] !== undefined && v[key] !== null
  if (v.noFixedEmployer === true) {
    if (!has('occupation')) problem('occupation', WORKPLACE_MESSAGES.occupationMissing)
    if (!has('residenceTownId')) problem('residenceTownId', WORKPLACE_MESSAGES.residenceMissing)
    if (has('enterpriseId')) problem('enterpriseId', WORKPLACE_MESSAGES.employerNotExpected)
    if (has('enterpriseName')) problem('enterpriseName', WORKPLACE_MESSAGES.employerNotExpected)
    if (has('townId')) problem('townId', WORKPLACE_MESSAGES.townNotExpected)
    return
  }
  if (v.noFixedEmployer !== undefined && v.noFixedEmployer !== false) return // not a boolean: its own message says so
  if (!has('enterpriseId') && !has('enterpriseName')) problem('enterpriseId', WORKPLACE_MESSAGES.employerMissing)
  if (has('occupation')) problem('occupation', WORKPLACE_MESSAGES.occupationNotExpected)
  if (has('residenceTownId')) problem('residenceTownId', WORKPLACE_MESSAGES.residenceNotExpected)
}

const workplaceRule = () =>
  z.superRefine(workplaceMatches, { when: (payload) => typeof payload.value === 'object' && payload.value !== null })

// ---- worker actions ----
export const applyInput = z
  .object({
    requestId: requestIdField(),
    name: text('姓名', 50),
    idNumber,
    phone: phoneField(),
    ...workplaceFields,
    consents,
  })
  .check(workplaceRule())
export type ApplyInput = z.infer<typeof applyInput>

const applicationId = idField('申请编号')
const memberId = idField('会员编号')

export const getInput = z.object({ id: applicationId })
export type GetInput = z.infer<typeof getInput>
export const mineInput = z.object({ ...pageInput })
export type MineInput = z.infer<typeof mineInput>
/** 会籍转接: the member's new workplace; the same policy picks the new union. */
export const transferInput = z.object({ requestId: requestIdField(), ...workplaceFields }).check(workplaceRule())
export type TransferInput = z.infer<typeof transferInput>
export const leaveInput = z.object({
  reason: z.optional(z.string('退会原因应为文字').check(z.trim(), z.maxLength(200, '退会原因不能超过 200 个字'))),
})
export type LeaveInput = z.infer<typeof leaveInput>

// ---- officer actions ----
export const queueInput = z.object({
  orgId: z.optional(idField('组织编号')),
  status: z.optional(z.enum(APPLICATION_STATUSES, '状态不正确')),
  overdue: z.optional(z.boolean('“超期”应为是或否')),
  ...pageInput,
})
export type QueueInput = z.infer<typeof queueInput>
export const approveInput = z.object({ id: applicationId })
export type ApproveInput = z.infer<typeof approveInput>
export const rejectInput = z.object({
  id: applicationId,
  reason: z.enum(REJECT_REASONS, '请选择不通过的原因'),
  note: text('说明', 300),
})
export type RejectInput = z.infer<typeof rejectInput>
export const suspendInput = z.object({ memberId, reason: text('暂停原因', 300) })
export type SuspendInput = z.infer<typeof suspendInput>
export const reinstateInput = z.object({ memberId })
export type ReinstateInput = z.infer<typeof reinstateInput>
export const REVEAL_FIELDS = ['idNumber', 'phone'] as const
export type RevealField = (typeof REVEAL_FIELDS)[number]
/** Showing a full ID number or phone is an explicit, audited action on exactly one application or member. */
export const revealIdInput = z
  .object({
    applicationId: z.optional(applicationId),
    memberId: z.optional(memberId),
    field: z.enum(REVEAL_FIELDS, '请选择要查看的信息：身份证号或手机号'),
  })
  .check(
    z.refine((v) => (v.applicationId === undefined) !== (v.memberId === undefined), {
      message: '请指定一份申请或一位会员（只能选一个）',
      path: ['applicationId'],
    }),
  )
export type RevealIdInput = z.infer<typeof revealIdInput>
export const membersInput = z.object({ orgId: z.optional(idField('组织编号')), ...pageInput })
export type MembersInput = z.infer<typeof membersInput>

// ---- card ----
export const cardTokenInput = z.object({})
export const cardVerifyInput = z.object({
  token: z.string({ error: '请扫描或粘贴会员卡二维码' }).check(
    z.trim(),
    z.minLength(1, '请扫描或粘贴会员卡二维码'),
    z.maxLength(1000, '二维码内容过长，不是会员卡二维码'),
  ),
})
export type CardVerifyInput = z.infer<typeof cardVerifyInput>
export const cardPublicKeyInput = z.object({})
