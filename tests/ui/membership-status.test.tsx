/**
 * 我的会籍 in jsdom, with the transport mocked at the component boundary: a pending application with its
 * receiving union, reason and review deadline; a member with their number; 退会 only after a confirmation.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { MEMBERSHIP_ROUTE_EXPLANATIONS } from '../../types/membership-labels'
import type { ApplicationView, MemberView } from '../../types/membership-views'
import { call } from '../../src/services/api'
import StatusPage from '../../src/membership/pages/status/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const pending: ApplicationView = {
  id: 'a-1', kind: 'join', status: 'pending', assignedOrgId: 'sx', assignedOrgName: '苏溪镇总工会', routeReason: 'EMPLOYER_BLIND',
  routeExplanation: MEMBERSHIP_ROUTE_EXPLANATIONS.EMPLOYER_BLIND, reviewBy: '2026-03-31T00:00:00+08:00', reviewByLabel: '3月30日 24:00',
  reviewByEstimated: true, overdue: false, createdAt: '2026-03-09T10:00:00+08:00',
  workplace: { enterpriseId: 'e-hx', enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', townName: '苏溪镇总工会', noFixedEmployer: false, occupation: null, employerBlind: true },
  applicant: { name: '张三', idMasked: '3307**********1237', phoneMasked: '138****5678', gender: 'male', birthDate: '1985-03-07', age: 41 },
  rejectReason: null, rejectReasonLabel: null, rejectNote: null, memberNo: null, fromOrgId: null, fromOrgName: null,
  history: [{ at: '2026-03-09T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'sx', reason: 'EMPLOYER_BLIND' }],
}
const member: MemberView = {
  id: 'm-1', memberNo: 'YW2026000123', name: '张三', orgId: 'eu-hx', orgName: '华鑫织造工会', status: 'active',
  since: '2026-03-20T10:00:00+08:00', statusReason: null, history: [],
}

function backend(views: unknown[], replies: Record<string, unknown> = {}) {
  callMock.mockImplementation(async (fn, action) => {
    if (fn === 'membership' && action === 'mine') return { ok: true, data: views.length > 1 ? views.shift() : views[0] } as never
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
  jest.mocked(useRouter).mockReturnValue({ params: {} } as never)
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-10T09:00:00+08:00'))
})
afterEach(() => jest.restoreAllMocks())

test('When an application is pending, then the page shows the receiving union, why, and the review deadline with its note', async () => {
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'a-1' } } as never)
  backend([{ member: null, applications: [pending], next: null }])
  render(<StatusPage />)

  expect(await screen.findByText('入会申请')).toBeTruthy()
  expect(screen.getByText('申请已提交')).toBeTruthy() // just came from the form
  expect(screen.getByText('待审核')).toBeTruthy()
  expect(screen.getByText('审核工会：苏溪镇总工会')).toBeTruthy()
  expect(screen.getByText(MEMBERSHIP_ROUTE_EXPLANATIONS.EMPLOYER_BLIND)).toBeTruthy()
  expect(screen.getByText('须在 3月30日 24:00 前审核')).toBeTruthy()
  expect(screen.getByText('按目前公布的节假日估算；超时没有审核，会自动交给上一级工会。')).toBeTruthy()
  // Where the worker works and who reviews are separate labelled lines: the town is a place here, not a reviewer.
  expect(screen.getByText('工作单位：义乌华鑫织造有限公司（苏溪镇）')).toBeTruthy()
  expect(screen.getByText('已选择“入会不惊动单位”')).toBeTruthy()
  expect(screen.queryByText(/苏溪镇总工会 ·|· 苏溪镇总工会/)).toBeNull()
  expect(screen.getByText('提交申请，交给苏溪镇总工会审核')).toBeTruthy()
  expect(screen.queryByText('我的会籍')).toBeNull() // not a member yet
  await click(screen.getByText('去“办事”查看我的全部事项 ›')) // just submitted: the way back to the tabs
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cases/index' })
})

test('When the review is overdue at the top, or rejected, then the worker reads that plainly, with the union’s reason', async () => {
  const rejected: ApplicationView = {
    ...pending, id: 'a-0', status: 'rejected', rejectReason: 'INFO_MISMATCH', rejectReasonLabel: '填写的信息与实际不符', rejectNote: '单位名称与实际不符，请重新填写。',
  }
  backend([{ member: null, applications: [{ ...pending, overdue: true }, rejected], next: null }])
  render(<StatusPage />)

  expect(await screen.findByText('审核已超过期限（3月30日 24:00）')).toBeTruthy()
  expect(screen.getByText('已在最高一级工会，正在督促尽快审核。')).toBeTruthy()
  expect(screen.getByText('未通过：填写的信息与实际不符')).toBeTruthy()
  expect(screen.getByText('工会的说明：单位名称与实际不符，请重新填写。')).toBeTruthy()
  expect(screen.queryAllByText(/须在 .* 前审核/)).toHaveLength(0)
})

test('When the worker is a member, then the number, union, since-date and status show, and 退会 asks before it leaves', async () => {
  const approved: ApplicationView = { ...pending, status: 'approved', memberNo: 'YW2026000123', assignedOrgId: 'eu-hx', assignedOrgName: '华鑫织造工会' }
  backend(
    [{ member, applications: [approved], next: null }, { member: { ...member, status: 'left' }, applications: [approved], next: null }],
    { 'membership.leave': { ok: true, data: { ...member, status: 'left' } } },
  )
  render(<StatusPage />)

  expect(await screen.findByText('我的会籍')).toBeTruthy()
  expect(screen.getByText('YW2026000123')).toBeTruthy()
  expect(screen.getByText('华鑫织造工会')).toBeTruthy()
  expect(screen.getByText('2026年3月20日')).toBeTruthy()
  expect(screen.getByText('正常')).toBeTruthy()
  expect(screen.getByText('审核通过 · 会员号 YW2026000123')).toBeTruthy()
  await click(screen.getByText('电子会员证'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/membership/pages/card/index' })

  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never)
  await click(screen.getByText('退会'))
  expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认退会？' }))
  expect(calls('leave')).toEqual([]) // 再想想: nothing happens

  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: true, cancel: false } as never)
  await click(screen.getByText('退会'))
  expect(calls('leave')).toEqual([{}])
  expect(await screen.findByText('已退会')).toBeTruthy()
  expect(screen.getByText('重新申请入会')).toBeTruthy()
  expect(screen.queryByText('退会')).toBeNull()
})

test('When there is neither a membership nor an application, then the page says so and offers 我要入会; a failure offers 重试', async () => {
  callMock.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } })
  callMock.mockResolvedValueOnce({ ok: true, data: { member: null, applications: [], next: null } })
  render(<StatusPage />)

  expect(await screen.findByText('网络异常，请检查网络后重试')).toBeTruthy()
  await click(screen.getByText('重试'))
  expect(screen.getByText('您还没有申请入会')).toBeTruthy()
  await click(screen.getByText('我要入会'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/membership/pages/apply/index' })
})
