/**
 * The report form's state, its request body, and the checks worth making before the confirmation step.
 * The server's schema (types/grievance.ts `submitInput`) stays the authority: its `fields` are shown the same
 * way. These checks only spare a worker a round trip for an empty choice; messages match the server's.
 */
import type { Enterprise } from '../../types/directory'
import type { GrievanceCategory, PrivacyMode } from '../../types/grievance-labels'
import type { JoinRequest, SubmitRequest } from '../services/grievance'
import { withPhotos } from './photo-format'

export type UnitMode = 'directory' | 'typed' | 'unsure'
export type ReportForm = {
  unitMode: UnitMode
  enterprise: Enterprise | null
  enterpriseName: string
  townId: string | null
  category: GrievanceCategory | null
  urgent: boolean
  affectedCount: string
  privacy: PrivacyMode | null
  name: string
  phone: string
  description: string
}

export const DESCRIPTION_MAX = 2000
export const emptyForm: ReportForm = {
  unitMode: 'directory', enterprise: null, enterpriseName: '', townId: null, category: null, urgent: false,
  affectedCount: '1', privacy: null, name: '', phone: '', description: '',
}

/** Once per form: a retry of the same report reuses it, so the server creates the case only once. */
export const newRequestId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`

export const needsContact = (f: Pick<ReportForm, 'privacy'>) => f.privacy === 'named' || f.privacy === 'employer_blind'

/**
 * Field key → Chinese message, keyed like the server's `error.fields` (e.g. `contact.phone`). Joining an open
 * case ("我也遇到了") needs only the count, the privacy choice and, by that choice, the contact.
 */
export function checkReport(f: ReportForm, joining = false): Record<string, string> {
  const out: Record<string, string> = {}
  if (!/^\d+$/.test(f.affectedCount.trim()) || Number(f.affectedCount) < 1) out.affectedCount = '受影响人数至少为 1'
  if (!f.privacy) out.privacy = '请选择隐私方式：实名、不让单位知道或匿名'
  if (needsContact(f)) {
    if (!f.name.trim()) out['contact.name'] = '请填写姓名'
    if (!/^1[3-9]\d{9}$/.test(f.phone.replace(/[\s-]/g, ''))) out['contact.phone'] = '请填写 11 位手机号'
  }
  if (joining) return out
  if (f.unitMode === 'directory' && !f.enterprise) out.enterpriseId = '请从搜索结果里选一个单位，或改选“直接填写”“不确定”'
  if (f.unitMode === 'typed' && !f.enterpriseName.trim()) out.enterpriseName = '请填写单位名称'
  if (!f.category) out.category = '请选择问题类型'
  const text = f.description.trim()
  if (text.length < 5) out.description = '请至少写 5 个字，说明发生了什么'
  else if (text.length > DESCRIPTION_MAX) out.description = '问题描述不能超过 2000 个字'
  return out
}

const contactOf = (f: ReportForm) => (needsContact(f) ? { contact: { name: f.name.trim(), phone: f.phone.trim() } } : {})

export function toJoinRequest(f: ReportForm, caseId: string, requestId: string): JoinRequest {
  return { caseId, requestId, privacy: f.privacy as PrivacyMode, affectedCount: Number(f.affectedCount), ...contactOf(f) }
}

/** `attachments`: uploaded evidence photo ids, sent only when there are some. */
export function toRequest(f: ReportForm, requestId: string, attachments: string[] = []): SubmitRequest {
  const unit =
    f.unitMode === 'directory' && f.enterprise
      ? { enterpriseId: f.enterprise.id }
      : f.unitMode === 'typed'
        ? { enterpriseName: f.enterpriseName.trim(), ...(f.townId ? { townId: f.townId } : {}) }
        : {}
  return {
    requestId,
    ...unit,
    category: f.category as GrievanceCategory,
    urgent: f.urgent,
    affectedCount: Number(f.affectedCount),
    privacy: f.privacy as PrivacyMode,
    description: f.description.trim(),
    ...contactOf(f),
    ...withPhotos(attachments),
  }
}
