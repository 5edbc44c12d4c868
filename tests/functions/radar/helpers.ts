/** Shared setup of the radar function tests (not a test file). */
import type { Harness } from '../../support/harness'
import { uid } from '../../support/factories'

/** Tuesday 2026-03-10 10:00 in Shanghai. */
export const TUE = new Date('2026-03-10T10:00:00+08:00')
export const later = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000)

export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}

/** A report by a fresh worker through the real `grievance.submit` (each worker has their own daily cap). */
export async function report(h: Harness, over: Record<string, unknown>, now = TUE) {
  const privacy = (over.privacy as string | undefined) ?? 'named'
  const input = {
    requestId: uid('req'), category: 'wage_arrears', privacy, description: '已经两个月没有发工资了。',
    ...(privacy === 'anonymous' ? {} : { contact: { name: '张秀兰', phone: '13812345678' } }),
    ...over,
  }
  return data(h, await h.as(uid('o-w'))('grievance', 'submit', input, now))
}

export const visitInput = (over: Record<string, unknown> = {}) => ({
  enterpriseId: 'e-sx-002', date: '2026-03-09', findings: '工资按月发放，已提醒补签劳动合同。', requestId: uid('req'), ...over,
})
