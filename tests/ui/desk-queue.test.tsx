/**
 * Issue 14: the officer's queues at a desk (H5, ≥ 1024px: matchMedia answers true) — a sortable table with
 * its row count, the case opened beside it by a click or Enter, closed by Esc — and the phone page unchanged
 * (no matchMedia: cards that open the case page). The transport is mocked at the component boundary.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services/api'
import GrievanceQueuePage from '../../src/grievance/pages/queue/index'
import MembershipQueuePage from '../../src/membership/pages/queue/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const TOWN = { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' }
const OFFICER = { orgId: 'sx', role: 'officer', name: '王芳', org: TOWN }
const row = (id: string, over: Record<string, unknown>) => ({
  id, category: 'wage_arrears', status: 'pending', urgent: false, affectedCount: 1, participantCount: 1, enterpriseName: '义乌华鑫织造有限公司',
  assignedOrgId: 'sx', acceptBy: '2026-03-12T00:00:00+08:00', acceptByLabel: '3月11日 24:00', resolveBy: null, supervised: false,
  overdue: false, late: false, supervisedForMe: false, ...over,
})
const ROWS = [
  row('c-1', { enterpriseName: '义乌乙公司', participantCount: 1 }),
  row('c-2', { enterpriseName: '义乌甲公司', participantCount: 3, category: 'safety' }),
  row('c-3', { enterpriseName: null, participantCount: 2, urgent: true, late: true }),
]
const caseView = (id: string) => ({
  id, status: 'pending', category: 'wage_arrears', urgent: false, enterpriseName: `单位-${id}`, affectedCount: 1, participantCount: 1,
  assignedOrgId: 'sx', assignedOrgName: '苏溪镇总工会', routeReason: 'TOWN', routeExplanation: '报告人的单位还没有工会，由所在镇（街道）总工会受理。',
  acceptBy: '2026-03-12T00:00:00+08:00', acceptByLabel: '3月11日 24:00', acceptByEstimated: false, resolveBy: null, resolveByLabel: null,
  paused: false, supervised: false, overdue: false, outcome: null, summary: null, resolvedAt: null, rating: null, linkedCaseId: null,
  createdAt: '2026-03-10T10:00:00+08:00', orgNames: { sx: '苏溪镇总工会' }, description: '三月份工资一直没有发。', history: [],
  enterpriseId: null, photos: [], supervisedForMe: false,
  reporters: [{ reporterId: '0', role: 'reporter', affectedCount: 1, privacy: 'named', visible: true, name: '张三', phoneMasked: '138****5678' }],
})

function backend(next: string | null = null) {
  callMock.mockImplementation(async (fn, action, input) => {
    const key = `${fn}.${action}`
    if (key === 'account.me') return { ok: true, data: { openid: 'o-town-sx-1', officer: OFFICER } } as never
    if (key === 'grievance.queue') return { ok: true, data: { orgId: 'sx', items: ROWS, next } } as never
    if (key === 'grievance.get') return { ok: true, data: caseView((input as { id: string }).id) } as never
    if (key === 'grievance.messages') return { ok: true, data: { items: [], next: null } } as never
    if (key === 'membership.queue') return { ok: true, data: { orgId: 'sx', items: [], next: null } } as never
    throw new Error(`unexpected call ${key}`)
  })
}
const desk = (on: boolean) => {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: on ? (query: string) => ({ matches: true, media: query, addEventListener: jest.fn(), removeEventListener: jest.fn() }) : undefined,
  })
}
const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}
const key = async (k: string) => {
  await act(async () => {
    fireEvent.keyDown(document.body, { key: k })
  })
}
const units = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[2].textContent)

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})
afterEach(() => desk(false))

test('When an officer opens 维权诉求 at a desk, then a table with the row count, every column and the officer’s navigation shows', async () => {
  desk(true)
  backend()
  render(<GrievanceQueuePage />)

  expect(await screen.findByText(/^共 3 条/)).toBeTruthy()
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent)
  expect(headers).toEqual(['期限', '类别', '单位', '状态', '反映人数', '涉及人数', '标记'])
  expect(units()).toEqual(['义乌乙公司', '义乌甲公司', '单位未填写']) // the server's order (nearest deadline) first
  expect(within(screen.getByRole('navigation')).getByText('入会审核')).toBeTruthy()
  expect(await screen.findByText('苏溪镇总工会')).toBeTruthy()
  expect(screen.getAllByRole('row')[3].textContent).toContain('紧急 · 已超时')
})

test('When a column title is tapped, then the rows sort by it, and a second tap reverses them', async () => {
  desk(true)
  backend()
  render(<GrievanceQueuePage />)
  await screen.findByText(/^共 3 条/)

  await click(screen.getByRole('columnheader', { name: /单位/ }))
  expect(units()).toEqual(['义乌甲公司', '义乌乙公司', '单位未填写']) // not filled in: last
  expect(screen.getByRole('columnheader', { name: /单位/ }).getAttribute('aria-sort')).toBe('ascending')
  await click(screen.getByRole('columnheader', { name: /单位/ }))
  expect(units()).toEqual(['义乌乙公司', '义乌甲公司', '单位未填写'])

  await click(screen.getByRole('columnheader', { name: /反映人数/ }))
  expect(units()).toEqual(['义乌乙公司', '单位未填写', '义乌甲公司'])
})

test('When more pages wait, then the count says 已加载 and 加载更多 follows the table', async () => {
  desk(true)
  backend('cursor-2')
  render(<GrievanceQueuePage />)
  expect(await screen.findByText(/^已加载 3 条，还有更多/)).toBeTruthy()
  expect(screen.getByText('加载更多')).toBeTruthy()
})

test('When a row is clicked, or chosen with ↓ and Enter, then the case opens beside the table; Esc closes it', async () => {
  desk(true)
  backend()
  render(<GrievanceQueuePage />)
  await screen.findByText(/^共 3 条/)

  await click(screen.getByText('义乌甲公司'))
  expect(await screen.findByText('单位-c-2 · 受影响 1 人')).toBeTruthy()
  expect(screen.getByRole('region', { name: '详情' })).toBeTruthy()
  expect(Taro.navigateTo).not.toHaveBeenCalled()

  await key('Escape')
  expect(screen.queryByRole('region', { name: '详情' })).toBeNull()

  await key('ArrowDown') // from c-2 (the last opened) to c-3
  await key('Enter')
  expect(await screen.findByText('单位-c-3 · 受影响 1 人')).toBeTruthy()
  expect(screen.getAllByRole('row')[3].getAttribute('aria-selected')).toBe('true')
})

test('When the same queue opens on a phone, then it is the card list and a tap opens the case page', async () => {
  desk(false)
  backend()
  render(<GrievanceQueuePage />)
  await click(await screen.findByText('义乌甲公司 · 1 人'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/grievance/pages/case/index?id=c-2' })
  expect(screen.queryByRole('table')).toBeNull()
  expect(screen.queryByRole('navigation')).toBeNull()
})

test('When 入会审核 opens at a desk, then it sits in the same workspace, with its tabs', async () => {
  desk(true)
  backend()
  render(<MembershipQueuePage />)
  expect(await screen.findByText('没有待审核的入会申请')).toBeTruthy()
  expect(within(screen.getByRole('navigation')).getByText('维权诉求')).toBeTruthy()
  expect(screen.getByRole('tab', { name: '会员名单' })).toBeTruthy()
})

test('When the queue opens from a 工作看板 number (?status=pending), then it asks for that tab; an unknown status opens 全部', async () => {
  desk(false)
  backend()
  jest.mocked(Taro.useRouter).mockReturnValueOnce({ params: { status: 'pending' } } as never)
  const { unmount } = render(<GrievanceQueuePage />)
  await screen.findByText('义乌甲公司 · 1 人')
  expect(callMock).toHaveBeenCalledWith('grievance', 'queue', expect.objectContaining({ status: 'pending' }))
  unmount()
  callMock.mockClear()
  jest.mocked(Taro.useRouter).mockReturnValueOnce({ params: { status: 'nonsense' } } as never)
  render(<GrievanceQueuePage />)
  await screen.findByText('义乌甲公司 · 1 人')
  expect(callMock).toHaveBeenCalledWith('grievance', 'queue', expect.not.objectContaining({ status: expect.anything() }))
})
