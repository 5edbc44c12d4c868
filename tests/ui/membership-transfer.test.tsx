/**
 * 会籍转接 in jsdom, with the transport mocked at the component boundary: the same workplace picker, a
 * confirmation that says the old union is informed and not asked, and one request id per form.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Org } from '../../types/directory'
import type { MemberView } from '../../types/membership-views'
import { call } from '../../src/services/api'
import TransferPage from '../../src/membership/pages/transfer/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const TOWNS: Org[] = [{ id: 'ft', name: '佛堂镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/ft/', townId: 'ft' }]
const member: MemberView = {
  id: 'm-1', memberNo: 'YW2026000123', name: '张三', orgId: 'eu-hx', orgName: '华鑫织造工会', status: 'active',
  since: '2026-03-20T10:00:00+08:00', statusReason: null, history: [],
}
const summary = {
  id: 'a-2', status: 'pending', assignedOrgId: 'ft', assignedOrgName: '佛堂镇总工会', routeReason: 'TOWN', routeExplanation: '', reviewBy: '2026-04-30T00:00:00+08:00',
  reviewByLabel: '4月29日 24:00', reviewByEstimated: false,
}

function backend(mine: unknown, transfer: unknown[] = []) {
  callMock.mockImplementation(async (fn, action) => {
    if (fn === 'directory' && action === 'listTowns') return { ok: true, data: { items: TOWNS } } as never
    if (fn === 'membership' && action === 'mine') return { ok: true, data: mine } as never
    const next = fn === 'membership' && action === 'transfer' ? transfer.shift() : undefined
    if (!next) throw new Error(`unexpected call ${fn}.${action}`)
    return next as never
  })
}
const inputsOf = (action: string) => callMock.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, unknown>)
const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})

test('When a member names a new employer, then the confirm step says the old union is informed, not asked, and a retry reuses the request id', async () => {
  backend({ member, applications: [], next: null }, [
    { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } },
    { ok: true, data: summary },
  ])
  render(<TransferPage />)
  await click(await screen.findByText('直接填写'))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('请填写单位名称')).toBeTruthy()

  fireEvent.change(screen.getByLabelText('单位名称'), { target: { value: '义乌佛堂新材料有限公司' } })
  await click(screen.getByText('佛堂镇总工会'))
  await click(screen.getByText('下一步：确认'))

  expect(screen.getByText('请确认会籍转接')).toBeTruthy()
  expect(screen.getByText('义乌佛堂新材料有限公司（佛堂镇总工会）')).toBeTruthy()
  expect(screen.getByText('原工会（华鑫织造工会）只会收到通知，不需要它同意。')).toBeTruthy()
  expect(inputsOf('transfer')).toEqual([])

  await click(screen.getByText('确认转接'))
  await click(screen.getByText('重试'))

  const [first, second] = inputsOf('transfer')
  expect(second).toEqual({
    requestId: first.requestId, enterpriseName: '义乌佛堂新材料有限公司', townId: 'ft', noFixedEmployer: false, employerBlind: false,
  })
  expect(first.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/membership/pages/status/index?id=a-2' })
})

test('When the caller is not a member, then there is nothing to transfer and the page points to 我要入会', async () => {
  backend({ member: null, applications: [], next: null })
  render(<TransferPage />)
  expect(await screen.findByText('您还不是工会会员')).toBeTruthy()
  expect(screen.queryByText('下一步：确认')).toBeNull()
})
