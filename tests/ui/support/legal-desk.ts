/** Shared by the legal desk and legal-aid page tests: a transport mock answering by `fn.action`, and fixtures. */
import { act, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../../src/services/api'

export const callMock = () => jest.mocked(call)

/** Replies by `fn.action`; an array answers in turn and repeats its last entry; a function sees the input. */
export function backend(replies: Record<string, unknown[] | ((input: any) => unknown)>) {
  callMock().mockImplementation(async (fn, action, input) => {
    const reply = replies[`${fn}.${action}`]
    if (!reply) throw new Error(`unexpected call ${fn}.${action}`)
    if (typeof reply === 'function') return reply(input) as never
    return (reply.length > 1 ? reply.shift() : reply[0]) as never
  })
}
export const ok = (data: unknown) => ({ ok: true, data })
export const fail = (code: string, message: string, fields?: Record<string, string>) => ({ ok: false, error: { code, message, ...(fields ? { fields } : {}) } })
export const calls = (action: string) => callMock().mock.calls.filter(([, a]) => a === action).map(([, , input]) => input)
export const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}
export const type = async (el: Element, value: string) => {
  await act(async () => {
    fireEvent.change(el, { target: { value } })
  })
}
export const confirmNext = (confirm: boolean) => jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm, cancel: !confirm } as never)

const HOUR = 3_600_000
/** An instant `hours` from now in Shanghai time, as the server writes them. */
export function inHours(hours: number): string {
  const d = new Date(Date.now() + hours * HOUR + 8 * HOUR)
  return `${d.toISOString().slice(0, 19)}+08:00`
}

export const queueRow = (over: Record<string, unknown> = {}) => ({
  id: 'c-1', category: 'wage', categoryLabel: '工资报酬/欠薪', status: 'waiting', privacy: 'named', enterpriseName: '义乌华鑫织造有限公司',
  answerBy: inHours(5.5), answerByLabel: '3月11日 10:00 前答复', supervised: false, claimed: false, claimedByMe: false, createdAt: '2026-03-10T10:00:00+08:00', ...over,
})

export const QUESTION = '公司两个月没发工资了，老板说资金周转困难，我该怎么办？我的电话 13812345678'
export const deskView = (over: Record<string, unknown> = {}) => ({
  id: 'c-1', status: 'waiting', statusLabel: '等待律师接单', category: 'wage', categoryLabel: '工资报酬/欠薪', privacy: 'named',
  enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', assignedOrgId: 'yw', assignedOrgName: '义乌市总工会', routeReason: 'CITY_CENTRE',
  routeExplanation: '由市总工会法律服务中心（12351）的律师解答。', answerBy: inHours(5.5), answerByLabel: '3月11日 10:00 前答复', supervised: false,
  claimed: false, firstAnsweredAt: null, closedAt: null, rating: null, published: false, createdAt: '2026-03-10T10:00:00+08:00',
  orgNames: { yw: '义乌市总工会' }, enterpriseId: 'e-hx', contact: { name: '张三', phone: '13812345678' }, claimedByMe: false, mayAnswer: true,
  missedOrgIds: [], history: [],
  messages: [{ id: 'm-1', at: '2026-03-10T10:00:00+08:00', from: 'worker', kind: 'question', text: QUESTION, photos: [] }],
  ...over,
})
export const ANSWER = '可以先书面催告单位支付，保留工资条和聊天记录，必要时申请劳动仲裁。'
export const answered = (over: Record<string, unknown> = {}) => deskView({
  status: 'answered', claimed: true, claimedByMe: true, firstAnsweredAt: '2026-03-10T12:00:00+08:00', answerByLabel: null,
  messages: [...(deskView().messages as unknown[]), { id: 'm-2', at: '2026-03-10T12:00:00+08:00', from: 'lawyer', kind: 'answer', text: ANSWER, photos: [] }],
  ...over,
})
