/**
 * Legal help labels and explanations, free of zod: pages import these (types/legal.ts re-exports them next to
 * its schemas). Issue 11.
 */

// ---- consultations ----
export const LEGAL_CATEGORIES = ['wage', 'contract', 'termination', 'overtime', 'social_insurance', 'injury', 'leave', 'other'] as const
export type LegalCategory = (typeof LEGAL_CATEGORIES)[number]
export const LEGAL_CATEGORY_LABELS: Record<LegalCategory, string> = {
  wage: '工资报酬/欠薪',
  contract: '劳动合同',
  termination: '解除与经济补偿',
  overtime: '工时与加班',
  social_insurance: '社会保险',
  injury: '工伤',
  leave: '休息休假',
  other: '其他',
}

export const CONSULT_PRIVACY = ['named', 'anonymous'] as const
export type ConsultPrivacy = (typeof CONSULT_PRIVACY)[number]

export const CONSULT_STATUSES = ['waiting', 'claimed', 'answered', 'closed'] as const
export type ConsultStatus = (typeof CONSULT_STATUSES)[number]
export const CONSULT_STATUS_LABELS: Record<ConsultStatus, string> = {
  waiting: '等待律师接单',
  claimed: '律师正在解答',
  answered: '律师已答复',
  closed: '已结束',
}

export const LEGAL_ROUTE_REASONS = ['TOWN_LAWYERS', 'CITY_CENTRE'] as const
export type LegalRouteReason = (typeof LEGAL_ROUTE_REASONS)[number]
export const LEGAL_ROUTE_EXPLANATIONS: Record<LegalRouteReason, string> = {
  TOWN_LAWYERS: '由所在镇（街道）总工会的律师解答。',
  CITY_CENTRE: '由市总工会法律服务中心（12351）的律师解答。',
}

/** Hours a consultation waits for its first answer before it moves up (clock hours, holidays included). */
export const ANSWER_WITHIN_HOURS = 24

// ---- legal aid ----
export const AID_HELP = ['advice', 'mediation', 'arbitration', 'litigation'] as const
export type AidHelp = (typeof AID_HELP)[number]
export const AID_HELP_LABELS: Record<AidHelp, string> = {
  advice: '咨询代书',
  mediation: '调解',
  arbitration: '仲裁代理',
  litigation: '诉讼代理',
}

export const AID_STATUSES = ['pending', 'awaiting_material', 'granted', 'refused', 'withdrawn'] as const
export type AidStatus = (typeof AID_STATUSES)[number]
export const AID_STATUS_LABELS: Record<AidStatus, string> = {
  pending: '审查中',
  awaiting_material: '等待补充材料',
  granted: '同意援助',
  refused: '不予援助',
  withdrawn: '已撤回',
}

export const MEANS_TEST = ['exempt', 'passed', 'failed'] as const
export type MeansTest = (typeof MEANS_TEST)[number]
export const MEANS_TEST_LABELS: Record<MeansTest, string> = {
  exempt: '免予经济困难审查（进城务工人员追索劳动报酬或工伤赔偿，或困难职工）',
  passed: '符合经济困难标准',
  failed: '收入高于援助标准（仍可申请，由工会决定）',
}

export const AID_REFUSE_REASONS = ['NOT_LABOUR_DISPUTE', 'MEANS_TEST_FAILED', 'NO_MERIT', 'OUT_OF_AREA', 'DUPLICATE'] as const
export type AidRefuseReason = (typeof AID_REFUSE_REASONS)[number]
export const AID_REFUSE_LABELS: Record<AidRefuseReason, string> = {
  NOT_LABOUR_DISPUTE: '不属于劳动争议',
  MEANS_TEST_FAILED: '不符合经济困难标准',
  NO_MERIT: '请求缺乏事实或法律依据',
  OUT_OF_AREA: '不属于本地工会援助范围',
  DUPLICATE: '已重复申请或已获得其他援助',
}
/** Where a refused worker can still turn: never a dead end. */
export const AID_NEXT_ROUTES = [
  '拨打 12348 公共法律服务热线',
  '到当地法律援助中心申请政府法律援助',
  '直接向劳动人事争议仲裁委员会申请仲裁（不收费）',
  '拨打 12351 职工服务热线',
] as const

/** Working days for an aid decision (《办理法律援助案件程序规定》): 7, or the next working day when urgent. */
export const AID_DECIDE_WORKDAYS = 7
/** An applicant who does not supply requested material within this many working days has withdrawn. */
export const AID_MATERIAL_WORKDAYS = 15

// ---- evidence checklists ----
export const EVIDENCE_CHECKLISTS: Record<LegalCategory, string[]> = {
  wage: ['工资条或工资表', '考勤记录、打卡截图', '银行流水、转账记录', '与老板、主管的聊天记录', '劳动合同或工作证、工牌'],
  contract: ['劳动合同（如有）', '工作证、工牌、工作服', '入职登记表、招聘信息', '工资条、转账记录', '同事证言'],
  termination: ['解除或辞退通知（书面、短信、微信）', '劳动合同', '近 12 个月工资记录', '社保缴费记录', '聊天记录、录音'],
  overtime: ['考勤记录、排班表', '加班审批单、工作群消息', '工资条（看有无加班费）', '门禁、系统登录记录'],
  social_insurance: ['社保缴费记录（可在"浙里办"等查询）', '劳动合同', '工资条', '单位扣社保的记录'],
  injury: ['病历、诊断证明', '事故经过、现场照片', '同事证言', '工伤认定申请材料', '医疗费票据'],
  leave: ['请假申请与审批记录', '考勤记录', '工资条', '聊天记录'],
  other: ['与问题有关的书面材料', '聊天记录、照片', '证人联系方式'],
}

// ---- errors ----
export const LEGAL_ERRORS = {
  'LEGAL.ALREADY_CLAIMED': '这条咨询已经有律师接单了',
  'LEGAL.NOT_OPEN': '这条咨询已结束，不能再进行此操作',
  'LEGAL.NOT_LAWYER': '只有本组织的律师或管理员才能接单和答复',
  'LEGAL.PERSONAL_DATA': '公开的内容里不能有手机号或身份证号，请删除后再发布',
  'LEGAL.FUTURE_DATE': '日期不能晚于今天',
  'LEGAL.NO_PARAMETERS': '本年度的工资参数还没有设置，请联系市总工会',
  'LEGAL.AID_NOT_PENDING': '这份援助申请已经有结果，不能再进行此操作',
  'LEGAL.AID_NOT_AWAITING': '这份援助申请没有在等待补充材料',
  'LEGAL.ALREADY_RATED': '这条咨询已经评价过了',
  'LEGAL.NOT_ANSWERED': '律师答复之后才能进行此操作',
  'LEGAL.THREAD_FULL': '这条咨询的留言已经很多了，请新提一条咨询',
  'LEGAL.UNKNOWN_ENTERPRISE': '没有找到这个单位，请重新选择或直接填写单位名称',
  'LEGAL.UNKNOWN_TOWN': '没有找到这个镇（街道），请重新选择',
} as const
export type LegalErrorCode = keyof typeof LEGAL_ERRORS

/** A mainland mobile number or an 18-character ID number inside free text: never published. */
export function containsPersonalNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '')
  return /(^|\D)1[3-9]\d{9}(?!\d)/.test(digits) || /(^|[^0-9Xx])\d{17}[0-9Xx](?![0-9Xx])/.test(digits)
}
