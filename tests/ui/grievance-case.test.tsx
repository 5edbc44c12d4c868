/**
 * The grievance case page in jsdom: the worker's SLA clock and timeline, the officer's confirmed actions.
 * The transport is mocked at the component boundary.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { call } from '../../src/services/api'
import CasePage from '../../src/grievance/pages/case/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const NAMES = { yw: '义乌市总工会', sx: '苏溪镇总工会', 'sx-a1': '苏溪镇第一片区工委', 'eu-hx': '华鑫织造工会' }
const base = {
  id: 'c-1', status: 'pending', category: 'wage_arrears', urgent: false, enterpriseName: '义乌华鑫织造有限公司', affectedCount: 1,
  participantCount: 1, assignedOrgId: 'sx-a1', assignedOrgName: '苏溪镇第一片区工委', routeReason: 'ESCALATED',
  routeExplanation: '原来的工会没有按时受理，已自动交给上一级工会。', acceptBy: '2026-03-17T00:00:00+08:00', acceptByLabel: '3月16日 24:00',
  acceptByEstimated: false, resolveBy: null, resolveByLabel: null, paused: false, supervised: false, overdue: false, outcome: null,
  summary: null, resolvedAt: null, rating: null, linkedCaseId: null, createdAt: '2026-03-10T10:00:00+08:00', orgNames: NAMES,
  description: '三月份工资一直没有发。',
  history: [
    { at: '2026-03-10T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'eu-hx', reason: 'ENTERPRISE_UNION' },
    { at: '2026-03-13T00:30:00+08:00', type: 'escalated', fromOrgId: 'eu-hx', toOrgId: 'sx-a1', reason: 'ESCALATED' },
  ],
}
const workerView = (over: Record<string, unknown> = {}) => ({ ...base, role: 'reporter', receipt: '4000123412341234', ...over })
const officerView = (over: Record<string, unknown> = {}) => ({
  ...base, assignedOrgId: 'sx', assignedOrgName: '苏溪镇总工会', enterpriseId: 'e-hx', photos: [], supervisedForMe: false,
  reporters: [{ reporterId: '0', role: 'reporter', affectedCount: 1, privacy: 'employer_blind', visible: true, name: '张三', phoneMasked: '138****5678' }],
  ...over,
})

const org = (id: keyof typeof NAMES, type: string, parentId: string | null) => ({ id, name: NAMES[id], type, kind: null, parentId, path: '', townId: null })
const TOWN = org('sx', 'town_federation', 'yw')
const OFFICER = { orgId: 'sx', role: 'officer', name: '王芳', org: TOWN }

/** `grievance.get` answers from the queue (the last answer repeats); other calls get harmless replies. */
function backend(views: unknown[], replies: Record<string, unknown> = {}, officer: unknown = null) {
  callMock.mockImplementation(async (fn, action) => {
    if (fn === 'grievance' && action === 'get') return { ok: true, data: views.length > 1 ? views.shift() : views[0] } as never
    if (fn === 'grievance' && action === 'messages') return { ok: true, data: { items: [], next: null } } as never
    if (fn === 'account' && action === 'me') return { ok: true, data: { openid: 'o', officer } } as never
    if (fn === 'directory' && action === 'getOrg') return { ok: true, data: { org: TOWN, ancestors: [org('yw', 'city_federation', null)] } } as never
    if (fn === 'directory' && action === 'listTownOrgs') {
      return { ok: true, data: { items: [org('sx-a1', 'area_committee', 'sx'), org('eu-hx', 'enterprise_union', 'sx-a1')], next: null } } as never
    }
    if (`${fn}.${action}` in replies) return replies[`${fn}.${action}`] as never
    throw new Error(`unexpected call ${fn}.${action}`)
  })
}
const calls = (action: string) => callMock.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input)
const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as never)
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-13T09:00:00+08:00'))
})
afterEach(() => jest.restoreAllMocks())

test('When a worker opens a waiting case, then the accept-by clock, the receiving union and the timeline with org names show', async () => {
  backend([workerView()])
  render(<CasePage />)

  expect(await screen.findByText('须在 3月16日 24:00 前受理')).toBeTruthy()
  expect(screen.getByText('苏溪镇第一片区工委')).toBeTruthy()
  expect(screen.getByText('原来的工会没有按时受理，已自动交给上一级工会。', { selector: '.case__explain' })).toBeTruthy()
  const timeline = document.querySelector('.timeline') as HTMLElement
  expect(timeline.textContent).toContain('3月10日 10:00')
  expect(timeline.textContent).toContain('提交诉求，交给华鑫织造工会')
  expect(timeline.textContent).toContain('3月13日 00:30')
  expect(timeline.textContent).toContain('华鑫织造工会没有按时受理，自动交给苏溪镇第一片区工委')
  expect(screen.getByText('4000 1234 1234 1234')).toBeTruthy()
  expect(calls('get')).toEqual([{ id: 'c-1' }])
})

test('When the accept-by has passed, then the clock says so instead of promising', async () => {
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-17T01:00:00+08:00'))
  backend([workerView()])
  render(<CasePage />)
  expect(await screen.findByText('受理已超时（期限 3月16日 24:00）')).toBeTruthy()
  expect(screen.queryByText('须在 3月16日 24:00 前受理')).toBeNull()
})

test('When an accepted case shows, then the clock names the resolve-by day', async () => {
  backend([workerView({ status: 'accepted', resolveBy: '2026-03-29T00:00:00+08:00', resolveByLabel: '3月28日 24:00' })])
  render(<CasePage />)
  expect(await screen.findByText('须在 3月28日 24:00 前办结')).toBeTruthy()
})

test('When an officer taps 受理, then nothing happens until the confirmation is accepted, and the case reloads after', async () => {
  backend([officerView(), officerView({ status: 'accepted', resolveBy: '2026-03-29T00:00:00+08:00', resolveByLabel: '3月28日 24:00' })], {
    'grievance.accept': { ok: true, data: { id: 'c-1', status: 'accepted' } },
  })
  render(<CasePage />)
  expect((await screen.findByText(/张三/)).textContent).toContain('138****5678')

  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never)
  await click(screen.getByText('受理'))
  expect(calls('accept')).toEqual([])

  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: true, cancel: false } as never)
  await click(screen.getByText('受理'))
  expect(calls('accept')).toEqual([{ id: 'c-1' }])
  expect(await screen.findByText('须在 3月28日 24:00 前办结')).toBeTruthy()
  expect(screen.getByText('回复职工')).toBeTruthy()
})

test('When a reporter is protected from this officer, then the server’s notice is shown instead of a name', async () => {
  backend([officerView({ reporters: [{ reporterId: '0', role: 'reporter', affectedCount: 1, privacy: 'anonymous', visible: false, notice: '报告人选择了匿名，任何人都看不到身份，请在诉求里回复' }] })])
  render(<CasePage />)
  expect(await screen.findByText('报告人选择了匿名，任何人都看不到身份，请在诉求里回复')).toBeTruthy()
  expect(screen.queryByText('查看完整手机号')).toBeNull()
})

test('When a worker rates a resolved case, then the chosen score is sent', async () => {
  backend([workerView({ status: 'resolved', outcome: 'resolved', summary: '已督促企业补发工资。' })], { 'grievance.rate': { ok: true, data: { id: 'c-1', rating: 4 } } })
  render(<CasePage />)
  expect(await screen.findByText('办理结果：已解决')).toBeTruthy()

  await click(screen.getByText('4 分'))
  fireEvent.change(screen.getByLabelText('评价'), { target: { value: '挺及时' } })
  await click(screen.getByText('提交评价'))

  expect(calls('rate')).toEqual([{ id: 'c-1', score: 4, comment: '挺及时' }])
})

test('When an officer transfers, then the targets are the chain above and the town’s orgs, and the reason goes with it', async () => {
  backend([officerView()], { 'grievance.transfer': { ok: true, data: { id: 'c-1' } } }, OFFICER)
  render(<CasePage />)
  await click(await screen.findByText('转办'))

  expect(await screen.findByText('义乌市总工会')).toBeTruthy()
  expect(screen.getByText('华鑫织造工会')).toBeTruthy()
  expect(screen.queryByText('苏溪镇总工会', { selector: '.choice__title' })).toBeNull() // it holds the case already
  expect(screen.getByText(/只能转给镇（街道）总工会或市总工会/)).toBeTruthy() // the reporter is employer-blind

  await click(screen.getByText('义乌市总工会'))
  fireEvent.change(screen.getByLabelText('转办原因'), { target: { value: '涉及多个镇街' } })
  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: true, cancel: false } as never)
  await click(screen.getByText('确认转办'))

  expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '转给义乌市总工会？' })
  expect(calls('transfer')).toEqual([{ id: 'c-1', toOrgId: 'yw', reason: '涉及多个镇街' }])
})

test('When a joiner opens a resolved case, then confirming, rating and reopening are not offered (they are the reporter’s)', async () => {
  backend([workerView({ role: 'joiner', receipt: null, status: 'resolved', outcome: 'resolved', summary: '已督促企业补发工资。' })])
  render(<CasePage />)
  expect(await screen.findByText('办理结果：已解决')).toBeTruthy()
  expect(screen.queryByText('已解决，确认结案')).toBeNull()
  expect(screen.queryByText(/重新打开/)).toBeNull()
  expect(screen.queryByText('提交评价')).toBeNull()
})

test('When the union asks the reporter for information, then a joiner sees an ordinary message box, not the request', async () => {
  backend([workerView({ role: 'joiner', receipt: null, status: 'awaiting_info' })])
  render(<CasePage />)
  expect(await screen.findByText('给工会留言')).toBeTruthy()
  expect(screen.queryByText('工会请您补充情况')).toBeNull()
})
