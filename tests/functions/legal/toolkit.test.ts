/**
 * The toolkit through the function: the limitation clock on the working-day calendar (future dates refused),
 * reminders the sweep sends once, the calculators, and the city's wage parameters.
 */
import { openHarness, anon, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { DEMO_LEGAL_PARAMETERS } from '../../../scripts/host/demo'
import { TUE, at, data, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const pending = async () => {
  // The timer's queue step (inbox items → subscribe messages), at a time before every send these tests make.
  await h.call('notify', { kind: 'system' }, { action: 'queue' }, new Date('2026-01-01T00:00:00+08:00'))
  return (await h.deps.store.outbox.listDue('2099-01-01T00:00:00+08:00', undefined, 100)).items
}

describe('limitation clock', () => {
  it('When the year ends on National Day 2026, then the deadline moves to the next working day, counted from today', async () => {
    const out = data(h, await h.call('legal', anon, { action: 'limitation', category: 'termination', knewAt: '2025-10-01' }, TUE))
    expect(out).toMatchObject({ deadline: '2026-10-08', daysLeft: 212, urgent: false, expired: false, deadlineLabel: '2026年10月8日' })
    expect(out.basis.join('')).toContain('顺延')
    expect(out.basis[out.basis.length - 1]).toBe('《劳动争议调解仲裁法》第二十七条')
  })

  it('When the worker knew on a day still to come, then LEGAL.FUTURE_DATE names knewAt (and a future interruption)', async () => {
    const out = await h.call('legal', anon, { action: 'limitation', category: 'overtime', knewAt: '2026-03-11', interruptions: ['2026-03-01', '2026-04-01'] }, TUE)
    expect(out.error.code).toBe('LEGAL.FUTURE_DATE')
    expect(out.error.fields).toEqual({ knewAt: '知道权利被侵害的日期不能晚于今天', 'interruptions.1': '时效中断的日期不能晚于今天' })
    expect(data(h, await h.call('legal', anon, { action: 'limitation', category: 'overtime', knewAt: '2026-03-10' }, TUE)).deadline).toBe('2027-03-10')
  })

  it('When wages are owed while the job goes on, then no deadline runs yet and no reminder is stored', async () => {
    const out = data(h, await h.as(newWorker())('legal', 'limitationRemind', { requestId: uid('req'), category: 'wage', knewAt: '2026-01-05' }, TUE))
    expect(out).toEqual({ deadline: null, daysLeft: null, reminders: [] })
  })
})

describe('limitation reminders', () => {
  it('When a worker asks for reminders, then past ones are skipped and the sweep sends each once, to the inbox and as a subscribe message', async () => {
    const w = newWorker()
    data(h, await h.as(w)('notify', 'subscribe', { accepted: [{ kind: 'legal', templateId: 'TPL_legal_00000000000000000000000000001' }] }, TUE))
    const body = { requestId: uid('req'), category: 'overtime', knewAt: '2025-04-20' }
    const out = data(h, await h.as(w)('legal', 'limitationRemind', body, TUE))
    expect(out).toEqual({ deadline: '2026-04-20', daysLeft: 41, reminders: [{ dueDay: '2026-03-21', daysBefore: 30 }, { dueDay: '2026-04-13', daysBefore: 7 }] })
    data(h, await h.as(w)('legal', 'limitationRemind', body, TUE)) // a retry adds none
    const before = (await pending()).length

    expect(data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-03-20T23:00:00+08:00'))).reminders).toBe(0)
    expect(data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-03-21T01:00:00+08:00'))).reminders).toBe(1)
    expect(data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-03-21T02:00:00+08:00'))).reminders).toBe(0)
    let items = (await inboxOf(h, w)).mine.filter((i) => i.type === 'legal.reminder')
    expect(items.map((i) => i.title)).toEqual(['仲裁时效提醒：还剩 30 天'])
    expect(items[0].body).toContain('2026年4月20日')
    const queued = (await pending()).slice(before)
    expect(queued).toHaveLength(1)
    expect(queued[0]).toMatchObject({ page: 'legal/pages/limitation/index', data: expect.objectContaining({ thing1: '法律咨询', thing3: '仲裁时效提醒：还剩 30 天' }) })

    expect(data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-04-13T01:00:00+08:00'))).reminders).toBe(1)
    items = (await inboxOf(h, w)).mine.filter((i) => i.type === 'legal.reminder')
    expect(items.map((i) => i.title).sort()).toEqual(['仲裁时效提醒：还剩 30 天', '仲裁时效提醒：还剩 7 天'])
    expect(data(h, await h.call('escalate', timer, { action: 'sweep' }, at('2026-04-14T01:00:00+08:00'))).reminders).toBe(0)
  })

  it('When no one is signed in, then reminders are refused (they belong to an account)', async () => {
    expect((await h.call('legal', anon, { action: 'limitationRemind', requestId: uid('req'), category: 'overtime', knewAt: '2025-04-20' }, TUE)).error.code).toBe('UNAUTHENTICATED')
  })
})

describe('calculators and parameters', () => {
  it('When anyone calculates, then the amount and its lines come back (the same module as the page)', async () => {
    const ot = data(h, await h.call('legal', anon, { action: 'calculate', kind: 'overtime', monthlyWage: 4350, weekdayHours: 10, restDayHours: 8, holidayHours: 0 }))
    expect(ot).toMatchObject({ kind: 'overtime', amount: 775 })
    expect(ot.lines[ot.lines.length - 1]).toMatchObject({ label: '加班费合计', amount: 775, basis: '《劳动法》第四十四条' })
    const bad = await h.call('legal', anon, { action: 'calculate', kind: 'compensation', monthlyWage: 5000, localAverageMonthlyWage: 8000, startDate: '2026-01-01', endDate: '2025-01-01', variant: 'N' })
    expect(bad.error).toMatchObject({ code: 'VALIDATION', fields: { endDate: '离职日期不能早于入职日期' } })
  })

  it('When only the city admin sets a year, then everyone reads it; the demo years say they are demo values', async () => {
    expect(data(h, await h.call('legal', anon, { action: 'parameters', year: 2026 }))).toMatchObject({ ...DEMO_LEGAL_PARAMETERS[1], demo: true })
    for (const who of ['o-town-sx-admin', 'o-lawyer-1', 'o-city-1'])
      expect((await h.as(who)('legal', 'setParameters', { year: 2030, localAverageMonthlyWage: 9000, minimumMonthlyWage: 2600 })).error.code).toBe('FORBIDDEN')
    const set = data(h, await h.as('o-city-admin')('legal', 'setParameters', { year: 2030, localAverageMonthlyWage: 9000, minimumMonthlyWage: 2600 }, TUE))
    expect(set).toMatchObject({ year: 2030, aidIncomeThreshold: 2600, demo: false })
    expect(data(h, await h.call('legal', anon, { action: 'parameters', year: 2030 }))).toMatchObject({ localAverageMonthlyWage: 9000, demo: false })
    expect((await h.call('legal', anon, { action: 'parameters', year: 2031 })).error.code).toBe('LEGAL.NO_PARAMETERS')
  })
})
