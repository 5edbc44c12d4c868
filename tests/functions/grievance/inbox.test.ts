import { openHarness, timer, type Harness } from '../../support/harness'
import { TUE, at, data, file, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const REPLY = '我们已经联系了企业负责人，周五前给您答复。'
const QUESTION = '请补充您的入职时间和工资标准。'
const ANSWER = '我是2025年5月入职的，每月5200元。'

describe('the in-app inbox', () => {
  it('When a case goes through every step, then the worker and each holding org get an entry per event, none carrying names, phones or text', async () => {
    const worker = newWorker()
    const c = await file(h, worker, { contact: { name: '冯二', phone: '13611110000' } })
    expect(c.assignedOrgId).toBe('eu-hx')
    // Nobody at the enterprise union accepts: the sweep moves it up to the area committee.
    data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-03-13T00:30:00+08:00')))
    const officer = h.as('o-sx-a1-1')
    data(h, await officer('grievance', 'accept', { id: c.id }, at('2026-03-13T09:00:00+08:00')))
    data(h, await officer('grievance', 'reply', { id: c.id, text: REPLY }, at('2026-03-13T10:00:00+08:00')))
    data(h, await officer('grievance', 'requestInfo', { id: c.id, question: QUESTION }, at('2026-03-13T11:00:00+08:00')))
    data(h, await h.as(worker)('grievance', 'reply', { id: c.id, text: ANSWER }, at('2026-03-13T12:00:00+08:00')))
    data(h, await officer('grievance', 'resolve', { id: c.id, outcome: 'resolved', summary: '企业已补发工资。' }, at('2026-03-16T12:00:00+08:00')))

    const types = (items: any[]) => items.filter((i) => i.caseId === c.id).map((i) => i.type).sort()
    const mine = (await inboxOf(h, worker)).mine
    expect(types(mine)).toEqual([
      'grievance.accepted', 'grievance.escalated', 'grievance.info_requested', 'grievance.replied', 'grievance.resolved', 'grievance.submitted',
    ])
    expect((await inboxOf(h, worker)).org).toBeNull()
    expect(types((await inboxOf(h, 'o-eu-hx-1')).org!)).toEqual(['grievance.received'])
    expect(types((await inboxOf(h, 'o-sx-a1-1')).org!)).toEqual(['grievance.escalated', 'grievance.replied'])

    const everything = JSON.stringify([mine, (await inboxOf(h, 'o-eu-hx-1')).org, (await inboxOf(h, 'o-sx-a1-1')).org])
    for (const secret of ['冯二', '13611110000', REPLY, QUESTION, ANSWER, '三月份工资一直没有发', worker]) expect(everything).not.toContain(secret)
  })

  it('When a worker or an officer marks an entry read, then only their own (or their org’s) entries can be marked', async () => {
    const worker = newWorker()
    await file(h, worker, { enterpriseId: 'e-sx-002' })
    const [entry] = (await inboxOf(h, worker)).mine
    expect(entry).toMatchObject({ type: 'grievance.submitted', read: false })
    expect((await h.as(newWorker())('grievance', 'markRead', { id: entry.id })).error.code).toBe('NOT_FOUND')
    expect(data(h, await h.as(worker)('grievance', 'markRead', { id: entry.id }))).toEqual({ id: entry.id, read: true })
    expect((await inboxOf(h, worker)).mine[0].read).toBe(true)

    const [orgEntry] = (await inboxOf(h, 'o-eu-sx-002-1')).org!
    expect((await h.as('o-eu-hx-1')('grievance', 'markRead', { id: orgEntry.id })).error.code).toBe('NOT_FOUND')
    expect((await h.as('o-lawyer-1')('grievance', 'markRead', { id: orgEntry.id })).error.code).toBe('NOT_FOUND')
    data(h, await h.as('o-eu-sx-002-1')('grievance', 'markRead', { id: orgEntry.id }))
    expect((await inboxOf(h, 'o-eu-sx-002-1')).org![0].read).toBe(true)
  })

  it('When an org has more entries than a page, then its list pages by its own cursor', async () => {
    const officer = h.as('o-eu-sx-002-1')
    for (let i = 0; i < 3; i++) await file(h, newWorker(), { enterpriseId: 'e-sx-002' }, TUE)
    const seen: string[] = []
    let orgAfter: string | undefined
    for (let pages = 0; pages < 10; pages++) {
      const out = data(h, await officer('grievance', 'inbox', { limit: 2, ...(orgAfter ? { orgAfter } : {}) }))
      expect(out.mine).toEqual({ items: [], next: null })
      expect(out.org.orgId).toBe('eu-sx-002')
      expect(out.org.items.length).toBeLessThanOrEqual(2)
      seen.push(...out.org.items.map((i: any) => i.id))
      if (!out.org.next) break
      orgAfter = out.org.next
    }
    // One entry from the previous test plus these three, each once.
    expect(new Set(seen).size).toBe(4)
    expect(seen).toHaveLength(4)
  })
})
