/** Shared data for the organising function tests (not a test file). */
import { creditCode } from '../../support/factories'
import type { Harness } from '../../support/harness'

export const TUE = new Date('2026-03-10T10:00:00+08:00')
/** Demo enterprises of 苏溪镇: without a union (122 staff), with its own union, covered by a joint union. */
export const NO_UNION = { creditCode: '91330782MA2EDQXF8K', name: '义乌市凯晟拉链有限公司' }
export const OWN_UNION = { creditCode: '91330782MA21U6RU95', name: '义乌华鑫织造有限公司' }
export const JOINT = { creditCode: '91330782MA2C39H6X8', name: '联合工会覆盖企业' }

export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}

export const org = (h: Harness, openid: string) => (action: string, input: Record<string, unknown> = {}, now = TUE) => h.as(openid)('organising', action, input, now)

/** A 未入库 enterprise row (fresh valid credit code). */
export const outsider = (insured: number, over: Record<string, unknown> = {}) => ({ creditCode: creditCode(), name: `清单外企业${insured}`, insured, townId: '苏溪镇', ...over })
