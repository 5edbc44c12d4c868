/**
 * 申请法律援助 in jsdom: the means test is worked out on the page as the worker answers (the server's own rule and
 * this year's threshold), before anything is sent; the separate consent; one requestId across retries; the
 * payload; the decide-by date on the done screen; prefill from a consultation or the limitation page.
 * The transport is mocked; the date wheel (a native widget) is replaced by a text box.
 */
import { render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import AidApplyPage from '../../src/legal/pages/aid-apply/index'
import { backend, callMock, calls, click, fail, ok, type } from './support/legal-desk'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/legal/components/date-field', () => ({
  __esModule: true,
  default: ({ label, value, onChange }: { label: string; value: string; onChange: (d: string) => void }) => (
    <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
  ),
}))

const PARAMS = { year: 2026, localAverageMonthlyWage: 8000, minimumMonthlyWage: 2490, aidIncomeThreshold: 2490, demo: true }
const FACTS = '在厂里做了三年，三月份起工资一直没发，老板说等货款回来再说。'
const view = (over: Record<string, unknown> = {}) => ({
  id: 'aid-1', role: 'applicant', status: 'pending', statusLabel: '审查中', category: 'wage', help: ['advice', 'arbitration'], claimAmount: 12000.5,
  enterpriseName: '义乌华鑫织造有限公司', assignedOrgId: 'yw', routeReason: 'CITY_CENTRE', decideBy: '2026-03-20T00:00:00+08:00', decideByLabel: '3月19日 24:00',
  urgent: false, overdue: false, meansTest: 'exempt', meansTestLabel: '免予经济困难审查（进城务工人员追索劳动报酬或工伤赔偿，或困难职工）',
  limitationDeadline: '2027-03-31', materials: [], decision: null, history: [], createdAt: '2026-03-10T10:00:00+08:00', facts: FACTS, ...over,
})

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: {} } as never)
})

const group = (name: string) => within(screen.getByRole('radiogroup', { name }))
const MIGRANT = '是进城务工人员（农民工）吗？'
const HARDSHIP = '是工会建档的困难职工吗？'
const outcome = () => screen.getByRole('status').textContent

test('When the worker answers the economic questions, then the means-test outcome shows on the page before anything is sent', async () => {
  backend({ 'directory.listTowns': [ok({ items: [] })], 'legal.parameters': [ok(PARAMS)] })
  render(<AidApplyPage />)
  expect(await screen.findByText('2026 年援助标准：家庭人均月收入不超过 2490 元（演示数值）。')).toBeTruthy()
  expect(outcome()).toContain('回答上面的问题后')

  await click(screen.getByText('工时与加班'))
  await click(group(MIGRANT).getByText('是'))
  await click(group(HARDSHIP).getByText('否'))
  await type(screen.getByLabelText('家庭人均月收入'), '3000')
  expect(outcome()).toContain('收入高于援助标准（仍可申请，由工会决定）')

  await type(screen.getByLabelText('家庭人均月收入'), '2490')
  expect(outcome()).toContain('符合经济困难标准')

  // A migrant worker claiming wages is exempt, whatever the income.
  await type(screen.getByLabelText('家庭人均月收入'), '9000')
  await click(screen.getByText('工资报酬/欠薪'))
  expect(outcome()).toContain('免予经济困难审查')

  await click(screen.getByText('工时与加班'))
  await click(group(HARDSHIP).getByText('是'))
  expect(outcome()).toContain('免予经济困难审查')
  expect(calls('aidApply')).toEqual([])
})

test('When the worker confirms, then one application is sent with the consent, and a retry after a network failure reuses its requestId', async () => {
  backend({
    'directory.listTowns': [ok({ items: [{ id: 'sx', name: '苏溪镇总工会' }] })],
    'legal.parameters': [ok(PARAMS)],
    'legal.aidApply': [fail('NETWORK', '网络异常，请检查网络后重试'), ok(view())],
  })
  jest.mocked(useRouter).mockReturnValue({
    params: { from: 'legal', category: 'wage', enterpriseName: encodeURIComponent('义乌华鑫织造有限公司'), townId: 'sx', facts: encodeURIComponent(FACTS), limitationDeadline: '2027-03-31' },
  } as never)
  render(<AidApplyPage />)
  expect(await screen.findByText('已填入您在咨询或工具里的内容，请核对、修改。')).toBeTruthy()
  expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('义乌华鑫织造有限公司')
  expect((screen.getByLabelText('事情经过') as HTMLTextAreaElement).value).toBe(FACTS)
  expect((screen.getByLabelText('7. 仲裁时效截止日（可以不填）') as HTMLInputElement).value).toBe('2027-03-31')

  await type(screen.getByLabelText('请求金额（元）'), '12000.5')
  await click(screen.getByText('仲裁代理'))
  await click(screen.getByText('咨询代书'))
  await click(group(MIGRANT).getByText('是'))
  await click(group(HARDSHIP).getByText('否'))
  await type(screen.getByLabelText('家庭人均月收入'), '3100')
  await type(screen.getByLabelText('姓名'), '张三')
  await type(screen.getByLabelText('手机号'), '13812345678')

  // The consent is its own explicit step: without it the form does not go on.
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('请同意把申请材料提供给工会审查')).toBeTruthy()
  await click(screen.getByRole('checkbox', { name: /同意提供给工会/ }))
  await click(screen.getByText('下一步：确认'))

  expect(await screen.findByText('请确认您的援助申请')).toBeTruthy()
  expect(screen.getByText('咨询代书、仲裁代理')).toBeTruthy()
  expect(screen.getByText('免予经济困难审查（进城务工人员追索劳动报酬或工伤赔偿，或困难职工）')).toBeTruthy()
  await click(screen.getByText('确认提交'))
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()
  await click(screen.getByText('重试'))

  expect(await screen.findByText('3月19日 24:00 前作出决定')).toBeTruthy()
  expect(screen.getByText('由市总工会法律服务中心审查')).toBeTruthy()
  const [first, second] = calls('aidApply') as Record<string, unknown>[]
  expect(second).toEqual(first)
  expect(first).toEqual({
    requestId: expect.stringMatching(/^l[0-9a-z]{6,}/), category: 'wage', enterpriseName: '义乌华鑫织造有限公司', townId: 'sx', claimAmount: 12000.5,
    help: ['advice', 'arbitration'], migrantWorker: true, hardship: false, householdIncomePerPerson: 3100, facts: FACTS, limitationDeadline: '2027-03-31',
    applicant: { name: '张三', phone: '13812345678' }, consents: { shareWithUnion: true },
  })

  await click(screen.getByText('查看这份申请'))
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/legal/pages/aid/index?id=aid-1' })
})

test('When the server names fields, then the form comes back with each message under its input', async () => {
  backend({
    'directory.listTowns': [ok({ items: [] })],
    'legal.parameters': [ok(PARAMS)],
    'legal.aidApply': [fail('VALIDATION', '填写的内容有误，请按提示修改', { facts: '事情经过至少 10 个字' })],
  })
  jest.mocked(useRouter).mockReturnValue({ params: { category: 'injury', facts: encodeURIComponent(FACTS) } } as never)
  render(<AidApplyPage />)
  await screen.findByText(/援助标准/)
  await type(screen.getByLabelText('请求金额（元）'), '0')
  await click(screen.getByText('调解'))
  await click(group(MIGRANT).getByText('否'))
  await click(group(HARDSHIP).getByText('否'))
  await type(screen.getByLabelText('家庭人均月收入'), '1800')
  await type(screen.getByLabelText('姓名'), '李四')
  await type(screen.getByLabelText('手机号'), '13912345678')
  await click(screen.getByRole('checkbox', { name: /同意提供给工会/ }))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('符合经济困难标准')).toBeTruthy()
  await click(screen.getByText('确认提交'))

  const facts = screen.getByLabelText('事情经过')
  expect(facts.parentElement!.querySelector('.field-error')?.textContent).toBe('事情经过至少 10 个字')
  expect((calls('aidApply')[0] as Record<string, unknown>).category).toBe('injury')
})
