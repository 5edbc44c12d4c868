/**
 * The 问律师 form: its state, the checks worth making before the confirmation step, and the request. The server's
 * schema (types/legal.ts `askInput`) stays the authority; its `fields` are shown the same way and these messages
 * match its wording.
 */
import type { Enterprise } from '../../types/directory'
import type { ConsultPrivacy, LegalCategory } from '../../types/legal-labels'
import { PHONE_MESSAGE, isValidPhone, normalisePhone } from '../../types/phone'
import type { AskRequest } from '../services/legal'
import { requestIdOf } from '../services/request-id'

/** 不填, 搜索单位 (directory), 直接填写 (name and/or town). */
export type UnitMode = 'none' | 'directory' | 'typed'
export type AskForm = {
  category: LegalCategory | null
  question: string
  privacy: ConsultPrivacy | null
  name: string
  phone: string
  unitMode: UnitMode
  enterprise: Enterprise | null
  enterpriseName: string
  townId: string | null
}

export const QUESTION_MIN = 10
export const QUESTION_MAX = 2000
export const emptyAsk: AskForm = {
  category: null, question: '', privacy: null, name: '', phone: '', unitMode: 'none', enterprise: null, enterpriseName: '', townId: null,
}

/** Once per form: a retry (or a double tap) reuses it, so the server records the question only once. */
export const newRequestId = () => requestIdOf('l')

/** A named asker who left a name or a phone leaves both (the server takes the pair or nothing). */
const wantsContact = (f: AskForm) => f.privacy === 'named' && (f.name.trim() !== '' || f.phone.trim() !== '')

/** Field key → Chinese message, keyed like the server's `error.fields` (e.g. `contact.phone`). */
export function checkAsk(f: AskForm): Record<string, string> {
  const out: Record<string, string> = {}
  if (!f.category) out.category = '请选择问题类别'
  const q = f.question.trim()
  if (q.length < QUESTION_MIN) out.question = '请至少写 10 个字，把问题说清楚'
  else if (q.length > QUESTION_MAX) out.question = '问题不能超过 2000 个字'
  if (!f.privacy) out.privacy = '请选择实名或匿名'
  if (wantsContact(f)) {
    if (!f.name.trim()) out['contact.name'] = '请填写姓名'
    if (!isValidPhone(normalisePhone(f.phone))) out['contact.phone'] = PHONE_MESSAGE
  }
  if (f.unitMode === 'directory' && !f.enterprise) out.enterpriseId = '请从搜索结果里选一个单位，或改选“直接填写”“不填”'
  return out
}

/** What the confirmation step shows for the employer and town. */
export function unitText(f: AskForm, townName: (id: string) => string): string {
  if (f.unitMode === 'directory' && f.enterprise) return f.enterprise.name
  if (f.unitMode === 'typed') return [f.enterpriseName.trim(), f.townId ? townName(f.townId) : ''].filter(Boolean).join(' · ') || '没有填写'
  return '没有填写'
}

export function toAskRequest(f: AskForm, requestId: string, attachments: string[] = []): AskRequest {
  const unit =
    f.unitMode === 'directory' && f.enterprise
      ? { enterpriseId: f.enterprise.id }
      : f.unitMode === 'typed'
        ? { ...(f.enterpriseName.trim() ? { enterpriseName: f.enterpriseName.trim() } : {}), ...(f.townId ? { townId: f.townId } : {}) }
        : {}
  return {
    requestId,
    category: f.category as LegalCategory,
    question: f.question.trim(),
    privacy: f.privacy as ConsultPrivacy,
    ...unit,
    ...(wantsContact(f) ? { contact: { name: f.name.trim(), phone: normalisePhone(f.phone) } } : {}),
    ...(attachments.length ? { attachments } : {}),
  }
}
