/**
 * 企业风险雷达 in jsdom (issue 13 §3): at a desk the ranked table (enterprise, score, reasons, last visit, alert) with
 * the enterprise beside it — its reasons, visits and the 法律体检 form behind a confirmation; on a phone cards that
 * open in place; a city officer picks the town; a grassroots officer is told it is not theirs. Transport mocked.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services/api'
import RadarPage from '../../src/radar/pages/index/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const org = (id: string, type: string, name: string, parentId: string | null = 'yw') => ({ id, name, type, kind: null, parentId, path: `/yw/${id}/`, townId: type === 'town_federation' ? id : null })
const SX = org('sx', 'town_federation', '苏溪镇总工会')
const FT = org('ft', 'town_federation', '佛堂镇总工会')
const YW = { ...org('yw', 'city_federation', '义乌市总工会', null), path: '/yw/' }
const EU = org('eu-hx', 'enterprise_union', '华鑫织造工会', 'sx-a1')
const row = (enterpriseId: string, name: string, score: number, over: Record<string, unknown> = {}) => ({
  enterpriseId, name, score, overThreshold: score >= 10, lastVisit: null, alertedAt: null,
  reasons: [{ text: '近90天欠薪诉求 3 件（含集体 1 件）', points: 12 }], ...over,
})
const view = (townId: string, items: unknown[]) => ({
  townId, townName: townId === 'sx' ? '苏溪镇总工会' : '佛堂镇总工会', computedAt: '2026-03-10T10:00:00+08:00', threshold: 10, windowDays: 90,
  total: items.length, items, next: null,
})
const ROWS = [row('e-hx', '义乌华鑫织造有限公司', 12, { alertedAt: '2026-03-10T03:30:00+08:00' }), row('e-sx-002', '义乌市佳邦纺织有限公司', 4, { lastVisit: '2026-02-01', reasons: [{ text: '近90天零报告申报欠薪 1 次', points: 4 }] })]

let me: Record<string, unknown>
let visitReply: unknown
function backend() {
  callMock.mockImplementation(async (fn, action, input) => {
    const key = `${fn}.${action}`
    const i = input as Record<string, unknown>
    if (key === 'account.me') return { ok: true, data: me } as never
    if (key === 'directory.listTowns') return { ok: true, data: { items: [SX, FT] } } as never
    if (key === 'radar.list') return { ok: true, data: view(String(i.townId), i.townId === 'sx' ? ROWS : [row('e-ft-001', '佛堂某公司', 3)]) } as never
    if (key === 'radar.visits') return { ok: true, data: { items: [{ id: 'v1', date: '2026-02-01', findings: '已补发工资。', at: '2026-02-01T10:00:00+08:00' }], next: null } } as never
    if (key === 'radar.visit') return visitReply as never
    throw new Error(`unexpected call ${key}`)
  })
}
const calls = (action: string) => callMock.mock.calls.filter(([fn, a]) => fn === 'radar' && a === action).map(([, , input]) => input)
const desk = (on: boolean) =>
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: on ? (query: string) => ({ matches: true, media: query, addEventListener: jest.fn(), removeEventListener: jest.fn() }) : undefined,
  })
const click = async (el: Element) => act(async () => { fireEvent.click(el) })
const type = async (el: Element, value: string) => act(async () => { fireEvent.change(el, { target: { value } }) })

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
  me = { openid: 'o-town-sx-1', officer: { orgId: 'sx', role: 'officer', name: '王敏', org: SX } }
  visitReply = { ok: true, data: { id: 'v2', townId: 'sx', enterpriseId: 'e-hx', date: '2026-03-09', recorded: true } }
  jest.mocked(Taro.showModal).mockReset().mockResolvedValue({ confirm: true, cancel: false } as never)
  backend()
})
afterEach(() => desk(false))

test('When a town officer opens the radar at a desk, then the ranked table shows every column, and a row opens with its reasons and visits', async () => {
  desk(true)
  render(<RadarPage />)
  expect(await screen.findByText(/^共 2 条/)).toBeTruthy()
  expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['企业', '风险分', '原因', '最近体检', '预警'])
  const cells = (n: number) => within(screen.getAllByRole('row')[n]).getAllByRole('cell').map((c) => c.textContent)
  expect(cells(1)).toEqual(['义乌华鑫织造有限公司', '12', '近90天欠薪诉求 3 件（含集体 1 件）', '未体检', '3月10日 03:30'])
  expect(cells(2)).toEqual(['义乌市佳邦纺织有限公司', '4', '近90天零报告申报欠薪 1 次', '2026-02-01', '—'])
  expect(calls('list')).toEqual([{ townId: 'sx' }])
  expect(screen.getByText(/苏溪镇总工会 · 近90天 · 预警线 10 分 · 有风险信号 2 家/)).toBeTruthy()
  expect(screen.getByRole('navigation').textContent).toContain('风险雷达')

  await click(screen.getAllByRole('row')[1])
  expect(await screen.findByText('已补发工资。')).toBeTruthy()
  expect(screen.getByText('风险分 12（已超过预警线）')).toBeTruthy()
  expect(calls('visits')).toEqual([{ townId: 'sx', enterpriseId: 'e-hx' }])
})

test('When the officer records a 法律体检, then it asks first, sends the date and findings once, and reloads the list', async () => {
  desk(true)
  render(<RadarPage />)
  await click((await screen.findAllByRole('row'))[1])
  await screen.findByText('已补发工资。')

  await click(screen.getByText('记录体检'))
  expect(screen.getByText('请填写体检发现')).toBeTruthy()
  expect(calls('visit')).toEqual([])

  await type(screen.getByLabelText('体检日期'), '2026-03-09')
  await type(screen.getByLabelText('体检发现'), '工资按月发放，已提醒补签劳动合同。')
  await click(screen.getByText('记录体检'))
  expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '确认记录这次法律体检？', content: '义乌华鑫织造有限公司，2026-03-09' })
  expect(calls('visit')).toEqual([{ enterpriseId: 'e-hx', date: '2026-03-09', findings: '工资按月发放，已提醒补签劳动合同。', requestId: expect.stringMatching(/^rv-/) }])
  expect(calls('list')).toHaveLength(2)
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已记录法律体检', icon: 'success' })
})

test('When the server refuses the date, then its message shows under the date; on a phone the card opens in place', async () => {
  visitReply = { ok: false, error: { code: 'VALIDATION', message: '体检日期不能晚于今天', fields: { date: '体检日期不能晚于今天' } } }
  render(<RadarPage />)
  await click(await screen.findByText('义乌华鑫织造有限公司'))
  expect(screen.queryAllByRole('columnheader')).toEqual([])
  await screen.findByText('已补发工资。')
  await type(screen.getByLabelText('体检发现'), '检查了工资台账。')
  await click(screen.getByText('记录体检'))
  expect((await screen.findByRole('alert')).textContent).toBe('体检日期不能晚于今天')
})

test('When a city officer opens the radar, then it lists the first town and another town on a tap', async () => {
  me = { openid: 'o-city-1', officer: { orgId: 'yw', role: 'officer', name: '黄晓燕', org: YW } }
  render(<RadarPage />)
  expect(await screen.findByText('义乌华鑫织造有限公司')).toBeTruthy()
  await click(screen.getByRole('tab', { name: '佛堂镇总工会' }))
  expect(await screen.findByText('佛堂某公司')).toBeTruthy()
  expect(calls('list')).toEqual([{ townId: 'sx' }, { townId: 'ft' }])
})

test('When an enterprise union’s officer opens it, then the page says the radar is not theirs and asks nothing', async () => {
  me = { openid: 'o-eu-hx-1', officer: { orgId: 'eu-hx', role: 'officer', name: '李强', org: EU } }
  render(<RadarPage />)
  expect(await screen.findByText('风险雷达仅供镇（街道）总工会和市总工会使用')).toBeTruthy()
  expect(calls('list')).toEqual([])
})
