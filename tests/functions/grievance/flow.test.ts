import { openHarness, anon, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const TUE = new Date('2026-03-10T10:00:00+08:00')
const report = (over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'named',
  description: '三月份工资一直没有发，老板说再等等。', contact: { name: '张三', phone: '13812345678' }, ...over,
})

describe('grievance flow', () => {
  it('When a worker files a named report at an enterprise with a union, then it goes to that union with a 2-working-day clock', async () => {
    const out = await h.as('o-worker-1')('grievance', 'submit', report(), TUE)
    expect(out.data).toMatchObject({ status: 'pending', assignedOrgId: 'eu-hx', routeReason: 'ENTERPRISE_UNION', acceptBy: '2026-03-13T00:00:00+08:00' })
    expect(out.data.receipt).toMatch(/^\d{16}$/)
  })

  it('When a worker previews an employer-blind report, then it names the town federation and the deadline, writing nothing', async () => {
    const before = await h.as('o-worker-preview')('grievance', 'mine', {})
    const out = await h.as('o-worker-preview')('grievance', 'preview', { enterpriseId: 'e-hx', privacy: 'employer_blind' }, TUE)
    expect(out.data).toMatchObject({ orgId: 'sx', orgName: '苏溪镇总工会', routeReason: 'EMPLOYER_BLIND', acceptByLabel: '3月12日 24:00' })
    expect((await h.as('o-worker-preview')('grievance', 'mine', {})).data).toEqual(before.data)
    expect((await h.as('o-worker-preview')('grievance', 'preview', { enterpriseId: 'nope', privacy: 'named' })).error.code).toBe('GRIEVANCE.UNKNOWN_ENTERPRISE')
  })

  it('When the same requestId is submitted again, then the first result comes back and nothing new is created', async () => {
    const body = report()
    const a = await h.as('o-worker-1')('grievance', 'submit', body, TUE)
    const b = await h.as('o-worker-1')('grievance', 'submit', body, TUE)
    expect(b.data).toEqual(a.data)
  })

  it('When the report is employer-blind, then the town federation receives it and enterprise-union officers cannot see it', async () => {
    const out = await h.as('o-worker-2')('grievance', 'submit', report({ privacy: 'employer_blind' }), TUE)
    expect(out.data).toMatchObject({ assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND' })
    expect((await h.as('o-eu-hx-1')('grievance', 'get', { id: out.data.id })).error.code).toBe('NOT_FOUND')
    const seen = await h.as('o-town-sx-1')('grievance', 'get', { id: out.data.id })
    expect(seen.data.reporter).toMatchObject({ visible: true, name: '张三', phoneMasked: '138****5678' })
    expect(JSON.stringify(seen.data)).not.toContain('13812345678')
  })

  it('When a town officer accepts and resolves, then the worker sees it; a second accept conflicts', async () => {
    const { data } = await h.as('o-worker-2')('grievance', 'submit', report({ privacy: 'anonymous', contact: undefined }), TUE)
    const officer = h.as('o-town-sx-1')
    const queue = await officer('grievance', 'queue', {}, TUE)
    expect(queue.data.items.map((i: any) => i.id)).toContain(data.id)
    const [a, b] = await Promise.all([officer('grievance', 'accept', { id: data.id }, TUE), h.as('o-town-sx-2')('grievance', 'accept', { id: data.id }, TUE)])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok).error.code).toMatch(/CONFLICT|GRIEVANCE.NOT_OPEN/)
    const view = await officer('grievance', 'get', { id: data.id })
    expect(view.data.reporter).toMatchObject({ visible: false })
    expect(JSON.stringify(view.data)).not.toMatch(/o-worker-2/)
    await officer('grievance', 'resolve', { id: data.id, outcome: 'resolved', summary: '已督促企业补发工资。' })
    const mine = await h.as('o-worker-2')('grievance', 'mine', {})
    expect(mine.data.items.find((i: any) => i.id === data.id).status).toBe('resolved')
    const byReceipt = await h.call('grievance', anon, { action: 'byReceipt', receipt: data.receipt })
    expect(byReceipt.data).toMatchObject({ id: data.id, status: 'resolved', outcome: 'resolved' })
  })

  it('When nobody accepts in time, then the hourly sweep escalates up the tree to the root and marks it overdue', async () => {
    const { data } = await h.as('o-worker-1')('grievance', 'submit', report(), TUE)
    let now = new Date('2026-03-13T00:30:00+08:00')
    const hops: string[] = []
    for (let i = 0; i < 5; i++) {
      await h.call('escalate', timer, { action: 'sweep' }, now)
      const c = await h.deps.store.grievances.get(data.id)
      hops.push(`${c!.assignedOrgId}${c!.overdue ? '!' : ''}`)
      now = new Date(new Date(c!.acceptBy).getTime() + 3600_000)
    }
    expect(hops).toEqual(['sx-a1', 'sx', 'yw', 'yw!', 'yw!'])
    const worker = await h.as('o-worker-1')('grievance', 'get', { id: data.id })
    expect(worker.data.history.filter((e: any) => e.type === 'escalated')).toHaveLength(3)
  })

  it('When a worker submits more than the daily limit, then RATE_LIMITED', async () => {
    const me = h.as('o-worker-limit')
    for (let i = 0; i < 10; i++) expect((await me('grievance', 'submit', report(), TUE)).ok).toBe(true)
    expect((await me('grievance', 'submit', report(), TUE)).error.code).toBe('RATE_LIMITED')
    expect((await me('grievance', 'submit', report(), new Date('2026-03-11T00:00:01+08:00'))).ok).toBe(true)
  })
})
