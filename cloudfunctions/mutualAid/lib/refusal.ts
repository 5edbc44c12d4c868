/** A refusal at submission as the member reads it: the code, what to do, and the field it is about. */
import { dayLabel } from '../../../types/legal/days'
import { MUTUAL_AID_ERRORS, REQUIRED_SLOTS, type BenefitKind } from '../../../types/mutual-aid-labels'
import type { Refusal } from '../../_lib/domain/mutual-aid/cover'
import { fail, type Failure } from '../../_lib/runtime/result'
import { documentsMissing } from './photos'

export function refusalMessage(r: Refusal): string {
  const base = MUTUAL_AID_ERRORS[r.code]
  if (r.code === 'MUTUAL_AID.WAITING_PERIOD' && r.firstCoveredDay) return `${base}。您的保障从 ${dayLabel(r.firstCoveredDay)} 起生效`
  if (r.code === 'MUTUAL_AID.CLAIM_TOO_LATE' && r.lastDay) return `${base}（最迟应在 ${dayLabel(r.lastDay)} 前申请）`
  return base
}

const FIELD: Partial<Record<Refusal['code'], string>> = {
  'MUTUAL_AID.WAITING_PERIOD': 'admittedAt',
  'MUTUAL_AID.OUTSIDE_COVER': 'admittedAt',
  'MUTUAL_AID.CLAIM_TOO_LATE': 'dischargedAt',
  'MUTUAL_AID.DUPLICATE_INVOICE': 'invoiceNumbers',
}

export function refuse(r: Refusal, benefit: BenefitKind, slots: readonly string[]): Failure {
  if (r.code === 'MUTUAL_AID.DOCUMENTS_MISSING') return documentsMissing(REQUIRED_SLOTS[benefit].filter((s) => !slots.includes(s)))
  const message = refusalMessage(r)
  const field = FIELD[r.code]
  return fail(r.code, message, field ? { [field]: message } : undefined)
}

/** Dates after today (Shanghai) are refused on the field, as the schema refuses other bad input. */
export function futureDates(input: { admittedAt: string; dischargedAt: string }, today: string): Failure | null {
  const fields: Record<string, string> = {}
  if (input.admittedAt > today) fields.admittedAt = '入院日期不能晚于今天'
  if (input.dischargedAt > today) fields.dischargedAt = '出院日期不能晚于今天'
  const first = Object.values(fields)[0]
  return first ? fail('VALIDATION', first, fields) : null
}
