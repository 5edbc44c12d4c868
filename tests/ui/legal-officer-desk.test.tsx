/**
 * The lawyer's desk in jsdom: the org's queue (status tabs, overdue/督办 flags, the answer-by countdown, 加载更多),
 * and one consultation (接单 behind a confirmation with the lost race said plainly, the answer's 10-character floor,
 * 发布到知识库 with its edit step and the server's refusal shown at the field). The transport is mocked.
 */
import { render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import DeskQueuePage from '../../src/legal/pages/desk/index'
import DeskConsultationPage from '../../src/legal/pages/desk-consultation/index'
import { ANSWER, QUESTION, answered, backend, callMock, calls, click, confirmNext, deskView, fail, inHours, ok, queueRow, type } from './support/legal-desk'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  jest.mocked(Taro.showModal).mockReset().mockResolvedValue({ confirm: false, cancel: true } as never)
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as never)
})

describe('the queue', () => {
  test('When a lawyer opens the queue, then rows show the answer-by countdown, overdue and 督办 flags; 加载更多 continues', async () => {
    backend({
      'legal.queue': [
        ok({ orgId: 'yw', items: [queueRow({ answerBy: inHours(-2.5), supervised: true, answerByLabel: '3月10日 08:00 前答复' }), queueRow({ id: 'c-2', enterpriseName: null, privacy: 'anonymous' })], next: 'k1' }),
        ok({ orgId: 'yw', items: [queueRow({ id: 'c-3', status: 'claimed', claimed: true, claimedByMe: true, categoryLabel: '工伤' })], next: null }),
      ],
    })
    render(<DeskQueuePage />)

    expect(await screen.findByText('3月10日 08:00 前答复 · 已超时 2 小时 30 分')).toBeTruthy()
    expect(screen.getByText('已超时')).toBeTruthy()
    expect(screen.getByText('督办')).toBeTruthy()
    expect(document.querySelectorAll('.ldesk__row--flag')).toHaveLength(1)
    expect(screen.getByText(/3月11日 10:00 前答复 · 还剩 5 小时 (29|30) 分/)).toBeTruthy()
    expect(screen.getByText(/单位未填写 · 匿名/)).toBeTruthy()
    expect(calls('queue')).toEqual([{}])

    await click(screen.getByText('加载更多'))
    expect(screen.getByText('我已接单')).toBeTruthy()
    expect(calls('queue')[1]).toEqual({ cursor: 'k1' })

    await click(screen.getByText('工伤'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/legal/pages/desk-consultation/index?id=c-3' })
  })

  test('When the lawyer picks 待接单, then the queue asks for that status and says when there are none', async () => {
    backend({ 'legal.queue': [ok({ orgId: 'yw', items: [queueRow()], next: null }), ok({ orgId: 'yw', items: [], next: null })] })
    render(<DeskQueuePage />)
    await screen.findByText('工资报酬/欠薪')

    await click(screen.getByRole('tab', { name: '待接单' }))
    expect(await screen.findByText('没有待接单的咨询')).toBeTruthy()
    expect(calls('queue')[1]).toEqual({ status: 'waiting' })
  })

  test('When the queue opens from a link (?status=claimed), then it opens on 解答中 and asks for it; an unknown status opens 全部', async () => {
    backend({ 'legal.queue': [ok({ orgId: 'yw', items: [queueRow({ status: 'claimed', claimed: true })], next: null }), ok({ orgId: 'yw', items: [queueRow()], next: null })] })
    jest.mocked(useRouter).mockReturnValue({ params: { orgId: 'yw', status: 'claimed' } } as never)
    const { unmount } = render(<DeskQueuePage />)
    await screen.findByText('工资报酬/欠薪')
    expect(calls('queue')).toEqual([{ status: 'claimed' }])
    expect(screen.getByRole('tab', { name: '解答中' }).getAttribute('aria-selected')).toBe('true')
    unmount()

    jest.mocked(useRouter).mockReturnValue({ params: { status: 'closed' } } as never) // not a tab of this queue
    render(<DeskQueuePage />)
    await screen.findByText('工资报酬/欠薪')
    expect(calls('queue')[1]).toEqual({})
    expect(screen.getByRole('tab', { name: '全部' }).getAttribute('aria-selected')).toBe('true')
  })
})

describe('one consultation', () => {
  test('When two lawyers claim at once and this one loses, then it asks first and says plainly that another lawyer has it', async () => {
    backend({
      'legal.get': [ok(deskView()), ok(deskView({ status: 'claimed', claimed: true }))],
      'legal.claim': [fail('LEGAL.ALREADY_CLAIMED', '这条咨询已经有律师接单了')],
    })
    render(<DeskConsultationPage />)
    expect(await screen.findByText(QUESTION)).toBeTruthy()
    expect(screen.getByText('张三 · 13812345678')).toBeTruthy()
    expect(screen.getByText('职工提问 · 3月10日 10:00')).toBeTruthy()

    confirmNext(false)
    await click(screen.getByText('接单'))
    expect(calls('claim')).toEqual([])

    confirmNext(true)
    await click(screen.getByText('接单'))
    expect(jest.mocked(Taro.showModal).mock.calls[1][0]).toMatchObject({ title: '接下这条咨询？' })
    expect(calls('claim')).toEqual([{ id: 'c-1' }])
    expect((await screen.findByRole('alert')).textContent).toContain('这条咨询已经有律师接单了')
    expect(screen.getByText('这条咨询已由其他律师接单，您可以查看记录。')).toBeTruthy()
    expect(screen.queryByText('发送答复')).toBeNull()
  })

  test('When the answer is shorter than 10 characters, then nothing is sent and the box says so; 10 or more is sent', async () => {
    backend({
      'legal.get': [ok(deskView({ status: 'claimed', claimed: true, claimedByMe: true })), ok(answered())],
      'legal.answer': [ok({ id: 'c-1', status: 'answered', messageId: 'm-2' })],
    })
    render(<DeskConsultationPage />)
    await screen.findByText(QUESTION)
    expect(screen.getByText('我已接单', { exact: false })).toBeTruthy()

    await type(screen.getByLabelText('答复'), '去仲裁吧')
    expect(screen.getByText('还差 6 个字 · 4/4000')).toBeTruthy()
    await click(screen.getByText('发送答复'))
    expect(screen.getByText('答复至少 10 个字')).toBeTruthy()
    expect(calls('answer')).toEqual([])

    await type(screen.getByLabelText('答复'), ANSWER)
    expect(screen.queryByText('答复至少 10 个字')).toBeNull()
    await click(screen.getByText('发送答复'))
    expect(calls('answer')).toEqual([{ id: 'c-1', text: ANSWER }])
    expect(await screen.findByText('律师答复 · 3月10日 12:00')).toBeTruthy()
  })

  test('When a published text holds a phone number, then the server refuses it and the message shows at that field', async () => {
    const refusal = '公开的内容里不能有手机号或身份证号，请删除后再发布'
    backend({
      'legal.get': [ok(answered()), ok(answered({ published: true }))],
      'legal.publish': [fail('LEGAL.PERSONAL_DATA', refusal, { question: refusal }), ok({ articleId: 'kb-1', published: true })],
    })
    render(<DeskConsultationPage />)
    await click(await screen.findByText('发布到知识库'))
    const question = screen.getByLabelText('公开的问题') as HTMLTextAreaElement
    expect(question.value).toBe(QUESTION)
    expect((screen.getByLabelText('公开的答复') as HTMLTextAreaElement).value).toBe(ANSWER)

    confirmNext(true)
    await click(screen.getByText('发布'))
    expect(calls('publish')).toEqual([{ id: 'c-1', question: QUESTION, answer: ANSWER }])
    const fieldError = question.parentElement!.querySelector('.field-error')
    expect(fieldError?.textContent).toBe(refusal)
    expect(question.className).toContain('text-input--invalid')

    const cleaned = '公司两个月没发工资了，老板说资金周转困难，我该怎么办？'
    await type(question, cleaned)
    confirmNext(true)
    await click(screen.getByText('发布'))
    expect(calls('publish')[1]).toEqual({ id: 'c-1', question: cleaned, answer: ANSWER })
    expect(await screen.findByText('已发布到知识库')).toBeTruthy()
  })

  test('When the lawyer closes the consultation, then it asks first and closes on 确定', async () => {
    backend({
      'legal.get': [ok(answered()), ok(answered({ status: 'closed', closedAt: '2026-03-10T13:00:00+08:00' }))],
      'legal.close': [ok({ id: 'c-1', status: 'closed' })],
    })
    render(<DeskConsultationPage />)
    await screen.findByText(QUESTION)
    confirmNext(true)
    await click(screen.getByText('结束咨询'))
    expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '结束这条咨询？' })
    expect(calls('close')).toEqual([{ id: 'c-1' }])
    expect(await screen.findByText('工资报酬/欠薪 · 已结束')).toBeTruthy()
    expect(screen.queryByText('结束咨询')).toBeNull()
  })
})

describe('at a desk (H5 ≥ 1024px)', () => {
  const desk = (matches: boolean) => {
    window.matchMedia = ((query: string) => ({ matches, media: query, addEventListener: () => undefined, removeEventListener: () => undefined })) as never
  }
  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia
  })

  test('When a lawyer works at a desk, then the queue is a table and a consultation opens beside it; claiming refreshes the queue', async () => {
    desk(true)
    backend({
      'account.me': [ok({ openid: 'o-lawyer-1', officer: { orgId: 'yw', role: 'lawyer', name: '陈律师', org: { id: 'yw', name: '义乌市总工会', type: 'city_federation', kind: null } } })],
      'legal.queue': [ok({ orgId: 'yw', items: [queueRow()], next: null }), ok({ orgId: 'yw', items: [queueRow({ status: 'claimed', claimed: true, claimedByMe: true })], next: null })],
      'legal.get': [ok(deskView()), ok(deskView({ status: 'claimed', claimed: true, claimedByMe: true }))],
      'legal.claim': [ok({ id: 'c-1', status: 'claimed', claimedAt: '2026-03-10T11:00:00+08:00' })],
    })
    render(<DeskQueuePage />)
    expect(await screen.findByRole('table')).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: '答复期限' })).toBeTruthy()
    expect(await screen.findByRole('navigation', { name: '工作台导航' })).toBeTruthy()

    await click(screen.getByRole('cell', { name: '义乌华鑫织造有限公司' }))
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    const pane = await screen.findByRole('region', { name: '详情' })
    expect(await within(pane).findByText(QUESTION)).toBeTruthy()

    confirmNext(true)
    await click(within(pane).getByText('接单'))
    expect(calls('claim')).toEqual([{ id: 'c-1' }])
    expect(await screen.findByRole('cell', { name: '我已接单' })).toBeTruthy()
    expect(calls('queue')).toHaveLength(2)
  })
})
