/**
 * Filing the monthly zero-report through the real `arrears` function: who may file, which months, the early-warning
 * case a report with arrears opens (routed by the grievance policy, linked both ways), refiles that keep one case and
 * the history, a crash between the case and the report, and bad input with per-field Chinese messages.
 */
import { openHarness, type Harness } from '../../support/harness'
import { AREA, EU_002, EU_HX, JU_SX2, TOWN, TUE, arr, data, owed } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const queue = async (openid: string) => data(h, await h.as(openid)('grievance', 'queue', {}, TUE)).items as Array<Record<string, any>>

it('When an enterprise union files 无欠薪 for February, then the report is stored with its due time and no case is opened', async () => {
  const out = data(h, await arr(h, EU_002)('file', { enterpriseId: 'e-sx-002', month: '2026-02', arrears: null }))
  expect(out).toEqual({ id: 'e-sx-002:2026-02', month: '2026-02', dueBy: '2026-03-07T00:00:00+08:00', dueByEstimated: false, late: true, refiled: false })
  const stored = await h.deps.store.arrears.getReport(out.id)
  expect(stored).toMatchObject({ enterpriseId: 'e-sx-002', townId: 'sx', filerOrgId: 'eu-sx-002', arrears: null, caseId: null, filedBy: EU_002, version: 1, history: [] })
})

it('When 12 workers are owed, then a collective wage_arrears case opens at the town, marked early warning and linked both ways', async () => {
  const out = data(h, await arr(h, EU_HX)('file', { enterpriseId: 'e-hx', month: '2026-01', arrears: owed() }))
  expect(out.caseId).toEqual(expect.any(String))
  const c = (await h.deps.store.grievances.get(out.caseId))!
  expect(c).toMatchObject({
    category: 'wage_arrears', affectedCount: 12, assignedOrgId: 'sx', routeReason: 'COLLECTIVE', enterpriseId: 'e-hx', status: 'pending',
    earlyWarning: { arrearsReportId: 'e-hx:2026-01', month: '2026-01' },
  })
  expect(c.description).toContain('拖欠 12 名职工工资，共 86,000.00 元')
  expect((await h.deps.store.arrears.getReport('e-hx:2026-01'))!.caseId).toBe(out.caseId)
  // The town sees it in its queue like any case, with the badge's flag; its officers' inbox has the news.
  const row = (await queue(TOWN)).find((i) => i.id === out.caseId)
  expect(row).toMatchObject({ category: 'wage_arrears', earlyWarning: true })
  const inbox = data(h, await h.as(TOWN)('grievance', 'inbox', {}, TUE))
  expect(inbox.org.items.some((i: any) => i.caseId === out.caseId && i.title === '收到欠薪预警')).toBe(true)
  // The officer's view of the case says where it came from.
  expect(data(h, await h.as(TOWN)('grievance', 'get', { id: out.caseId }, TUE)).earlyWarning).toEqual({ arrearsReportId: 'e-hx:2026-01', month: '2026-01' })
})

it('When fewer than 10 are owed, then the case stays with the enterprise union, as the grievance policy routes a named report', async () => {
  const out = data(h, await arr(h, EU_HX)('file', { enterpriseId: 'e-hx', month: '2025-12', arrears: owed({ workers: 3, amount: 12000, since: '2025-12' }) }))
  expect(await h.deps.store.grievances.get(out.caseId)).toMatchObject({ assignedOrgId: 'eu-hx', routeReason: 'ENTERPRISE_UNION', affectedCount: 3 })
})

it('When the same month is refiled, then the report is replaced, the history kept, and the one case reused', async () => {
  const file = (arrears: unknown) => arr(h, EU_HX)('file', { enterpriseId: 'e-hx', month: '2025-11', arrears: arrears && { ...arrears, since: '2025-10' } })
  const first = data(h, await file(owed({ workers: 15 })))
  const again = data(h, await file(owed({ workers: 20, amount: 120000 })))
  const cleared = data(h, await file(null))
  expect(again).toMatchObject({ caseId: first.caseId, refiled: true })
  expect(cleared.caseId).toBeUndefined()
  const stored = (await h.deps.store.arrears.getReport('e-hx:2025-11'))!
  expect(stored).toMatchObject({ arrears: null, caseId: first.caseId, version: 3 })
  expect(stored.history.map((f) => f.arrears?.workers)).toEqual([15, 20])
  const back = data(h, await file(owed({ workers: 9 })))
  expect(back.caseId).toBe(first.caseId)
  const open = await h.deps.store.grievances.listOpenAt('e-hx', 'wage_arrears', 100)
  expect(open.filter((c) => c.earlyWarning?.month === '2025-11')).toHaveLength(1)
})

it('When the report write fails after the case was opened, then the retry finds that case: one case, one report', async () => {
  const save = h.deps.store.arrears.saveReport
  h.deps.store.arrears.saveReport = async () => {
    throw new Error('simulated crash after the case insert')
  }
  const input = { enterpriseId: 'e-hx', month: '2025-10', arrears: owed({ workers: 11, since: '2025-09' }) }
  let crashed: any
  try {
    crashed = await arr(h, EU_HX)('file', input)
  } finally {
    h.deps.store.arrears.saveReport = save
  }
  expect(crashed.ok).toBe(false)
  expect(await h.deps.store.arrears.getReport('e-hx:2025-10')).toBeNull()
  const orphan = (await queue(TOWN)).filter((i) => i.earlyWarning && i.affectedCount === 11)
  expect(orphan).toHaveLength(1)
  const retried = data(h, await arr(h, EU_HX)('file', input))
  expect(retried.caseId).toBe(orphan[0].id)
  expect((await queue(TOWN)).filter((i) => i.earlyWarning && i.affectedCount === 11)).toHaveLength(1)
  h.log.entries.length = 0 // the simulated crash was logged as a bug on purpose
})

it('When two filings of one month with arrears race, then one case is opened', async () => {
  const input = { enterpriseId: 'e-sx-003', month: '2026-02', arrears: owed({ workers: 13 }) }
  const outs = await Promise.all([arr(h, JU_SX2)('file', input), arr(h, JU_SX2)('file', input)])
  const cases = new Set(outs.filter((o) => o.ok).map((o) => o.data.caseId))
  expect(cases.size).toBe(1)
  expect(outs.every((o) => o.ok || o.error.code === 'CONFLICT')).toBe(true)
  expect((await h.deps.store.grievances.listOpenAt('e-sx-003', 'wage_arrears', 100)).filter((c) => c.earlyWarning)).toHaveLength(1)
})

describe('who files', () => {
  it.each([
    ['a joint union for an enterprise it covers', JU_SX2, 'e-sx-004'],
    ['the town for an enterprise with neither union', TOWN, 'e-sx-007'],
  ])('When %s files, then it is accepted', async (_w, openid, enterpriseId) => {
    expect((await arr(h, openid)('file', { enterpriseId, month: '2026-02', arrears: null })).ok).toBe(true)
  })

  it.each([
    ['an enterprise union for another enterprise', EU_HX, 'e-sx-002'],
    ['the town for an enterprise that has its own union', TOWN, 'e-hx'],
    ['the area committee above the union', AREA, 'e-hx'],
    ['an enterprise union for an enterprise its joint union covers', EU_HX, 'e-sx-003'],
  ])('When %s files, then it is refused and nothing is written', async (_w, openid, enterpriseId) => {
    const out = await arr(h, openid)('file', { enterpriseId, month: '2025-09', arrears: null })
    expect(out.error).toMatchObject({ code: 'FORBIDDEN', message: '这家企业不由您的工会报送' })
    expect(await h.deps.store.arrears.getReport(`${enterpriseId}:2025-09`)).toBeNull()
  })

  it('When a worker (no officer record) files, then it is refused', async () => {
    expect((await arr(h, 'o-worker-1')('file', { enterpriseId: 'e-hx', month: '2026-02', arrears: null })).error.code).toBe('FORBIDDEN')
  })
})

describe('bad input', () => {
  it.each([
    ['a month not ended', { month: '2026-03' }, 'month', '这个月还没有结束，下月初再报'],
    ['a month more than 12 months back', { month: '2025-02' }, 'month', '只能补报最近 12 个月'],
    ['a malformed month', { month: '2026-13' }, 'month', '报告月份应为 年-月（如 2026-02）'],
    ['arrears since a later month', { arrears: owed({ since: '2026-03' }) }, 'arrears.since', '欠薪起始月份不能晚于报告月份'],
    ['no workers owed', { arrears: owed({ workers: 0 }) }, 'arrears.workers', '欠薪人数至少 1 人'],
    ['an amount of 0', { arrears: owed({ amount: 0 }) }, 'arrears.amount', '欠薪金额应大于 0'],
    ['fen below a cent', { arrears: owed({ amount: 1.005 }) }, 'arrears.amount', '欠薪金额最多保留两位小数'],
    ['no cause', { arrears: owed({ cause: '  ' }) }, 'arrears.cause', '请填写欠薪原因'],
  ])('When the filing has %s, then it is refused with a Chinese message at its field', async (_w, over, field, message) => {
    const out = await arr(h, EU_HX)('file', { enterpriseId: 'e-hx', month: '2026-02', arrears: null, ...over })
    expect(out.ok).toBe(false)
    expect(out.error.fields[field]).toBe(message)
  })

  it('When the enterprise is unknown, then the refusal is at enterpriseId', async () => {
    const out = await arr(h, EU_HX)('file', { enterpriseId: 'e-nowhere', month: '2026-02', arrears: null })
    expect(out.error).toMatchObject({ code: 'ARREARS.UNKNOWN_ENTERPRISE', fields: { enterpriseId: '没有找到这家企业' } })
  })
})
