/**
 * Membership (入会、会籍转接) and the e-member card: constants and Chinese labels, free of zod so pages can
 * import them without pulling zod into the mini-program's main package (see types/grievance-labels.ts).
 */

/** Occupations of workers without a fixed employer (新就业形态). The values are the Chinese labels themselves. */
export const OCCUPATIONS = ['快递员', '外卖送餐员', '网约车驾驶员', '货车司机', '家政服务员', '其他'] as const
export type Occupation = (typeof OCCUPATIONS)[number]

/** Routing reasons, first match wins (cloudfunctions/_lib/domain/membership/routing.ts); ESCALATED after a missed review-by. */
export const MEMBERSHIP_ROUTE_REASONS = [
  'TRIAGE_CITY',
  'EMPLOYER_BLIND',
  'NEW_EMPLOYMENT',
  'ENTERPRISE_UNION',
  'JOINT_UNION',
  'TOWN',
  'TOWN_REVIEW',
  'ESCALATED',
] as const
export type MembershipRouteReason = (typeof MEMBERSHIP_ROUTE_REASONS)[number]
export const MEMBERSHIP_ROUTE_EXPLANATIONS: Record<MembershipRouteReason, string> = {
  TRIAGE_CITY: '没有确定所在的镇（街道），先由市总工会受理，再转给合适的工会。',
  EMPLOYER_BLIND: '您选择了“入会不惊动单位”，申请直接交给单位所在镇（街道）总工会，不经过单位。',
  NEW_EMPLOYMENT: '您没有固定单位，由您居住地的镇（街道）总工会受理。',
  ENTERPRISE_UNION: '您的单位有自己的工会，由单位工会受理。',
  JOINT_UNION: '您的单位由所在区域（行业）的联合工会覆盖，由联合工会受理。',
  TOWN: '您的单位还没有工会，由单位所在镇（街道）总工会受理。',
  // An application whose ID number another account holds (routing.ts `conflictRoute`); the wording says no more.
  TOWN_REVIEW: '这份申请由单位所在镇（街道）总工会直接审核。',
  ESCALATED: '原工会没有按时审核，已交给上级工会审核。',
}

/** The same reasons told to the reviewing officer: the applicant in the third person. */
export const OFFICER_MEMBERSHIP_ROUTE_EXPLANATIONS: Record<MembershipRouteReason, string> = {
  TRIAGE_CITY: '申请人没有确定所在的镇（街道），先由市总工会受理，再转给合适的工会。',
  EMPLOYER_BLIND: '申请人选择了“入会不惊动单位”，申请直接交给单位所在镇（街道）总工会，不经过单位。',
  NEW_EMPLOYMENT: '申请人没有固定单位，由其居住地的镇（街道）总工会受理。',
  ENTERPRISE_UNION: '申请人的单位有自己的工会，由单位工会受理。',
  JOINT_UNION: '申请人的单位由所在区域（行业）的联合工会覆盖，由联合工会受理。',
  TOWN: '申请人的单位还没有工会，由单位所在镇（街道）总工会受理。',
  TOWN_REVIEW: '这份申请由单位所在镇（街道）总工会直接审核。',
  ESCALATED: '原工会没有按时审核，已交给上级工会审核。',
}

/** `join`: a first membership; `transfer`: a member moving to a new employer's union (会籍转接). */
export const APPLICATION_KINDS = ['join', 'transfer'] as const
export type ApplicationKind = (typeof APPLICATION_KINDS)[number]
export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
}

export const MEMBER_STATUSES = ['active', 'suspended', 'left'] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: '正常',
  suspended: '已暂停',
  left: '已退会',
}

/** Reason codes an officer picks when rejecting; the worker sees the label and the officer's own explanation. */
export const REJECT_REASONS = ['NOT_ELIGIBLE', 'INFO_MISMATCH', 'WRONG_UNION', 'OTHER'] as const
export type RejectReason = (typeof REJECT_REASONS)[number]
export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  NOT_ELIGIBLE: '不符合入会条件',
  INFO_MISMATCH: '填写的信息与实际不符',
  WRONG_UNION: '不属于本工会受理范围',
  OTHER: '其他原因',
}

/** Consents are stored with the text version the worker agreed to. Bump the version when the text changes. */
export const CONSENT_VERSIONS = { idNumber: 'id-2026-11', shareWithUnion: 'share-2026-11' } as const
export const CONSENT_TEXTS = {
  idNumber:
    '我同意工会处理我的身份证号，仅用于确认“一人一个会籍”和办理会员卡。身份证号加密保存，工会工作人员只能看到部分号码。',
  shareWithUnion: '我同意把这份入会申请交给受理的工会审核。受理工会能看到我的姓名、手机号（部分隐藏）和工作单位。',
} as const
export const EMPLOYER_BLIND_EXPLANATION =
  '选择后，申请直接交给单位所在镇（街道）总工会审核，不交给单位的企业工会或联合工会，单位不会因为这份申请知道您入会。'

/** Review by the end of the 15th working day after the application reached its current org. */
export const REVIEW_WORKDAYS = 15
/** A card token is valid this long; the card page fetches a new one before it ends. */
export const CARD_TOKEN_TTL_SECONDS = 60

/** Applications (入会 and 会籍转接 together) one WeChat account may file per Shanghai day. */
export const DAILY_APPLICATION_LIMIT = 5

/** Shown to the reviewing officer only, never to the applicant (it would tell them the ID number is taken). */
export const IDENTITY_CONFLICT_WARNING = '该身份证号已有会籍/申请，请当面核实身份'

export const MEMBERSHIP_ERRORS = {
  'MEMBERSHIP.ALREADY_MEMBER': '这个身份证号已经是工会会员。换了工作单位请用“会籍转接”，不需要重新入会。',
  'MEMBERSHIP.ALREADY_APPLIED': '这个身份证号已有一份入会申请正在审核，请等待审核结果。',
  'MEMBERSHIP.IDENTITY_CONFLICT':
    '该身份证号已有会籍或正在审核的申请，不能再办理入会。请当面核实身份：不是本人的，以“填写的信息与实际不符”不通过；是本人的，须原会籍退会或原申请结束后才能通过。',
  'MEMBERSHIP.UNKNOWN_ENTERPRISE': '没有找到这个单位，请重新搜索或直接填写单位名称',
  'MEMBERSHIP.UNKNOWN_TOWN': '没有找到这个镇（街道），请重新选择',
  'MEMBERSHIP.NOT_MEMBER': '您还不是工会会员',
  'MEMBERSHIP.NOT_PENDING': '这份申请已经审核过了',
  'MEMBERSHIP.NOT_ACTIVE': '会籍不是正常状态，不能办理',
  'MEMBERSHIP.NOT_SUSPENDED': '会籍没有被暂停，不需要恢复',
  'MEMBERSHIP.SAME_UNION': '新单位由您现在所在的工会受理，不需要转接',
} as const
export type MembershipErrorCode = keyof typeof MEMBERSHIP_ERRORS

/** Field messages shared by the schemas (types/membership.ts) and the pages' instant checks: one wording. */
export const CONSENT_MESSAGES = {
  idNumber: '请阅读并同意身份证号的使用说明',
  shareWithUnion: '请阅读并同意把申请交给受理的工会',
} as const

export const WORKPLACE_MESSAGES = {
  employerMissing: '请搜索选择工作单位，或填写单位名称；没有固定单位请选“无固定单位”',
  occupationMissing: '请选择您的职业',
  residenceMissing: '请选择您居住的镇（街道）',
  employerNotExpected: '选了“无固定单位”，就不用填写工作单位',
  townNotExpected: '选了“无固定单位”，请只选择居住的镇（街道）',
  occupationNotExpected: '有固定单位时不用选择职业',
  residenceNotExpected: '有固定单位时不用选择居住的镇（街道）',
} as const
