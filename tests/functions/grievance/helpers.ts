/** Shared test data for the grievance function tests (not a test file: jest runs *.test.ts only). */
import type { Harness } from '../../support/harness'
import { uid } from '../../support/factories'

/** Tuesday 2026-03-10 10:00 in Shanghai: a case received now is to be accepted by the end of Thursday 03-12. */
export const TUE = new Date('2026-03-10T10:00:00+08:00')
export const at = (iso: string) => new Date(iso)

/** A fresh worker openid: each test's workers have their own daily limit, inbox and cases. */
export const newWorker = () => uid('o-w')

export const report = (over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'named',
  description: '三月份工资一直没有发，老板说再等等。', contact: { name: '张三', phone: '13812345678' }, ...over,
})

/** The data of a successful reply; a failure fails the test with its code (and the logged bug, if INTERNAL). */
export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}

/** Files a report as `openid` and returns the submit result. */
export async function file(h: Harness, openid: string, over: Record<string, unknown> = {}, now = TUE) {
  return data(h, await h.as(openid)('grievance', 'submit', report(over), now))
}

/** The inbox entries of a worker (`mine`) and, for an officer, of their org (`org`). */
export async function inboxOf(h: Harness, openid: string): Promise<{ mine: any[]; org: any[] | null }> {
  const out = data(h, await h.as(openid)('grievance', 'inbox', { limit: 100 }))
  return { mine: out.mine.items, org: out.org ? out.org.items : null }
}
