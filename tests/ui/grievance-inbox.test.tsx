/**
 * 消息 in jsdom: the worker's and the org's entries, marking read, and the retaliation check-in's confirmed 是.
 * The transport is mocked at the component boundary.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services/api'
import InboxPage from '../../src/grievance/pages/inbox/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const entry = (id: string, over: Record<string, unknown> = {}) => ({
  id, at: '2026-03-10T10:00:00+08:00', type: 'grievance.accepted', caseId: 'c-1', title: `标题${id}`, body: `内容${id}`, read: false, ...over,
})
const CHECKIN = entry('i-9', { type: 'grievance.checkin', title: '回访', body: '诉求办结后，您是否受到打击报复？' })

function backend(inbox: (input: Record<string, unknown>) => unknown, replies: Record<string, unknown> = {}) {
  callMock.mockImplementation(async (fn, action, input) => {
    if (fn === 'grievance' && action === 'inbox') return { ok: true, data: inbox((input ?? {}) as Record<string, unknown>) } as never
    if (fn === 'grievance' && action === 'markRead') return { ok: true, data: { id: (input as { id: string }).id, read: true } } as never
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
})

test('When an officer opens 消息, then both lists show, an unread entry opens its case and is marked read, and 加载更多 pages one list', async () => {
  backend((input) =>
    input.orgAfter
      ? { mine: { items: [], next: null }, org: { orgId: 'sx', items: [entry('o-3', { title: '更早的提醒' })], next: null } }
      : { mine: { items: [entry('m-1'), entry('m-2', { read: true, caseId: null })], next: null }, org: { orgId: 'sx', items: [entry('o-1', { title: '收到新的诉求' })], next: 'cur-1' } },
  )
  render(<InboxPage />)

  expect(await screen.findByText('标题m-1')).toBeTruthy()
  expect(screen.getByText('我的消息（1 条未读）')).toBeTruthy()
  expect(document.querySelectorAll('.inbox-item--unread')).toHaveLength(1)
  await click(screen.getByText('标题m-1'))
  expect(calls('markRead')).toEqual([{ id: 'm-1' }])
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/grievance/pages/case/index?id=c-1' })
  expect(document.querySelectorAll('.inbox-item--unread')).toHaveLength(0)

  await click(screen.getByText('标题m-2'))
  expect(calls('markRead')).toEqual([{ id: 'm-1' }])
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1)

  await click(screen.getByText('本单位消息（1 条未读）'))
  expect(screen.getByText('收到新的诉求')).toBeTruthy()
  await click(screen.getByText('加载更多'))
  expect(calls('inbox')).toEqual([{ limit: 20 }, { orgAfter: 'cur-1', limit: 20 }])
  expect(screen.getByText('更早的提醒')).toBeTruthy()
  expect(screen.getByText('收到新的诉求')).toBeTruthy()
})

test('When a worker answers 是 to a check-in, then a confirmation explains the town federation, and after it the new case opens', async () => {
  backend(() => ({ mine: { items: [CHECKIN], next: null }, org: null }), {
    'grievance.answerCheckin': { ok: true, data: { answer: 'yes', caseId: 'c-new' } },
  })
  const modal = jest.mocked(Taro.showModal)
  modal.mockResolvedValueOnce({ confirm: false, cancel: true } as never)
  render(<InboxPage />)

  expect(await screen.findByText('诉求办结后，您是否受到打击报复？')).toBeTruthy()
  expect(screen.queryByText('本单位消息')).toBeNull()
  await click(screen.getByText('是'))
  expect(modal.mock.calls[0][0]?.content).toContain('镇（街道）总工会')
  expect(calls('answerCheckin')).toEqual([])

  modal.mockResolvedValueOnce({ confirm: true, cancel: false } as never)
  await click(screen.getByText('是'))
  expect(calls('answerCheckin')).toEqual([{ inboxId: 'i-9', answer: 'yes' }])
  await click(screen.getByText('查看新的诉求'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/grievance/pages/case/index?id=c-new' })
})

test('When a worker answers 否, then no confirmation is asked and the answer is recorded', async () => {
  backend(() => ({ mine: { items: [CHECKIN], next: null }, org: null }), {
    'grievance.answerCheckin': { ok: true, data: { answer: 'no', caseId: null } },
  })
  render(<InboxPage />)
  await click(await screen.findByText('否'))
  expect(Taro.showModal).not.toHaveBeenCalled()
  expect(calls('answerCheckin')).toEqual([{ inboxId: 'i-9', answer: 'no' }])
  expect(screen.getByText('已记录您的回答，谢谢。')).toBeTruthy()
})
