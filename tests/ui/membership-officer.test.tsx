/**
 * The officer's membership pages in jsdom: the review queue (tabs, deadlines, 加载更多), one application's
 * review (masked numbers, audited reveal, confirmed approve and reject) and the member roster.
 * The transport is mocked at the component boundary.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { call } from '../../src/services/api'
import QueuePage from '../../src/membership/pages/queue/index'
import ReviewPage from '../../src/membership/pages/review/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const queueItem = (over: Record<string, unknown> = {}) => ({
  id: 'a-1', kind: 'join', status: 'pending', assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND', reviewBy: '2026-04-01T00:00:00+08:00',
  reviewByLabel: '3月31日 24:00', reviewByEstimated: false, overdue: false, late: false, createdAt: '2026-03-10T10:00:00+08:00',
  fromOrgId: null, nameMasked: '张*', idMasked: '3307**********1234', phoneMasked: '138****5678',
  enterpriseName: '义乌华鑫织造有限公司', noFixedEmployer: false, occupation: null, employerBlind: true, ...over,
})
const application = (over: Record<string, unknown> = {}) => ({
  id: 'a-1', kind: 'join', status: 'pending', assignedOrgId: 'sx', assignedOrgName: '苏溪镇总工会', routeReason: 'EMPLOYER_BLIND',
  routeExplanation: '您选择了“入会不惊动单位”，申请直接交给单位所在镇（街道）总工会，不经过单位。',
  reviewBy: '2026-04-01T00:00:00+08:00', reviewByLabel: '3月31日 24:00', reviewByEstimated: false, overdue: false,
  createdAt: '2026-03-10T10:00:00+08:00',
  workplace: { enterpriseId: 'e-hx', enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', townName: '苏溪镇', noFixedEmployer: false, occupation: null, employerBlind: true },
  applicant: { name: '张三', idMasked: '3307**********1234', phoneMasked: '138****5678', gender: 'male', birthDate: null, age: 36 },
  rejectReason: null, rejectReasonLabel: null, rejectNote: null, memberNo: null, fromOrgId: null, fromOrgName: null,
  history: [{ at: '2026-03-10T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'sx', reason: 'EMPLOYER_BLIND' }],
  ...over,
})

/** Replies by `fn.action`; an array answers in turn and repeats its last entry. */
function backend(replies: Record<string, unknown[]>) {
  callMock.mockImplementation(async (fn, action) => {
    const queue = replies[`${fn}.${action}`]
    if (!queue) throw new Error(`unexpected call ${fn}.${action}`)
    return (queue.length > 1 ? queue.shift() : queue[0]) as never
  })
}
const ok = (data: unknown) => ({ ok: true, data })
const calls = (action: string) => callMock.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input)
const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}
const confirmNext = (confirm: boolean) => jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm, cancel: !confirm } as never)

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'a-1' } } as never)
})

test('When an officer opens the queue, then pending applications show masked, with workplace, deadline and marks; 加载更多 continues', async () => {
  backend({
    'membership.queue': [
      ok({ orgId: 'sx', items: [queueItem(), queueItem({ id: 'a-2', nameMasked: '李*', late: true, routeReason: 'ESCALATED', employerBlind: false, reviewByLabel: '3月12日 24:00' })], next: 'c1' }),
      ok({ orgId: 'sx', items: [queueItem({ id: 'a-3', nameMasked: '王**', noFixedEmployer: true, occupation: '快递员', enterpriseName: null, employerBlind: false })], next: null }),
    ],
  })
  render(<QueuePage />)

  expect(await screen.findByText('张*')).toBeTruthy()
  expect(screen.getAllByText('身份证 3307**********1234')).toHaveLength(2)
  expect(screen.getAllByText('义乌华鑫织造有限公司')).toHaveLength(2)
  expect(screen.getByText('须在 3月31日 24:00 前审核')).toBeTruthy()
  expect(screen.getByText('已超期 · 须在 3月12日 24:00 前审核')).toBeTruthy()
  expect(screen.getByText('下级超期转来')).toBeTruthy()
  expect(screen.getByText('不惊动单位')).toBeTruthy()
  expect(screen.queryByText('张三')).toBeNull()
  expect(calls('queue')).toEqual([{ status: 'pending', limit: 20 }])

  await click(screen.getByText('加载更多'))
  expect(screen.getByText('无固定单位 · 快递员')).toBeTruthy()
  expect(calls('queue')[1]).toEqual({ status: 'pending', limit: 20, after: 'c1' })
  expect(screen.queryByText('加载更多')).toBeNull()

  await click(screen.getByText('张*'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/membership/pages/review/index?id=a-1' })
})

test('When the officer switches to 超期, then the queue asks for overdue applications and says when there are none', async () => {
  backend({ 'membership.queue': [ok({ orgId: 'sx', items: [queueItem()], next: null }), ok({ orgId: 'sx', items: [], next: null })] })
  render(<QueuePage />)
  await screen.findByText('张*')

  await click(screen.getByText('超期'))
  expect(await screen.findByText('没有超期的申请')).toBeTruthy()
  expect(calls('queue')[1]).toEqual({ overdue: true, limit: 20 })
})

test('When the queue opens from a 工作看板 number (?overdue=1, ?status=), then it opens on that tab; an unknown status opens 待审核', async () => {
  backend({ 'membership.queue': [ok({ orgId: 'sx', items: [], next: null })] })
  const open = async (params: Record<string, string>, empty: string) => {
    jest.mocked(useRouter).mockReturnValue({ params } as never)
    const page = render(<QueuePage />)
    expect(await screen.findByText(empty)).toBeTruthy()
    page.unmount()
  }
  await open({ orgId: 'sx', overdue: '1' }, '没有超期的申请')
  await open({ orgId: 'sx', status: 'pending' }, '没有待审核的入会申请')
  await open({ status: 'rejected' }, '没有未通过的申请')
  await open({ status: 'withdrawn' }, '没有待审核的入会申请')
  expect(calls('queue')).toEqual([{ overdue: true, limit: 20 }, { status: 'pending', limit: 20 }, { status: 'rejected', limit: 20 }, { status: 'pending', limit: 20 }])
})

test('When an officer approves, then it asks first, and after confirming the member number shows', async () => {
  backend({
    'membership.get': [ok(application()), ok(application({ status: 'approved', memberNo: 'YW2026000123' }))],
    'membership.approve': [ok({ id: 'a-1', memberId: 'a-1', memberNo: 'YW2026000123' })],
  })
  render(<ReviewPage />)
  expect(await screen.findByText('张三')).toBeTruthy()
  expect(screen.getByText('须在 3月31日 24:00 前审核')).toBeTruthy()
  expect(screen.getByText(/审核和联系时不要通过单位/)).toBeTruthy()

  confirmNext(false)
  await click(screen.getByText('通过，发放会员号'))
  expect(calls('approve')).toEqual([])

  confirmNext(true)
  await click(screen.getByText('通过，发放会员号'))
  expect(jest.mocked(Taro.showModal).mock.calls[1][0]).toMatchObject({ title: '批准入会？' })
  expect(calls('approve')).toEqual([{ id: 'a-1' }])
  expect(await screen.findByText('YW2026000123')).toBeTruthy()
  expect(screen.getByText('已通过 · 会员号')).toBeTruthy()
  expect(screen.queryByText('通过，发放会员号')).toBeNull()
})

test('When the ID number already belongs to another account, then the review page warns to verify identity in person', async () => {
  backend({ 'membership.get': [ok(application({ identityWarning: '该身份证号已有会籍/申请，请当面核实身份' }))] })
  render(<ReviewPage />)
  expect(await screen.findByText('该身份证号已有会籍/申请，请当面核实身份')).toBeTruthy()
  expect(screen.getByText('36 岁', { exact: false })).toBeTruthy()
})

test('When an officer rejects, then a reason and a note are required, and the decision is confirmed', async () => {
  backend({
    'membership.get': [ok(application()), ok(application({ status: 'rejected', rejectReason: 'WRONG_UNION', rejectReasonLabel: '不属于本工会受理范围', rejectNote: '请向所在镇申请' }))],
    'membership.reject': [ok({ id: 'a-1', status: 'rejected' })],
  })
  render(<ReviewPage />)
  await screen.findByText('张三')

  await click(screen.getByText('不通过…'))
  await click(screen.getByText('确认不通过'))
  expect(screen.getByText('请选择不通过的原因')).toBeTruthy()
  expect(screen.getByText('请填写说明，申请人会看到')).toBeTruthy()
  expect(Taro.showModal).not.toHaveBeenCalled()

  await click(screen.getByText(/不属于本工会受理范围/))
  fireEvent.change(screen.getByLabelText('说明'), { target: { value: ' 请向所在镇申请 ' } })
  confirmNext(true)
  await click(screen.getByText('确认不通过'))
  expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '确认不通过？' })
  expect(calls('reject')).toEqual([{ id: 'a-1', reason: 'WRONG_UNION', note: '请向所在镇申请' }])
  expect(await screen.findByText('未通过：不属于本工会受理范围')).toBeTruthy()
  expect(screen.getByText('说明：请向所在镇申请')).toBeTruthy()
})

test('When an officer asks for the full ID number, then it warns that viewing is recorded and shows it only after confirming', async () => {
  backend({ 'membership.get': [ok(application())], 'membership.revealId': [ok({ field: 'idNumber', value: '330782199003071234' })] })
  render(<ReviewPage />)
  await screen.findByText('张三')
  expect(screen.getByText('138****5678')).toBeTruthy()

  const [idButton] = screen.getAllByText('查看完整号码')
  confirmNext(false)
  await click(idButton)
  expect(calls('revealId')).toEqual([])
  expect(jest.mocked(Taro.showModal).mock.calls[0][0]?.content).toContain('查看将被记录')

  confirmNext(true)
  await click(idButton)
  expect(calls('revealId')).toEqual([{ applicationId: 'a-1', field: 'idNumber' }])
  expect(screen.getByText('330782199003071234')).toBeTruthy()
  expect(screen.getByText('138****5678')).toBeTruthy() // the phone stays masked
})

test('When an officer suspends a member from the roster, then a reason is required and the change is confirmed', async () => {
  const member = { id: 'm-1', memberNo: 'YW2026000123', name: '张*', orgId: 'sx', orgName: '苏溪镇总工会', status: 'active', since: '2026-03-10T10:00:00+08:00', statusReason: null, history: [] }
  backend({
    'membership.queue': [ok({ orgId: 'sx', items: [], next: null })],
    'membership.members': [ok({ orgId: 'sx', items: [member], next: null }), ok({ orgId: 'sx', items: [{ ...member, status: 'suspended', statusReason: '长期未缴会费' }], next: null })],
    'membership.suspend': [ok({ memberId: 'm-1', status: 'suspended' })],
  })
  render(<QueuePage />)
  await click(screen.getByText('会员名单'))
  expect(await screen.findByText('会员号 YW2026000123 · 2026年3月10日 入会')).toBeTruthy()

  await click(screen.getByText('暂停会籍'))
  await click(screen.getByText('确认暂停'))
  expect(screen.getByText('请填写暂停原因')).toBeTruthy()
  fireEvent.change(screen.getByLabelText('暂停原因'), { target: { value: '长期未缴会费' } })
  confirmNext(true)
  await click(screen.getByText('确认暂停'))
  expect(calls('suspend')).toEqual([{ memberId: 'm-1', reason: '长期未缴会费' }])
  expect(await screen.findByText('暂停原因：长期未缴会费')).toBeTruthy()
  expect(screen.getByText('恢复会籍')).toBeTruthy()
})
