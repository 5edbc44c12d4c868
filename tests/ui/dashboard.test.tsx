/**
 * 工作看板 in jsdom: numbers as cards that open their lists (with the org and filter), four bar charts whose bars
 * carry their values as text, a 数据表 toggle, "—" for what is not there yet, loading and the empty first hour.
 * The transport is mocked at the component boundary.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services/api'
import DashboardPage from '../../src/dashboard/pages/index/index'
import BarChart from '../../src/components/chart'
import { emptyRollup, lastMonths } from '../../cloudfunctions/_lib/domain/dashboard/rollup'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const rollup = () => {
  const r = emptyRollup('sx', lastMonths('2026-03'), '2026-03-12T10:00:00+08:00')
  r.grievances = { open: { pending: 4, accepted: 7, awaiting_info: 1 }, received: 40, onTimeAcceptRate: 0.85, satisfiedRate: null }
  r.memberships = { pending: 3, overdue: 1 }
  r.mutualAid = { pending: 2, paidThisYear: 12500, paidCountThisYear: 5 }
  r.months[11] = { ...r.months[11], grievancesReceived: 9, onTimeAcceptRate: 0.8, mutualAidPaid: 3000 }
  r.months[10] = { ...r.months[10], grievancesReceived: 6 }
  return r
}
const view = (over: Record<string, unknown> = {}) => ({
  org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' }, computedAt: '2026-03-12T10:00:00+08:00',
  rollup: rollup(), arrears: null, organising: null, ...over,
})

const reply = (data: unknown) => callMock.mockImplementation(async (fn, action) => {
  if (fn === 'dashboard' && action === 'get') return { ok: true, data } as never
  throw new Error(`unexpected call ${fn}.${action}`)
})
beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})

test('When a town officer opens 工作看板, then each number is a card that opens its list with the org and the filter', async () => {
  reply(view())
  render(<DashboardPage />)
  expect(await screen.findByText('苏溪镇总工会 · 工作看板')).toBeTruthy()
  expect(callMock).toHaveBeenCalledWith('dashboard', 'get', {})
  const pending = screen.getByLabelText('待受理 4，查看列表')
  await act(async () => { fireEvent.click(pending) })
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/grievance/pages/queue/index?orgId=sx&status=pending' })
  expect(screen.getByLabelText('按时受理率 85%，查看列表')).toBeTruthy()
  expect(screen.getByLabelText('满意率 —，查看列表')).toBeTruthy()
  expect(screen.getByLabelText('今年已支付 12,500 元，查看列表')).toBeTruthy()
  // Not wired yet: the arrears board and organising show "—", and link to their pages.
  const filed = screen.getByLabelText('已报 —，查看列表')
  await act(async () => { fireEvent.click(filed) })
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/arrears/pages/board/index?orgId=sx&month=2026-03' })
  expect(screen.getByLabelText('待建会企业 —，查看列表').getAttribute('data-url')).toBe('/organising/pages/list/index?orgId=sx')
})

test('When the trends draw, then four charts of 12 bars carry their values as text and the chart says them all', async () => {
  reply(view())
  render(<DashboardPage />)
  const charts = await screen.findAllByRole('figure')
  expect(charts).toHaveLength(4)
  expect(charts[0].querySelectorAll('.chart__bar')).toHaveLength(12)
  expect(charts[0].getAttribute('aria-label')).toContain('3月 9')
  expect(charts[1].getAttribute('aria-label')).toContain('3月 80%')
  // Too few cases for a rate: "—", and an empty bar.
  expect(charts[1].getAttribute('aria-label')).toContain('2月 —')
  const bars = Array.from(charts[0].querySelectorAll('.chart__bar')) as HTMLElement[]
  expect(bars[11].style.height).toBe('100%')
  expect(bars[10].style.height).toBe('67%')
})

test('When 数据表 is pressed, then the chart becomes a table of month and value, and 图表 brings the bars back', () => {
  render(<BarChart title='每月收到的诉求（件）' points={[{ label: '2月', value: 6 }, { label: '3月', value: null }]} />)
  expect(document.querySelectorAll('.chart__bar')).toHaveLength(2)
  fireEvent.click(screen.getByText('数据表'))
  const rows = screen.getAllByRole('row').map((r) => r.textContent)
  expect(rows).toEqual(['2月6', '3月—'])
  expect(document.querySelectorAll('.chart__bar')).toHaveLength(0)
  fireEvent.click(screen.getByText('图表'))
  expect(document.querySelectorAll('.chart__bar')).toHaveLength(2)
})

test('When the first refresh has not run, then the page says so; while loading it says 正在加载', async () => {
  let resolve: (v: unknown) => void = () => {}
  callMock.mockImplementation(() => new Promise((r) => { resolve = r }) as never)
  render(<DashboardPage />)
  expect(screen.getByText('正在加载…')).toBeTruthy()
  await act(async () => resolve({ ok: true, data: view({ computedAt: null }) }))
  expect(screen.getByText('暂无统计数据')).toBeTruthy()
  expect(screen.getByText('尚未统计')).toBeTruthy()
})
