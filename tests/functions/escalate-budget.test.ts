/**
 * The hourly sweep works to a wall-clock budget, not a fixed count: when the budget is spent it stops, says the run
 * was incomplete, and the next run goes on with what is still due (nothing is lost, nothing done twice).
 */
import { openHarness, timer, type Harness } from '../support/harness'
import { uid } from '../support/factories'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const TUE = new Date('2026-03-10T10:00:00+08:00')
const LATE = new Date('2026-03-13T09:00:00+08:00') // past the 03-12 24:00 accept-by

test('a spent budget leaves due cases for the next run, which escalates each exactly once', async () => {
  const ids: string[] = []
  for (let i = 0; i < 3; i++) {
    const out = await h.as(uid('o-w'))('grievance', 'submit', {
      requestId: uid('req'), enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'named',
      description: '两个月没有发工资了。', contact: { name: '李四', phone: '13812345678' },
    }, TUE)
    if (!out.ok) throw new Error(out.error.code)
    ids.push((out.data as { id: string }).id)
  }

  h.deps.limits.sweepBudgetMs = 0
  const starved = await h.call('escalate', timer, { action: 'sweep' }, LATE)
  expect(starved).toMatchObject({ ok: true, data: { escalated: 0, complete: false } })
  for (const id of ids) expect((await h.deps.store.grievances.get(id))!.assignedOrgId).toBe('eu-hx')

  delete h.deps.limits.sweepBudgetMs
  const full = await h.call('escalate', timer, { action: 'sweep' }, LATE)
  expect(full).toMatchObject({ ok: true, data: { complete: true } })
  expect((full as { data: { escalated: number } }).data.escalated).toBeGreaterThanOrEqual(3)
  for (const id of ids) {
    const c = (await h.deps.store.grievances.get(id))!
    expect(c.assignedOrgId).toBe('sx-a1')
    expect(c.history.filter((e) => e.type === 'escalated')).toHaveLength(1)
  }
})
