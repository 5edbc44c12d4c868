/**
 * The report form's state, its request body, and the checks worth making before the confirmation step.
 * The server's schema (types/grievance.ts `submitInput`) stays the authority: its `fields` are shown the same
 * way. These checks only spare a worker a round trip for an empty choice; messages match the server's.
 */
import type { Enterprise } from '../../types/directory'
import { GRIEVANCE_CATEGORIES, type GrievanceCategory, type PrivacyMode } from '../../types/grievance-labels'
import type { JoinRequest, SubmitRequest } from '../services/grievance'
import { withPhotos } from '../components/photo-picker/photo-format'
import { requestIdOf } from '../services/request-id'

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

const decode = (v: string) => {
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}

/**
 * What another page already knows, passed as page parameters (转为维权诉求 from a legal consultation: `category`,
 * `enterpriseName`, `townId`, `description`). The worker sees it on the form and still chooses, checks and confirms;
 * unknown or malformed values are ignored.
 */
export function prefillFromParams(params: Record<string, string | undefined>): Partial<ReportForm> {
  const out: Partial<ReportForm> = {}
  const category = params.category && decode(params.category)
  if (category && (GRIEVANCE_CATEGORIES as readonly string[]).includes(category)) out.category = category as GrievanceCategory
  const name = params.enterpriseName ? decode(params.enterpriseName).trim().slice(0, 100) : ''
  if (name) {
    out.unitMode = 'typed'
    out.enterpriseName = name
    if (params.townId && /^[A-Za-z0-9_.:-]{1,64}$/.test(params.townId)) out.townId = params.townId
  }
  if (params.description) out.description = decode(params.description).slice(0, DESCRIPTION_MAX)
  return out
}

/** Once per form: a retry of the same report reuses it, so the server creates the case only once. */
export const newRequestId = () => requestIdOf('r')

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
