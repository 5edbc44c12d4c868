/**
 * Grievance labels, explanations and small helpers, free of zod: pages import these. types/grievance.ts
 * re-exports them next to its schemas; a page that imported a value from there would pull zod's locales into
 * the mini-program's main package (see types/org.ts and docs/frontend.md "Size").
 */

// ---- categories ----
export const GRIEVANCE_CATEGORIES = [
  'wage_arrears',
  'social_insurance',
  'safety',
  'overtime',
  'contract',
  'work_injury',
  'other',
] as const
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number]
export const CATEGORY_LABELS: Record<GrievanceCategory, string> = {
  wage_arrears: '欠薪',
  social_insurance: '社保',
  safety: '劳动安全',
  overtime: '加班/工时',
  contract: '劳动合同',
  work_injury: '工伤',
  other: '其他',
}
/** One plain sentence per category, for a worker choosing on a phone. */
export const CATEGORY_HINTS: Record<GrievanceCategory, string> = {
  wage_arrears: '到了发工资的日子不发、少发，或者无故扣工资。',
  social_insurance: '单位没给您交社保，或者少交、断交。',
  safety: '干活的地方有危险，比如没有防护用品、机器有安全隐患。',
  overtime: '经常被要求加班、休息日不让休，或者加班不给加班费。',
  contract: '不签劳动合同，或者单位随意改合同、辞退您。',
  work_injury: '干活时受了伤或得了职业病，单位不给报工伤、不管医药费。',
  other: '上面都不是的其他劳动权益问题。',
}

// ---- privacy ----
export const PRIVACY_MODES = ['named', 'employer_blind', 'anonymous'] as const
export type PrivacyMode = (typeof PRIVACY_MODES)[number]
export const PRIVACY_LABELS: Record<PrivacyMode, string> = {
  named: '实名',
  employer_blind: '不让单位知道',
  anonymous: '匿名',
}
/** Exactly who will see the worker's name, in words a worker understands. */
export const PRIVACY_EXPLANATIONS: Record<PrivacyMode, string> = {
  named: '受理您诉求的工会能看到您的姓名和电话，可以直接联系您。',
  employer_blind:
    '诉求直接交给镇（街道）总工会，不会交给您单位的企业工会、联合工会或片区工委。只有镇（街道）总工会和市总工会的工作人员能看到您的姓名和电话。',
  anonymous:
    '任何工会工作人员都看不到您是谁，工会也没法打电话给您。请在小程序里查看进展和回复；记下 16 位回执码，换一个微信号也能查。',
}
// ---- statuses and outcomes ----
/** pending → accepted ⇄ awaiting_info → resolved → closed (confirmed); reopen returns a case to work. */
export const GRIEVANCE_STATUSES = ['pending', 'accepted', 'awaiting_info', 'resolved', 'closed'] as const
export type GrievanceStatus = (typeof GRIEVANCE_STATUSES)[number]
export const STATUS_LABELS: Record<GrievanceStatus, string> = {
  pending: '待受理',
  accepted: '处理中',
  awaiting_info: '待补充情况',
  resolved: '已办结',
  closed: '已结案',
}
/** Statuses in which a case is still being handled: these escalate, get supervised and can be transferred. */
export const OPEN_STATUSES: readonly GrievanceStatus[] = ['pending', 'accepted', 'awaiting_info']

export const OUTCOMES = ['resolved', 'partly_resolved', 'referred', 'unsubstantiated'] as const
export type Outcome = (typeof OUTCOMES)[number]
export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: '已解决',
  partly_resolved: '部分解决',
  referred: '已转劳动监察或劳动仲裁',
  unsubstantiated: '经核实情况不成立',
}

// ---- routing reasons ----
export const ROUTE_REASONS = [
  'TRIAGE_CITY',
  'URGENT',
  'COLLECTIVE',
  'EMPLOYER_BLIND',
  'ENTERPRISE_UNION',
  'JOINT_UNION',
  'TOWN',
  'ESCALATED',
  'TRANSFERRED',
  'TAKEN_OVER',
  'RETALIATION',
] as const
export type RouteReason = (typeof ROUTE_REASONS)[number]
/** Why this union holds the case, shown to the worker on the confirmation screen and the timeline. */
export const ROUTE_REASON_EXPLANATIONS: Record<RouteReason, string> = {
  TRIAGE_CITY: '还不确定您的单位在哪个镇（街道），先由市总工会接收，再交给合适的工会。',
  URGENT: '您说情况紧急，直接交给镇（街道）总工会，4 小时内必须受理。',
  COLLECTIVE: '涉及 10 人及以上，交给镇（街道）总工会统一处理。',
  EMPLOYER_BLIND: '有职工选择了保护身份，诉求直接交给镇（街道）总工会，不经过单位的工会。',
  ENTERPRISE_UNION: '您的单位有自己的工会，由单位工会受理。',
  JOINT_UNION: '您的单位由联合工会负责，由联合工会受理。',
  TOWN: '您的单位还没有工会，由所在镇（街道）总工会受理。',
  ESCALATED: '原来的工会没有按时受理，已自动交给上一级工会。',
  TRANSFERRED: '工会工作人员把诉求转给了更合适的工会。',
  TAKEN_OVER: '诉求超时未办结，上级工会督办并直接接手。',
  RETALIATION: '您反映办结后受到打击报复，由镇（街道）总工会直接受理。',
}

/** The same reasons told to an officer: the reporter in the third person. */
export const OFFICER_ROUTE_REASON_EXPLANATIONS: Record<RouteReason, string> = {
  TRIAGE_CITY: '报告人不确定单位在哪个镇（街道），先由市总工会接收，再交给合适的工会。',
  URGENT: '报告人说情况紧急，直接交给镇（街道）总工会，4 小时内必须受理。',
  COLLECTIVE: '涉及 10 人及以上，交给镇（街道）总工会统一处理。',
  EMPLOYER_BLIND: '有职工选择了保护身份，诉求直接交给镇（街道）总工会，不经过单位的工会。',
  ENTERPRISE_UNION: '报告人的单位有自己的工会，由单位工会受理。',
  JOINT_UNION: '报告人的单位由联合工会负责，由联合工会受理。',
  TOWN: '报告人的单位还没有工会，由所在镇（街道）总工会受理。',
  ESCALATED: '原来的工会没有按时受理，已自动交给上一级工会。',
  TRANSFERRED: '工会工作人员把诉求转给了更合适的工会。',
  TAKEN_OVER: '诉求超时未办结，上级工会督办并直接接手。',
  RETALIATION: '报告人反映办结后受到打击报复，由镇（街道）总工会直接受理。',
}

/**
 * Who reads a routing explanation, and the privacy choice behind EMPLOYER_BLIND:
 * - `worker`: the reader's own choice (`null` when unknown, e.g. nothing to say about a co-worker's choice);
 * - `officer`: the case's strictest choice and who made it (the reporter or a worker who joined).
 */
export type RouteReader =
  | { kind: 'worker'; privacy: PrivacyMode | null }
  | { kind: 'officer'; privacy: PrivacyMode | null; by: 'reporter' | 'joiner' }

const BLIND_TAIL = '诉求直接交给镇（街道）总工会，不经过单位的工会。'

/** Why this union holds the case, in the reader's words, naming the exact privacy mode that was chosen. */
export function routeExplanation(reason: RouteReason | string, reader: RouteReader): string {
  const table: Record<string, string> = reader.kind === 'officer' ? OFFICER_ROUTE_REASON_EXPLANATIONS : ROUTE_REASON_EXPLANATIONS
  if (reason !== 'EMPLOYER_BLIND' || !reader.privacy || reader.privacy === 'named') return table[reason] ?? ''
  const mode = `“${PRIVACY_LABELS[reader.privacy]}”`
  if (reader.kind === 'worker') return `您选择了${mode}，${BLIND_TAIL}`
  return `${reader.by === 'reporter' ? '报告人' : '一起反映的职工'}选择了${mode}，${BLIND_TAIL}`
}

/** Strictest first: the mode that decides where a case goes. */
const STRICTNESS: PrivacyMode[] = ['anonymous', 'employer_blind', 'named']

/** The case's strictest privacy choice among its participants and who made it (the reporter when tied). */
export function strictestChoice(people: { privacy: PrivacyMode; role: 'reporter' | 'joiner' }[]): { privacy: PrivacyMode | null; by: 'reporter' | 'joiner' } {
  for (const mode of STRICTNESS) {
    const chosen = people.filter((p) => p.privacy === mode)
    if (chosen.length) return { privacy: mode, by: chosen.some((p) => p.role === 'reporter') ? 'reporter' : 'joiner' }
  }
  return { privacy: null, by: 'reporter' }
}

// ---- timeline ----
export const HISTORY_TYPES = [
  'submitted',
  'joined',
  'rerouted',
  'escalated',
  'transferred',
  'accepted',
  'info_requested',
  'info_provided',
  'replied',
  'resolved',
  'confirmed',
  'rated',
  'reopened',
  'supervised',
  'overdue',
] as const
export type HistoryType = (typeof HISTORY_TYPES)[number]
export type HistoryEntry = {
  at: string
  type: HistoryType
  fromOrgId: string | null
  toOrgId: string | null
  reason: RouteReason | null
  /** Free text an officer gave (transfer reason); never the reporter's identity. */
  note?: string
}

/** "3月12日 24:00" for a deadline instant; an end of day (00:00 of the next day) is written as 24:00. */
export function deadlineLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  if (!m) return iso
  if (m[4] === '00' && m[5] === '00') {
    const prev = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) - 1))
    return `${prev.getUTCMonth() + 1}月${prev.getUTCDate()}日 24:00`
  }
  return `${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}`
}

// ---- receipt code (16 digits, the last a Luhn check digit) ----
export function normaliseReceipt(raw: string): string {
  return raw.replace(/[\s-]/g, '')
}

/** Luhn check digit over `payload` (the digits before the check digit). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0
  for (let i = 0; i < payload.length; i++) {
    let d = payload.charCodeAt(payload.length - 1 - i) - 48
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

export function isValidReceipt(receipt: string): boolean {
  return /^\d{16}$/.test(receipt) && luhnCheckDigit(receipt.slice(0, 15)) === Number(receipt[15])
}
