/**
 * The 入会 form's state, its checks and its request. Messages match the server's (types/membership.ts
 * CONSENT_MESSAGES, types/id-number.ts, types/phone.ts); its `error.fields` are shown the same way.
 */
import { idNumberFacts, idNumberProblem, normaliseIdNumber } from '../../../../types/id-number'
import { PHONE_MESSAGE, isValidPhone, normalisePhone } from '../../../../types/phone'
import { CONSENT_MESSAGES } from '../../../../types/membership-labels'
import type { ApplyRequest } from '../../../services/membership'
import { checkWorkplace, emptyWorkplace, toWorkplaceRequest, type WorkplaceForm } from '../../components/workplace-form'

export type ApplyForm = {
  name: string
  idNumber: string
  phone: string
  workplace: WorkplaceForm
  consentIdNumber: boolean
  consentShare: boolean
}

export const emptyApplyForm: ApplyForm = { name: '', idNumber: '', phone: '', workplace: emptyWorkplace, consentIdNumber: false, consentShare: false }

export { CONSENT_MESSAGES }

/**
 * The ID number's message while typing: silent until the worker has typed 18 characters or left the field,
 * so a half-typed number is not called wrong.
 */
export function idNumberHint(raw: string, left: boolean): string | null {
  const id = normaliseIdNumber(raw)
  if (id.length === 0) return null
  return id.length >= 18 || left ? idNumberProblem(id) : null
}

/** Gender and birth date as the number says them; null until the number is valid. */
export function idNumberDerived(raw: string): { birthDate: string; gender: 'male' | 'female' } | null {
  const id = normaliseIdNumber(raw)
  return idNumberProblem(id) ? null : idNumberFacts(id)
}

/** Field key → Chinese message, keyed like the server's `error.fields` (e.g. `consents.idNumber`). */
export function checkApply(f: ApplyForm): Record<string, string> {
  const out: Record<string, string> = {}
  if (!f.name.trim()) out.name = '请填写姓名'
  const idProblem = idNumberProblem(normaliseIdNumber(f.idNumber))
  if (idProblem) out.idNumber = idProblem
  if (!isValidPhone(normalisePhone(f.phone))) out.phone = PHONE_MESSAGE
  Object.assign(out, checkWorkplace(f.workplace))
  if (!f.consentIdNumber) out['consents.idNumber'] = CONSENT_MESSAGES.idNumber
  if (!f.consentShare) out['consents.shareWithUnion'] = CONSENT_MESSAGES.shareWithUnion
  return out
}

export function toApplyRequest(f: ApplyForm, requestId: string): ApplyRequest {
  return {
    requestId,
    name: f.name.trim(),
    idNumber: normaliseIdNumber(f.idNumber),
    phone: normalisePhone(f.phone),
    ...toWorkplaceRequest(f.workplace),
    consents: { idNumber: true, shareWithUnion: true },
  }
}
