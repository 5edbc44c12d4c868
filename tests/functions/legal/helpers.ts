/** Shared test data for the legal function tests (not a test file: jest runs *.test.ts only). */
import type { Harness } from '../../support/harness'
import { uid } from '../../support/factories'

/** Tuesday 2026-03-10 10:00 in Shanghai: a consultation asked now is to be answered by 03-11 10:00. */
export const TUE = new Date('2026-03-10T10:00:00+08:00')
export const at = (iso: string) => new Date(iso)
export const hoursAfter = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000)

/** A fresh worker openid: each test's workers have their own daily cap, inbox and consultations. */
export const newWorker = () => uid('o-w')

export const QUESTION = '公司已经两个月没有发工资了，老板说资金周转困难，我该怎么办？'
export const ANSWER = '可以先书面催告单位支付，保留工资条和聊天记录，必要时向劳动仲裁委员会申请仲裁。'

export const question = (over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), category: 'wage', question: QUESTION, privacy: 'named', townId: 'sx', ...over,
})

/** The data of a successful reply; a failure fails the test with its code (and the logged bug, if INTERNAL). */
export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}

/** Asks as `openid`; the ask result. */
export async function ask(h: Harness, openid: string, over: Record<string, unknown> = {}, now = TUE) {
  return data(h, await h.as(openid)('legal', 'ask', question(over), now))
}

/** A lawyer (or any role) at an org, straight into the directory. Add before the first ask at that town: `ask` caches "has a lawyer" for a minute. */
export async function addOfficer(h: Harness, orgId: string, role: 'lawyer' | 'officer' | 'admin' = 'lawyer'): Promise<string> {
  const openid = uid(`o-${role}-${orgId}`)
  await h.deps.store.officers.put({ openid, orgId, role, name: '测试人员' })
  return openid
}

/** The inbox entries of a worker (`mine`) and, for an officer, of their org (`org`). */
export async function inboxOf(h: Harness, openid: string): Promise<{ mine: any[]; org: any[] | null }> {
  const out = data(h, await h.as(openid)('grievance', 'inbox', { limit: 100 }))
  return { mine: out.mine.items, org: out.org ? out.org.items : null }
}
