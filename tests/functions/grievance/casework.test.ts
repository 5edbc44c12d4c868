import { openHarness, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { at, data, file, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const town = () => h.as('o-town-sx-1')
const ELEVEN = at('2026-03-10T11:00:00+08:00')

/** An employer-blind case of a fresh worker, accepted by 苏溪镇总工会 on Tuesday 11:00 (resolve by the end of 03-25). */
async function acceptedCase(over: Record<string, unknown> = {}) {
  const worker = newWorker()
  const c = await file(h, worker, { privacy: 'employer_blind', ...over })
  data(h, await town()('grievance', 'accept', { id: c.id }, ELEVEN))
  return { worker, id: c.id as string }
}

/**
 * Messages come back in id order, and ids are time-ordered by the machine clock to the millisecond only
 * (runtime/ids.ts): two calls in the same millisecond may swap. Tests order by the request time instead.
 */
const byTime = (items: any[]) => [...items].sort((a, b) => a.at.localeCompare(b.at))

async function resolvedCase(now = at('2026-03-15T10:00:00+08:00')) {
  const c = await acceptedCase()
  data(h, await town()('grievance', 'resolve', { id: c.id, outcome: 'partly_resolved', summary: '企业已补发部分工资。' }, now))
  return c
}

describe('transfer', () => {
  it('When a town officer transfers a case up to the city, then the city must accept it itself on a fresh clock, and the worker sees the hop', async () => {
    const { worker, id } = await acceptedCase()
    const out = data(h, await town()('grievance', 'transfer', { id, toOrgId: 'yw', reason: '涉及多个镇，需要市总协调' }, at('2026-03-11T09:00:00+08:00')))
    expect(out).toMatchObject({ status: 'pending', assignedOrgId: 'yw', acceptBy: '2026-03-14T00:00:00+08:00' })
    // Above the town now: out of its officers' sight.
    expect((await town()('grievance', 'accept', { id })).error.code).toBe('NOT_FOUND')
    data(h, await h.as('o-city-admin')('grievance', 'accept', { id }, at('2026-03-11T10:00:00+08:00')))
    const seen = data(h, await h.as(worker)('grievance', 'get', { id }))
    expect(seen.history.find((e: any) => e.type === 'transferred')).toMatchObject({ fromOrgId: 'sx', toOrgId: 'yw', reason: 'TRANSFERRED' })
    expect(seen).toMatchObject({ status: 'accepted', assignedOrgId: 'yw', assignedOrgName: '义乌市总工会' })
  })
})

describe('request for information', () => {
  it('When the officer asks for information, then the resolve clock pauses and resolve-by moves out by exactly the wait', async () => {
    const { worker, id } = await acceptedCase()
    expect(data(h, await h.as(worker)('grievance', 'get', { id })).resolveBy).toBe('2026-03-26T00:00:00+08:00')
    const asked = data(h, await town()('grievance', 'requestInfo', { id, question: '请补充最近三个月的工资条。' }, at('2026-03-11T09:00:00+08:00')))
    expect(asked).toMatchObject({ status: 'awaiting_info', pausedSince: '2026-03-11T09:00:00+08:00' })
    expect((await town()('grievance', 'requestInfo', { id, question: '再问一次' })).error.code).toBe('GRIEVANCE.NOT_OPEN')
    expect(data(h, await h.as(worker)('grievance', 'get', { id }))).toMatchObject({ status: 'awaiting_info', paused: true })

    // Past the original resolve-by, a paused case is not supervised by the sweep.
    data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-03-26T01:00:00+08:00')))
    expect((await h.deps.store.grievances.get(id))!.supervised).toBe(false)

    // The worker answers 2 days, 3 hours and 30 seconds later.
    const answered = data(h, await h.as(worker)('grievance', 'reply', { id, text: '工资条已经拍照上传。' }, at('2026-03-13T12:00:30+08:00')))
    expect(answered).toMatchObject({ status: 'accepted', resolveBy: '2026-03-28T03:00:30+08:00' })
    const seen = data(h, await h.as(worker)('grievance', 'get', { id }))
    expect(seen.history.map((e: any) => e.type)).toEqual(['submitted', 'accepted', 'info_requested', 'info_provided'])
    expect(seen.paused).toBe(false)
    const thread = data(h, await h.as(worker)('grievance', 'messages', { id }))
    expect(byTime(thread.items).map((m: any) => [m.from, m.kind])).toEqual([['officer', 'info_request'], ['worker', 'info_reply']])
  })

  it('When the case is still pending, then the officer can neither ask for information nor reply, but the worker can write', async () => {
    const worker = newWorker()
    const c = await file(h, worker, { privacy: 'employer_blind' })
    expect((await town()('grievance', 'requestInfo', { id: c.id, question: '请补充情况' })).error.code).toBe('GRIEVANCE.NOT_OPEN')
    expect((await town()('grievance', 'reply', { id: c.id, text: '您好' })).error.code).toBe('GRIEVANCE.NOT_OPEN')
    expect(data(h, await h.as(worker)('grievance', 'reply', { id: c.id, text: '补充一下：拖欠的是加班费。' }))).toMatchObject({ status: 'pending' })
    const thread = data(h, await town()('grievance', 'messages', { id: c.id }))
    expect(thread.items).toEqual([expect.objectContaining({ from: 'worker', kind: 'message', text: '补充一下：拖欠的是加班费。' })])
  })

  it('When several workers are on a case, then a worker sees the union’s messages but not a co-worker’s, and the officer sees all', async () => {
    const { worker, id } = await acceptedCase({ category: 'safety' })
    const joiner = newWorker()
    data(h, await h.as(joiner)('grievance', 'join', { caseId: id, requestId: uid('req'), privacy: 'anonymous' }, ELEVEN))
    data(h, await h.as(worker)('grievance', 'reply', { id, text: '我是三车间的，机器没有防护罩。' }, at('2026-03-11T09:00:00+08:00')))
    data(h, await town()('grievance', 'reply', { id, text: '我们下周去企业检查。' }, at('2026-03-11T10:00:00+08:00')))
    const mine = data(h, await h.as(joiner)('grievance', 'messages', { id }))
    expect(mine.items.map((m: any) => m.text)).toEqual(['我们下周去企业检查。'])
    const all = data(h, await town()('grievance', 'messages', { id }))
    expect(byTime(all.items).map((m: any) => m.from)).toEqual(['worker', 'officer'])
    expect((await h.as(newWorker())('grievance', 'messages', { id })).error.code).toBe('NOT_FOUND')
  })
})

describe('closing: confirm, rate, reopen', () => {
  it('When the worker reopens within 15 days, then the same org works on it again with a fresh 15-day clock', async () => {
    const { worker, id } = await resolvedCase()
    const out = data(h, await h.as(worker)('grievance', 'reopen', { id, reason: '只补发了一个月，还差两个月。' }, at('2026-03-20T08:00:00+08:00')))
    expect(out).toMatchObject({ status: 'accepted', reopenCount: 1, resolveBy: '2026-04-05T00:00:00+08:00' })
    const seen = data(h, await town()('grievance', 'get', { id }))
    expect(seen).toMatchObject({ assignedOrgId: 'sx', status: 'accepted', outcome: null })
    expect(seen.history.at(-1)).toMatchObject({ type: 'reopened', toOrgId: 'sx' })
    const thread = data(h, await town()('grievance', 'messages', { id }))
    expect(thread.items).toEqual([expect.objectContaining({ from: 'worker', text: '只补发了一个月，还差两个月。' })])
    const { org } = await inboxOf(h, 'o-town-sx-1')
    expect(org!.filter((i) => i.caseId === id).map((i) => i.type)).toContain('grievance.reopened')
  })

  it('When more than 15 days have passed since resolution, then reopening is refused with GRIEVANCE.REOPEN_EXPIRED', async () => {
    const { worker, id } = await resolvedCase(at('2026-03-15T10:00:00+08:00'))
    // Resolved on 03-15: reopenable until the end of 03-30.
    const late = await h.as(worker)('grievance', 'reopen', { id, reason: '问题又出现了。' }, at('2026-03-31T00:00:00+08:00'))
    expect(late.error).toMatchObject({ code: 'GRIEVANCE.REOPEN_EXPIRED', message: expect.stringContaining('15 天') })
    data(h, await h.as(worker)('grievance', 'reopen', { id, reason: '问题又出现了。' }, at('2026-03-30T23:59:59+08:00')))
  })

  it('When the worker confirms and rates, then the case is closed and a second rating is refused', async () => {
    const { worker, id } = await acceptedCase()
    expect((await h.as(worker)('grievance', 'rate', { id, score: 5 })).error.code).toBe('GRIEVANCE.NOT_OPEN')
    expect((await h.as(worker)('grievance', 'confirm', { id })).error.code).toBe('GRIEVANCE.NOT_OPEN')
    data(h, await town()('grievance', 'resolve', { id, outcome: 'resolved', summary: '已补发。' }, at('2026-03-15T10:00:00+08:00')))
    expect(data(h, await h.as(worker)('grievance', 'confirm', { id }, at('2026-03-16T10:00:00+08:00')))).toMatchObject({ status: 'closed', closedAt: '2026-03-16T10:00:00+08:00' })
    expect(data(h, await h.as(worker)('grievance', 'rate', { id, score: 4, comment: '处理及时' }))).toEqual({ id, rating: 4 })
    const again = await h.as(worker)('grievance', 'rate', { id, score: 1 })
    expect(again.error).toMatchObject({ code: 'GRIEVANCE.ALREADY_RATED', message: expect.stringContaining('评价') })
    const seen = data(h, await town()('grievance', 'get', { id }))
    expect(seen).toMatchObject({ status: 'closed', rating: 4 })
    expect(JSON.stringify(seen)).not.toContain('处理及时')
    expect(seen.history.slice(-3).map((e: any) => e.type)).toEqual(['resolved', 'confirmed', 'rated'])
  })
})
