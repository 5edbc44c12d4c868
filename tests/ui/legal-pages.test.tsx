/**
 * The legal entry on 首页 and the legal home, the drafted arbitration application (filled from page parameters and
 * the directory picker; printed on H5, copied on weapp), the evidence checklist and the knowledge base (no sign-in).
 */
import { act, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import type { Enterprise } from '../../types/directory'
import Home from '../../src/pages/home/index'
import LegalHome from '../../src/legal/pages/index/index'
import ArbitrationPage from '../../src/legal/pages/arbitration/index'
import EvidencePage from '../../src/legal/pages/evidence/index'
import KnowledgePage from '../../src/legal/pages/knowledge/index'
import { arbitrationUrl } from '../../src/legal/links'
import { backend, click, inputsOf, ok, type } from './legal-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn(), fetchDevIdentities: jest.fn(async () => null) }))
jest.mock('../../src/legal/components/date-field', () => ({
  __esModule: true,
  default: ({ label, value, onChange }: { label: string; value: string; onChange: (day: string) => void }) => (
    <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
  ),
}))

const huaxin: Enterprise = {
  id: 'e-hx', name: '义乌华鑫织造有限公司', creditCode: '91330782MA21U6RU95', townId: 'sx', unionId: 'eu-hx', jointUnionId: null, staff: 320, industry: '纺织',
}
const urls = () => jest.mocked(Taro.navigateTo).mock.calls.map(([o]) => (o as { url: string }).url)
/** Page parameters as Taro hands them over: still URL-encoded. */
const paramsOf = (url: string) => Object.fromEntries(url.split('?')[1].split('&').map((kv) => kv.split('=') as [string, string]))

beforeEach(() => {
  jest.clearAllMocks()
  jest.restoreAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: {} } as never)
})

test('When the worker taps 法律咨询 on 首页, then the legal home opens; it lists asking, follow-up, the toolkit, aid and the knowledge base', async () => {
  render(<Home />)
  const tile = screen.getByText('法律咨询').closest('.home__tile') as Element
  expect(tile.textContent).not.toContain('即将开放')
  await click(tile)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/legal/pages/index/index' })

  render(<LegalHome />)
  for (const title of ['问律师', '我的咨询', '回执码查询', '仲裁时效', '加班费', '未签合同二倍工资', '经济补偿', '证据清单', '仲裁申请书', '法律援助申请', '法律知识']) {
    expect(screen.getByText(title)).toBeTruthy()
  }
  await click(screen.getByText('未签合同二倍工资'))
  expect(urls()).toContain('/legal/pages/calculator/index?kind=no_contract')
  // A page not in this build (the aid form comes with its own work) says so instead of doing nothing.
  jest.mocked(Taro.navigateTo).mockRejectedValueOnce(new Error('page not found'))
  await click(screen.getByText('法律援助申请'))
  expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '即将开放' }))
})

describe('劳动仲裁申请书', () => {
  const FACTS = '2020年3月入职，做缝纫工，2026年9月单位口头通知我不用来了。'

  test('When it opens from a calculator, then the claims, employer and facts are filled in; the worker adds the rest and copies it', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-09-20T12:00:00+08:00'))
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined)
    backend({}, { 'directory.listTowns': ok({ items: [] }), 'directory.searchEnterprises': ok({ items: [huaxin], next: null }) })
    const url = arbitrationUrl({ claims: [{ text: '支付违法解除劳动合同赔偿金', amount: 84000 }], enterpriseName: '义乌某某服饰厂', facts: FACTS })
    jest.mocked(useRouter).mockReturnValue({ params: paramsOf(url) } as never)
    render(<ArbitrationPage />)

    expect((screen.getByLabelText('第 1 项请求') as HTMLInputElement).value).toBe('支付违法解除劳动合同赔偿金')
    expect((screen.getByLabelText('第 1 项金额') as HTMLInputElement).value).toBe('84000')
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('义乌某某服饰厂')
    expect((screen.getByLabelText('事实和理由') as HTMLTextAreaElement).value).toBe(FACTS)
    type('姓名', '张三')
    await click(screen.getByText('生成申请书'))

    expect(screen.getByText('劳动人事争议仲裁申请书')).toBeTruthy()
    expect(screen.getByText(/^申请人：张三，性别：＿＿/)).toBeTruthy()
    expect(screen.getByText(/^被申请人：义乌某某服饰厂，统一社会信用代码：＿{18}/)).toBeTruthy()
    expect(screen.getByText('1. 请求裁决被申请人支付违法解除劳动合同赔偿金 84,000.00 元；')).toBeTruthy()
    expect(screen.getByText(FACTS)).toBeTruthy()
    expect(screen.getByText('义乌市劳动人事争议仲裁委员会')).toBeTruthy()
    expect(screen.getByText('2026年9月20日')).toBeTruthy()
    await click(screen.getByText('打印'))
    expect(print).toHaveBeenCalled()

    // The respondent from the directory: its registered name and credit code.
    await click(screen.getByText('返回修改'))
    await click(screen.getByText('搜索单位'))
    type('搜索单位', '华鑫')
    await click(screen.getByText('搜索'))
    await click(await screen.findByText('义乌华鑫织造有限公司'))
    await click(screen.getByText('生成申请书'))
    expect(screen.getByText(/^被申请人：义乌华鑫织造有限公司，统一社会信用代码：91330782MA21U6RU95，/)).toBeTruthy()
    await click(screen.getByText('复制全文'))
    const copied = (jest.mocked(Taro.setClipboardData).mock.calls[0][0] as { data: string }).data
    expect(copied.split('\n')[0]).toBe('劳动人事争议仲裁申请书')
    expect(copied).toContain('91330782MA21U6RU95')
    expect(copied).toContain('84,000.00 元')
    expect(inputsOf('searchEnterprises')).toEqual([{ q: '华鑫', limit: 20 }])
  })

  test('When page parameters are malformed, then the draft starts empty instead of failing', async () => {
    backend({}, { 'directory.listTowns': ok({ items: [] }) })
    jest.mocked(useRouter).mockReturnValue({ params: { claims: '%7Bnot-json', facts: '50%' } } as never)
    render(<ArbitrationPage />)
    expect(screen.queryByLabelText('第 1 项请求')).toBeNull()
    expect((screen.getByLabelText('事实和理由') as HTMLTextAreaElement).value).toBe('50%')
    await act(async () => undefined) // the town list arrives
  })
})

test('When the evidence checklist opens for 工伤, then its items show and ticking one counts it', async () => {
  jest.mocked(useRouter).mockReturnValue({ params: { category: 'injury' } } as never)
  render(<EvidencePage />)
  expect(screen.getByText('要准备的证据（已有 0/5）')).toBeTruthy()
  await click(screen.getByText('病历、诊断证明'))
  expect(screen.getByText('要准备的证据（已有 1/5）')).toBeTruthy()
  await click(screen.getByText('工资报酬/欠薪'))
  expect(screen.getByText('工资条或工资表')).toBeTruthy()
})

test('When someone searches the knowledge base, then published answers are listed and one opens in full', async () => {
  const article = { id: 'a-1', category: 'overtime', categoryLabel: '工时与加班', title: '加班费怎么算？', body: '问：加班费怎么算？\n\n答：工作日加班按 150% 支付。', source: 'consultation', useful: 2, updatedAt: '2026-03-01T10:00:00+08:00' }
  backend({ 'legal.search': [ok({ items: [], next: null }), ok({ items: [article], next: null })] })
  render(<KnowledgePage />)
  expect(await screen.findByText('还没有内容')).toBeTruthy()
  type('搜索法律知识', '加班费')
  await click(screen.getByText('搜索'))
  await click(await screen.findByText('加班费怎么算？'))

  expect(screen.getByText(/答：工作日加班按 150% 支付。/)).toBeTruthy()
  expect(inputsOf('search')).toEqual([{}, { q: '加班费' }])
  await click(screen.getByText('返回搜索结果'))
  expect(screen.getByText('加班费怎么算？')).toBeTruthy()
})
