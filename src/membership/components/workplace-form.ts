/**
 * The workplace part of the 入会 and 会籍转接 forms: its state, the checks worth making before sending, and the
 * request fields. The server's schema (types/membership.ts) stays the authority and its `fields` are shown the
 * same way; shared wording comes from WORKPLACE_MESSAGES in the zod-free types/membership-labels.ts.
 */
import type { Enterprise } from '../../../types/directory'
import { WORKPLACE_MESSAGES, type Occupation } from '../../../types/membership-labels'
import type { WorkplaceRequest } from '../../services/membership'
import { requestIdOf } from '../../services/request-id'

/** 搜索单位 (directory), 直接填写 (typed name + town), or 无固定单位 / 新就业形态. */
export type WorkplaceMode = 'directory' | 'typed' | 'none'
export type WorkplaceForm = {
  mode: WorkplaceMode
  enterprise: Enterprise | null
  enterpriseName: string
  townId: string | null
  occupation: Occupation | null
  residenceTownId: string | null
  employerBlind: boolean
}

export const emptyWorkplace: WorkplaceForm = {
  mode: 'directory', enterprise: null, enterpriseName: '', townId: null, occupation: null, residenceTownId: null, employerBlind: false,
}

/** The server's field keys a workplace form field clears when the worker changes it. */
export const WORKPLACE_FIELD_KEYS: Record<keyof WorkplaceForm, string[]> = {
  mode: ['enterpriseId', 'enterpriseName', 'townId', 'occupation', 'residenceTownId', 'noFixedEmployer'],
  enterprise: ['enterpriseId'],
  enterpriseName: ['enterpriseName', 'enterpriseId'],
  townId: ['townId'],
  occupation: ['occupation'],
  residenceTownId: ['residenceTownId'],
  employerBlind: ['employerBlind'],
}

/** Once per form: a retry (or a double tap) reuses it, so the server records the application only once. */
export const newRequestId = () => requestIdOf('m')

export function checkWorkplace(w: WorkplaceForm): Record<string, string> {
  const out: Record<string, string> = {}
  if (w.mode === 'directory' && !w.enterprise) out.enterpriseId = '请从搜索结果里选一个单位，或改选“直接填写”“无固定单位”'
  if (w.mode === 'typed' && !w.enterpriseName.trim()) out.enterpriseName = '请填写单位名称'
  if (w.mode === 'none') {
    if (!w.occupation) out.occupation = WORKPLACE_MESSAGES.occupationMissing
    if (!w.residenceTownId) out.residenceTownId = WORKPLACE_MESSAGES.residenceMissing
  }
  return out
}

/** Only the fields of the chosen mode: the server rejects fields that belong to another choice. */
export function toWorkplaceRequest(w: WorkplaceForm): WorkplaceRequest {
  if (w.mode === 'none') {
    return { noFixedEmployer: true, occupation: w.occupation ?? undefined, residenceTownId: w.residenceTownId ?? undefined }
  }
  const employer =
    w.mode === 'directory'
      ? { enterpriseId: w.enterprise?.id }
      : { enterpriseName: w.enterpriseName.trim(), ...(w.townId ? { townId: w.townId } : {}) }
  return { ...employer, noFixedEmployer: false, employerBlind: w.employerBlind }
}

/** One line for a confirmation or a summary: the enterprise, or the occupation and where the worker lives. */
export function workplaceText(w: WorkplaceForm, townName: (id: string) => string): string {
  if (w.mode === 'none') return `无固定单位 · ${w.occupation ?? ''} · 居住在${w.residenceTownId ? townName(w.residenceTownId) : ''}`
  if (w.mode === 'directory') return w.enterprise?.name ?? ''
  return `${w.enterpriseName.trim()}${w.townId ? `（${townName(w.townId)}）` : ''}`
}
