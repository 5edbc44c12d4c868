/**
 * 统计 in jsdom: rates under 5 cases read "不足 5 件", rates draw bars (超时未受理被升级 included), the range is sent,
 * and CSV export saves.
 * The transport is mocked at the component boundary; the date picker (a native widget) is replaced by buttons.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { call } from '../../src/services/api'
import StatsPage from '../../src/grievance/pages/stats/index'
import { saveCsv } from '../../src/grievance/save-csv'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/grievance/save-csv', () => ({ saveCsv: jest.fn(async () => true) }))
jest.mock('../../src/grievance/components/date-range', () => ({
  __esModule: true,
  default: ({ onChange }: { onChange: (r: { from?: string; to?: string }) => void }) => (
    <button onClick={() => onChange({ from: '2026-03-01', to: '2026-03-31' })}>选择三月</button>
  ),
}))
const callMock = jest.mocked(call)

const stats = (over: Record<string, unknown> = {}) => ({
  received: 0, acceptedOnTime: 0, resolved: 0, resolvedWithin15Days: 0, ratings: 0, ratingSum: 0, satisfied: 0, reopened: 0, supervised: 0, escalatedAway: 0,
  onTimeAcceptRate: null, closureRate: null, within15DaysRate: null, meanRating: null, satisfiedRate: null, reopenRate: null, escalatedAwayRate: null, ...over,
})
const TOWN_STATS = stats({
  received: 10, acceptedOnTime: 8, resolved: 5, resolvedWithin15Days: 4, ratings: 2, ratingSum: 9, satisfied: 2,
  onTimeAcceptRate: 0.8, closureRate: 0.5, within15DaysRate: 0.8, reopenRate: 0, supervised: 1, escalatedAway: 3, escalatedAwayRate: 0.2308,
})
const REPLY = {
  orgId: 'sx', from: null, to: null, cases: 10, truncated: false,
  org: { org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' }, stats: TOWN_STATS },
  children: [{ org: { id: 'sx-a1', name: '苏溪镇第一片区工委', type: 'area_committee' }, stats: stats({ received: 2, acceptedOnTime: 2, escalatedAway: 2 }) }],
}
const OFFICER = { orgId: 'sx', role: 'officer', name: '王芳', org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' } }

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
  callMock.mockImplementation(async (fn, action, input) => {
    if (fn === 'account' && action === 'me') return { ok: true, data: { openid: 'o', officer: OFFICER } } as never
    if (fn === 'grievance' && action === 'stats' && (input as { format: string }).format === 'csv') {
      return { ok: true, data: { filename: '诉求统计.csv', csv: '组织,收到\n苏溪镇总工会,10\n', truncated: false } } as never
    }
    if (fn === 'grievance' && action === 'stats') return { ok: true, data: REPLY } as never
    throw new Error(`unexpected call ${fn}.${action}`)
  })
})
const statsCalls = () => callMock.mock.calls.filter(([, a]) => a === 'stats').map(([, , input]) => input)
const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}

test('When an officer opens 统计, then rates show with bars (escalated away too), and a child with under 5 cases reads 不足 5 件 without bars', async () => {
  render(<StatsPage />)

  expect(await screen.findByText('苏溪镇第一片区工委')).toBeTruthy()
  const [town, child] = Array.from(document.querySelectorAll('.stats-card')) as HTMLElement[]
  expect(town.textContent).toContain('收到 10 件')
  expect(town.textContent).toContain('80%')
  expect(town.textContent).toContain('平均 —（不足 5 件）')
  const widths = Array.from(town.querySelectorAll('.stats-bar__fill')).map((el) => (el as HTMLElement).style.width)
  expect(widths).toEqual(['80%', '80%', '50%', '0%', '23%'])
  expect(town.textContent).toContain('督办（超时未办结）1 件')
  const escalated = town.querySelector('.stats-card__metric--escalatedAway') as HTMLElement
  expect(escalated.textContent).toBe('超时未受理被升级23%3 件')
  expect(child.textContent).toContain('—（不足 5 件）')
  expect((child.querySelector('.stats-card__metric--escalatedAway') as HTMLElement).textContent).toBe('超时未受理被升级—（不足 5 件）2 件')
  expect(child.querySelectorAll('.stats-bar__fill')).toHaveLength(0)
  expect(statsCalls()).toEqual([{ orgId: 'sx', format: 'json' }])
})

test('When the officer picks a range and exports, then both calls carry it and the CSV is saved under its filename', async () => {
  render(<StatsPage />)
  await screen.findByText('苏溪镇第一片区工委')
  await click(screen.getByText('选择三月'))
  await click(screen.getByText('导出 CSV'))

  const range = { orgId: 'sx', from: '2026-03-01', to: '2026-03-31' }
  expect(statsCalls()).toEqual([{ orgId: 'sx', format: 'json' }, { ...range, format: 'json' }, { ...range, format: 'csv' }])
  expect(saveCsv).toHaveBeenCalledWith('诉求统计.csv', '组织,收到\n苏溪镇总工会,10\n')
})
