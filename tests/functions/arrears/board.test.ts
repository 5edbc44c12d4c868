/**
 * The month board and the filer's own page through the real `arrears` function: states before and after the due
 * time, scope (the town, an area committee, another town refused), grouping and totals, the state filter, the CSV,
 * the winter-campaign highlight, and what an enterprise union sees of its own reports.
 */
import { openHarness, type Harness } from '../../support/harness'
import { AREA, EU_002, EU_HX, JU_SX2, THU, TOWN, TUE, arr, data, owed } from './helpers'

let h: Harness
let caseId: string
beforeAll(async () => {
  h = await openHarness()
  caseId = data(h, await arr(h, EU_HX)('file', { enterpriseId: 'e-hx', month: '2026-02', arrears: owed() }, THU)).caseId
  data(h, await arr(h, EU_002)('file', { enterpriseId: 'e-sx-002', month: '2026-02', arrears: null }, THU))
  data(h, await arr(h, JU_SX2)('file', { enterpriseId: 'e-sx-003', month: '2026-02', arrears: null }, THU))
})
afterAll(() => h.close())

const board = async (openid: string, input: Record<string, unknown>, now = TUE) => data(h, await arr(h, openid)('board', { month: '2026-02', ...input }, now))
const sxEnterprises = async () => (await h.deps.store.directory.listTownEnterprises('sx')).length

it('When the town looks after the due time, then every enterprise of the town has its state, and the totals add up', async () => {
  const b = await board(TOWN, {})
  expect(b).toMatchObject({ orgId: 'sx', townId: 'sx', month: '2026-02', dueBy: '2026-03-07T00:00:00+08:00', winterCampaign: null })
  expect(b.rows).toHaveLength(await sxEnterprises())
  const state = (id: string) => b.rows.find((r: any) => r.enterpriseId === id)
  expect(state('e-hx')).toEqual({ enterpriseId: 'e-hx', enterpriseName: '义乌华鑫织造有限公司', state: 'arrears', workers: 12, amount: 86000, since: '2026-01', caseId, groupId: 'sx-a1', filerOrgId: 'eu-hx' })
  expect(b.names).toMatchObject({ 'sx-a1': '苏溪镇第一片区工委', 'eu-hx': '华鑫织造工会' })
  expect(state('e-sx-002')).toMatchObject({ state: 'filed', groupId: null })
  expect(state('e-sx-007')).toMatchObject({ state: 'overdue', filerOrgId: 'sx' })
  expect(b.totals).toMatchObject({ enterprises: b.rows.length, arrears: 1, filed: 2, missing: 0, overdue: b.rows.length - 3, workers: 12, amount: 86000 })
  expect(b.groups.map((g: any) => g.name)).toEqual(['苏溪镇第一片区工委', '苏溪镇第二片区工委', '镇直属'])
  expect(b.groups.reduce((n: number, g: any) => n + g.totals.enterprises, 0)).toBe(b.rows.length)
})

it('When the town looks before the due time, then the unreported are missing, not overdue', async () => {
  const b = await board(TOWN, {}, THU)
  expect(b.totals).toMatchObject({ overdue: 0, missing: b.rows.length - 3 })
})

it('When an area committee looks, then only the enterprises its unions file for are on its board', async () => {
  const b = await board(AREA, {})
  expect(b.rows.length).toBeGreaterThan(0)
  expect(b.rows.every((r: any) => r.groupId === 'sx-a1')).toBe(true)
  expect(b.rows.some((r: any) => r.enterpriseId === 'e-hx')).toBe(true)
})

it('When a state is asked for, then only those rows come back, with the whole totals', async () => {
  const b = await board(TOWN, { state: 'arrears' })
  expect(b.rows.map((r: any) => r.enterpriseId)).toEqual(['e-hx'])
  expect(b.totals.enterprises).toBe(await sxEnterprises())
})

it('When the rows are paged or narrowed to a group, then the pages add up to the board and the totals stay whole', async () => {
  const all = await board(TOWN, {})
  const first = await board(TOWN, { limit: 25 })
  expect(first).toMatchObject({ offset: 0, next: 25, matched: all.rows.length, totals: all.totals })
  const pages = [first]
  while (pages[pages.length - 1].next !== null) pages.push(await board(TOWN, { limit: 25, offset: pages[pages.length - 1].next }))
  expect(pages.flatMap((p) => p.rows)).toEqual(all.rows)
  const direct = await board(TOWN, { groupId: 'direct' })
  expect(direct.rows.length).toBe(all.groups.find((g: any) => g.id === null).totals.enterprises)
  expect(direct.rows.every((r: any) => r.groupId === null)).toBe(true)
  expect((await board(TOWN, { groupId: 'sx-a1', state: 'arrears' })).rows.map((r: any) => r.enterpriseId)).toEqual(['e-hx'])
})

it('When the board is downloaded as CSV, then it has a BOM, Chinese headers and one line per enterprise', async () => {
  const out = await board(TOWN, { format: 'csv' })
  expect(out.filename).toBe('欠薪零报告-苏溪镇总工会-2026年2月.csv')
  expect(out.csv.startsWith('\uFEFF月份,片区,企业名称')).toBe(true)
  expect(out.csv.trimEnd().split('\r\n')).toHaveLength(1 + (await sxEnterprises()))
  expect(out.csv).toContain(',华鑫织造工会,有欠薪,,12,86000.00,2026-01,')
})

it('When January (before the 2026 Spring Festival) is shown, then the winter campaign is highlighted', async () => {
  expect((await board(TOWN, { month: '2026-01' })).winterCampaign).toEqual({ festival: '2026-02-17' })
})

it('When the city looks without naming a town, then it is asked to pick one; naming 苏溪镇, it sees the board', async () => {
  const out = await arr(h, 'o-city-admin')('board', { month: '2026-02' })
  expect(out.error).toMatchObject({ code: 'ARREARS.PICK_TOWN', fields: { orgId: '请选择一个镇街查看' } })
  expect((await board('o-city-admin', { orgId: 'sx' })).rows).toHaveLength(await sxEnterprises())
})

it("When another town's officer, an enterprise union for the town, or a worker asks, then the board is refused", async () => {
  expect((await arr(h, 'o-town-ft-1')('board', { orgId: 'sx', month: '2026-02' })).error.code).toBe('FORBIDDEN')
  expect((await arr(h, EU_HX)('board', { orgId: 'sx', month: '2026-02' })).error.code).toBe('FORBIDDEN')
  expect((await arr(h, 'o-worker-1')('board', { month: '2026-02' })).error.code).toBe('FORBIDDEN')
  expect((await arr(h, TOWN)('board', { month: '2026-04' })).error.fields).toEqual({ month: '这个月还没有结束，下月初再报' })
})

describe("the filer's own page", () => {
  it('When an enterprise union opens it, then it sees its one enterprise, the month to file with its due time, and only its own reports', async () => {
    const mine = data(h, await arr(h, EU_HX)('mine'))
    expect(mine).toMatchObject({ orgId: 'eu-hx', enterpriseId: 'e-hx', month: '2026-02', dueBy: '2026-03-07T00:00:00+08:00' })
    expect(mine.enterprises.map((e: any) => e.id)).toEqual(['e-hx'])
    expect(mine.reports.map((r: any) => [r.month, r.caseId])).toEqual([['2026-02', caseId]])
    expect(JSON.stringify(mine)).not.toContain(EU_HX) // no officer openids
    expect((await arr(h, EU_HX)('mine', { enterpriseId: 'e-sx-002' })).error.code).toBe('FORBIDDEN')
  })

  it('When a joint union opens it, then it lists every enterprise it covers, and the town those with neither union', async () => {
    const ju = data(h, await arr(h, JU_SX2)('mine', { enterpriseId: 'e-sx-003' }))
    expect(ju.enterprises.length).toBeGreaterThan(1)
    expect(ju.reports.map((r: any) => r.enterpriseId)).toEqual(['e-sx-003'])
    const town = data(h, await arr(h, TOWN)('mine'))
    expect(town.enterprises.map((e: any) => e.id)).toContain('e-sx-007')
    expect(town.enterprises.map((e: any) => e.id)).not.toContain('e-hx')
  })

  it('When anyone asks when a month is due, then the end of its 5th working day comes back', async () => {
    expect(data(h, await arr(h, 'o-worker-1')('dueBy', { month: '2026-09' }))).toEqual({ month: '2026-09', dueBy: '2026-10-14T00:00:00+08:00', estimated: false })
  })
})
