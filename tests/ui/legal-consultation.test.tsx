/**
 * The asker's consultation page and the receipt look-up in jsdom (transport mocked): status, who answers by when,
 * the thread, follow-up, close behind a confirmation, rating once, and the buttons that open the grievance report
 * and the legal-aid form with what is known (the report form shows it prefilled; nothing is filed from here).
 */
import { act, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import ConsultationPage from '../../src/legal/pages/consultation/index'
import ReceiptPage from '../../src/legal/pages/receipt/index'
import ReportPage from '../../src/grievance/pages/report/index'
import { backend, click, inputsOf, ok, type } from './legal-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/components/photo-picker/photo-io', () => ({ choosePhotos: jest.fn(), readPhoto: jest.fn(), previewPhotos: jest.fn() }))

const RECEIPT = '4000123412341234'
const QUESTION = '老板拖欠我三个月工资一共一万二，我已经离职了，怎么要回来？'
const ANSWER = '可以先向单位书面催要，保留证据；再向劳动监察投诉或申请劳动仲裁，仲裁不收费。'
const view = (over: Record<string, unknown> = {}) => ({
  id: 'lc-1', status: 'answered', statusLabel: '律师已答复', category: 'wage', categoryLabel: '工资报酬/欠薪', privacy: 'named',
  enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', assignedOrgId: 'yw', assignedOrgName: '义乌市总工会', routeReason: 'CITY_CENTRE',
  routeExplanation: '由市总工会法律服务中心（12351）的律师解答。', answerBy: '2026-03-11T10:00:00+08:00', answerByLabel: null,
  supervised: false, claimed: true, firstAnsweredAt: '2026-03-10T15:00:00+08:00', closedAt: null, rating: null, published: false,
  createdAt: '2026-03-10T10:00:00+08:00', orgNames: { yw: '义乌市总工会' }, receipt: RECEIPT, history: [],
  messages: [
    { id: 'm1', at: '2026-03-10T10:00:00+08:00', from: 'worker', kind: 'question', text: QUESTION, photos: [] },
    { id: 'm2', at: '2026-03-10T15:00:00+08:00', from: 'lawyer', kind: 'answer', text: ANSWER, photos: [] },
  ],
  ...over,
})
const confirmNext = (confirm: boolean) => jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm, cancel: !confirm } as never)
/** Page parameters as Taro hands them over (still URL-encoded), from a navigateTo url. */
const paramsOf = (url: string) => Object.fromEntries(url.split('?')[1].split('&').map((kv) => kv.split('=') as [string, string]))
const navigatedTo = () => jest.mocked(Taro.navigateTo).mock.calls.map(([o]) => (o as { url: string }).url)

beforeEach(() => {
  jest.clearAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'lc-1' } } as never)
})

describe('consultation page', () => {
  test('When a waiting consultation opens, then it shows its status, who answers, by when, and the question', async () => {
    backend({ 'legal.get': [ok(view({ status: 'waiting', statusLabel: '等待律师接单', firstAnsweredAt: null, answerByLabel: '3月11日 10:00 前答复', messages: [view().messages[0]] }))] })
    render(<ConsultationPage />)

    expect(await screen.findByText('等待律师接单')).toBeTruthy()
    expect(screen.getByText('义乌市总工会')).toBeTruthy()
    expect(screen.getByText('3月11日 10:00 前答复')).toBeTruthy()
    expect(screen.getByText(QUESTION)).toBeTruthy()
    expect(screen.queryByText('提交评价')).toBeNull() // nothing to rate before an answer
    expect(inputsOf('get')).toEqual([{ id: 'lc-1' }])
  })

  test('When the worker rates the answer, then it asks first, sends score and solved once, and the form is replaced by the rating', async () => {
    backend({ 'legal.get': [ok(view()), ok(view({ rating: { score: 4, solved: true } }))], 'legal.rate': [ok({ id: 'lc-1' })] })
    render(<ConsultationPage />)
    expect(await screen.findByText(ANSWER)).toBeTruthy()

    await click(screen.getByText('4 分'))
    await click(screen.getByText('问题解决了'))
    confirmNext(true)
    await click(screen.getByText('提交评价'))

    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '提交评价？' }))
    expect(inputsOf('rate')).toEqual([{ id: 'lc-1', score: 4, solved: true }])
    expect(await screen.findByText('4 分 · 问题解决了')).toBeTruthy()
    expect(screen.queryByText('提交评价')).toBeNull()
  })

  test('When the answer was already rated (on another phone), then the server’s message shows and no second rating is sent', async () => {
    backend({
      'legal.get': [ok(view())],
      'legal.rate': [{ ok: false, error: { code: 'LEGAL.ALREADY_RATED', message: '这条咨询已经评价过了' } }],
    })
    render(<ConsultationPage />)
    await screen.findByText(ANSWER)
    await click(screen.getByText('3 分'))
    await click(screen.getByText('提交评价')) // disabled until 解决了/没解决 is chosen too
    expect(Taro.showModal).not.toHaveBeenCalled()
    await click(screen.getByText('还没解决'))
    confirmNext(true)
    await click(screen.getByText('提交评价'))
    expect(screen.getByText('这条咨询已经评价过了')).toBeTruthy()
    expect(inputsOf('rate')).toHaveLength(1)
  })

  test('When the worker taps 结束咨询, then nothing happens until the dialog is confirmed', async () => {
    backend({ 'legal.get': [ok(view()), ok(view({ status: 'closed', statusLabel: '已结束' }))], 'legal.close': [ok({ id: 'lc-1', status: 'closed' })] })
    render(<ConsultationPage />)
    await screen.findByText(ANSWER)

    confirmNext(false)
    await click(screen.getByText('结束咨询'))
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '结束这条咨询？' }))
    expect(inputsOf('close')).toEqual([])

    confirmNext(true)
    await click(screen.getByText('结束咨询'))
    expect(inputsOf('close')).toEqual([{ id: 'lc-1' }])
    expect(await screen.findByText('已结束')).toBeTruthy()
    expect(screen.queryByText('结束咨询')).toBeNull()
    expect(screen.queryByLabelText('追问内容')).toBeNull() // a closed consultation takes no more follow-ups
  })

  test('When the worker asks a follow-up, then the text goes on the same consultation', async () => {
    backend({ 'legal.get': [ok(view()), ok(view())], 'legal.followUp': [ok({ id: 'lc-1', messageId: 'm3' })] })
    render(<ConsultationPage />)
    await screen.findByText(ANSWER)
    type('追问内容', '单位说没钱，怎么办？')
    await click(screen.getByText('发送'))
    expect(inputsOf('followUp')).toEqual([{ id: 'lc-1', text: '单位说没钱，怎么办？', requestId: expect.stringMatching(/^l/) }])
  })

  test('When the worker taps 转为维权诉求 or 申请法律援助, then the forms open with the known fields and the report form shows them prefilled', async () => {
    backend({ 'legal.get': [ok(view())] }, {
      'directory.listTowns': ok({ items: [] }), 'grievance.collective': ok(null),
    })
    render(<ConsultationPage />)
    await screen.findByText(ANSWER)
    await click(screen.getByText('转为维权诉求'))
    await click(screen.getByText('申请法律援助'))
    const [report, aid] = navigatedTo()

    expect(report.split('?')[0]).toBe('/grievance/pages/report/index')
    expect(Object.fromEntries(Object.entries(paramsOf(report)).map(([k, v]) => [k, decodeURIComponent(v)]))).toEqual({
      from: 'legal', category: 'wage_arrears', enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', description: QUESTION,
    })
    expect(aid.split('?')[0]).toBe('/legal/pages/aid-apply/index')
    expect(Object.fromEntries(Object.entries(paramsOf(aid)).map(([k, v]) => [k, decodeURIComponent(v)]))).toEqual({
      from: 'legal', category: 'wage', enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', facts: QUESTION,
    })
    expect(inputsOf('submit')).toEqual([]) // nothing filed

    jest.mocked(useRouter).mockReturnValue({ params: paramsOf(report) } as never)
    render(<ReportPage />)
    expect(screen.getByText('已按您的法律咨询填好了部分内容，请核对、补全，确认后才会提交。')).toBeTruthy()
    expect((screen.getByLabelText('问题描述') as HTMLTextAreaElement).value).toBe(QUESTION)
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('义乌华鑫织造有限公司')
    expect(screen.getByText('欠薪').closest('[role="radio"]')?.getAttribute('aria-checked')).toBe('true')
    expect(screen.getByText('实名').closest('[role="radio"]')?.getAttribute('aria-checked')).toBe('false') // the worker still chooses
    await act(async () => undefined) // the report form's town list arrives
  })
})

describe('receipt look-up', () => {
  test('When an anonymous asker enters the receipt code, then the consultation shows and rating goes by the code', async () => {
    backend({
      'legal.byReceipt': [ok(view({ privacy: 'anonymous' })), ok(view({ privacy: 'anonymous', rating: { score: 2, solved: false } }))],
      'legal.rate': [ok({ id: 'lc-1' })],
    })
    render(<ReceiptPage />)
    type('回执码', '4000123412341235')
    await click(screen.getByText('查询'))
    expect(screen.getByText('回执码有误，请核对后重新输入')).toBeTruthy()
    expect(inputsOf('byReceipt')).toEqual([])

    type('回执码', RECEIPT)
    await click(screen.getByText('查询'))
    expect(await screen.findByText(ANSWER)).toBeTruthy()
    await click(screen.getByText('2 分'))
    await click(screen.getByText('还没解决'))
    confirmNext(true)
    await click(screen.getByText('提交评价'))

    expect(inputsOf('byReceipt')).toEqual([{ receipt: RECEIPT }, { receipt: RECEIPT }])
    expect(inputsOf('rate')).toEqual([{ receipt: RECEIPT, score: 2, solved: false }])
    expect(await screen.findByText('2 分 · 还没解决')).toBeTruthy()
  })
})
