/**
 * The radar through its real entry, on the real sources: grievance cases (named and protected, collective), a
 * zero-report with arrears (arrears.file), two insured-list imports (organising.importInsured); consultations never
 * count; the list is the town's snapshot, recomputed after an hour or on 刷新; 法律体检 visits show on the row.
 */
import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { data, later, report, TUE, visitInput } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const town = (openid = 'o-town-sx-1') => h.as(openid)
const list = async (input: Record<string, unknown> = {}, now = TUE) => data(h, await town()('radar', 'list', { townId: 'sx', ...input }, now))
const rowOf = (view: any, enterpriseId: string) => view.items.find((r: any) => r.enterpriseId === enterpriseId)

test('When cases, a consultation, an arrears report and two imports arrive, then the row scores what counts, with its reasons', async () => {
  await report(h, { enterpriseId: 'e-sx-002', affectedCount: 4 }) // collective wage arrears: 6
  await report(h, { enterpriseId: 'e-sx-002', privacy: 'anonymous', category: 'safety' }) // 3, a town's view counts it
  await report(h, { enterpriseId: 'e-sx-002', category: 'overtime', privacy: 'employer_blind' }) // 1
  const before = rowOf(await list({ refresh: true }), 'e-sx-002')
  expect(before.score).toBe(10)
  expect(before.overThreshold).toBe(true)
  // A legal consultation about the same town is never counted.
  const asked = await h.as(uid('o-w'))('legal', 'ask', { requestId: uid('req'), category: 'wage', question: '佳邦纺织两个月没发工资了，我该怎么办？', privacy: 'named', townId: 'sx' }, TUE)
  expect(asked.ok).toBe(true)
  expect(rowOf(await list({ refresh: true }), 'e-sx-002').score).toBe(10)
  // The reasons are counts: no name, phone or description of any report.
  expect(JSON.stringify(before)).not.toMatch(/张秀兰|138|没有发工资/)
  expect(before.reasons.map((r: any) => r.text)).toEqual(['近90天欠薪诉求 1 件（含集体 1 件）', '近90天劳动安全诉求 1 件', '近90天加班/工时诉求 1 件'])
})

test('When the enterprise union files 有欠薪, then the report (and its early-warning case) count', async () => {
  const filed = await h.as('o-eu-hx-1')('arrears', 'file', {
    enterpriseId: 'e-hx', month: '2026-02', arrears: { workers: 12, amount: 86000, since: '2026-01', cause: '订单减少，资金周转困难' },
  }, TUE)
  expect(filed.ok).toBe(true)
  const hx = rowOf(await list({ refresh: true }), 'e-hx')
  expect(hx.reasons).toEqual(expect.arrayContaining([
    { text: '近90天零报告申报欠薪 1 次', points: 4 },
    { text: '近90天欠薪诉求 1 件（含集体 1 件）', points: 6 },
  ]))
})

test('When two insured-list imports show a fall of 20 % or more, then the row says so', async () => {
  const row = (insured: number) => ({ creditCode: '91330782MA2C39H6X8', name: '义乌市卓誉织造有限公司', insured, townId: 'sx' })
  for (const insured of [50, 30]) {
    const out = await h.as('o-city-admin')('organising', 'importInsured', { rows: [row(insured)], last: true }, TUE)
    expect(out).toMatchObject({ ok: true })
  }
  // (Since 华鑫 filed for February, the town runs the zero-report that month: the others are 1 month overdue.)
  expect(rowOf(await list({ refresh: true }), 'e-sx-003')?.reasons).toEqual([
    { text: '参保人数下降 40%（50→30 人）', points: 3 }, { text: '近90天零报告逾期未报 1 次', points: 1 },
  ])
})

test('When a case arrives, then the list shows it after an hour or on 刷新, not before (the snapshot is one read)', async () => {
  const t0 = later(TUE, 2)
  await list({ refresh: true }, t0)
  await report(h, { enterpriseId: 'e-sx-005', category: 'contract' }, t0)
  const contract = { text: '近90天劳动合同诉求 1 件', points: 1 }
  expect(rowOf(await list({}, later(t0, 0.5)), 'e-sx-005').reasons).not.toContainEqual(contract)
  expect(rowOf(await list({}, later(t0, 1.01)), 'e-sx-005').reasons).toContainEqual(contract)
})

test('When the list is paged, then pages follow the ranking without overlap', async () => {
  const all = await list({ refresh: true, limit: 200 })
  const first = await list({ limit: 2 })
  const second = await list({ limit: 2, cursor: first.next })
  expect([...first.items, ...second.items].map((r: any) => r.enterpriseId)).toEqual(all.items.slice(0, 4).map((r: any) => r.enterpriseId))
  const scores = all.items.map((r: any) => r.score)
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
  expect(all.total).toBe(all.items.length)
})

describe('法律体检 visits', () => {
  test('When a visit is recorded, then the row shows its date and the enterprise lists it; a retry records it once', async () => {
    const input = visitInput({ enterpriseId: 'e-sx-002', date: '2026-03-09' })
    const saved = data(h, await town()('radar', 'visit', input, TUE))
    expect(saved).toMatchObject({ townId: 'sx', enterpriseId: 'e-sx-002', date: '2026-03-09', recorded: true })
    expect(data(h, await town()('radar', 'visit', input, TUE))).toMatchObject({ id: saved.id, recorded: false })
    data(h, await town('o-city-1')('radar', 'visit', visitInput({ enterpriseId: 'e-sx-002', date: '2026-02-01', findings: '复查：已补发工资。' }), TUE))
    expect(rowOf(await list(), 'e-sx-002').lastVisit).toBe('2026-03-09')
    const visits = data(h, await town()('radar', 'visits', { townId: 'sx', enterpriseId: 'e-sx-002' }, TUE))
    expect(visits.items.map((v: any) => [v.date, v.findings])).toEqual([['2026-03-09', input.findings], ['2026-02-01', '复查：已补发工资。']])
    expect(JSON.stringify(visits)).not.toMatch(/o-town|o-city/)
  })

  test('When the date is after today or the findings are empty or too long, then VALIDATION per field', async () => {
    const as = town()
    expect(await as('radar', 'visit', visitInput({ date: '2026-03-11' }), TUE)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: '体检日期不能晚于今天' } } })
    expect(await as('radar', 'visit', visitInput({ date: '2026-02-30' }), TUE)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: expect.any(String) } } })
    expect(await as('radar', 'visit', visitInput({ findings: '   ' }), TUE)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { findings: '请填写体检发现' } } })
    expect(await as('radar', 'visit', visitInput({ findings: '很'.repeat(1001) }), TUE)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { findings: '体检发现不能超过 1000 个字' } } })
    expect(await as('radar', 'visit', visitInput({ enterpriseId: 'e-nowhere' }), TUE)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // 1,000 characters is allowed.
    expect(await as('radar', 'visit', visitInput({ findings: '很'.repeat(1000), enterpriseId: 'e-sx-005' }), TUE)).toMatchObject({ ok: true })
  })
})
