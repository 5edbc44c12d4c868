/** Shared test data for the arrears function tests (not a test file: jest runs *.test.ts only). */
import type { Harness } from '../../support/harness'

/** Tuesday 2026-03-10 10:00 in Shanghai: February's reports were due by the end of Friday 6 March. */
export const TUE = new Date('2026-03-10T10:00:00+08:00')
/** Thursday 2026-03-05: before February's due time. */
export const THU = new Date('2026-03-05T10:00:00+08:00')

export const EU_HX = 'o-eu-hx-1' // 华鑫织造工会 → e-hx (under 苏溪镇第一片区工委)
export const EU_002 = 'o-eu-sx-002-1' // 佳邦织造工会 → e-sx-002 (directly under 苏溪镇)
export const JU_SX2 = 'o-ju-sx2-1' // 苏溪镇工业功能区联合工会 → e-sx-003, e-sx-004, e-sx-006…
export const TOWN = 'o-town-sx-1' // 苏溪镇总工会 → e-sx-007 (no union, no joint union)
export const AREA = 'o-sx-a1-1'

export const owed = (over: Record<string, unknown> = {}) => ({ workers: 12, amount: 86000, since: '2026-01', cause: '订单减少，资金周转困难', ...over })

export const arr = (h: Harness, openid: string) => (action: string, input: Record<string, unknown> = {}, now = TUE) =>
  h.as(openid)('arrears', action, input, now)

/** The data of a successful reply; a failure fails the test with its code (and the logged bug, if INTERNAL). */
export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}
