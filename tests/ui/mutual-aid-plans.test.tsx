/**
 * The city admin's plan editor and the statistics page in jsdom: a locked plan says why its money rules cannot
 * change and is copied into next year's version; a new plan is sent with ratios as fractions; statistics export
 * CSV through the shared saver. The transport and the saver are mocked.
 */
import { render, screen } from '@testing-library/react'
import PlansPage from '../../src/mutual-aid/pages/plans/index'
import StatsPage from '../../src/mutual-aid/pages/stats/index'
import { saveCsv } from '../../src/services/save-csv'
import { backend, callMock, calls, click, confirmNext, ok, type } from './support/legal-desk'
import { plan } from './mutual-aid-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/services/save-csv', () => ({ saveCsv: jest.fn(async () => true) }))
jest.mock('../../src/mutual-aid/components/date-field', () => ({
  __esModule: true,
  default: ({ label, value, onChange }: { label: string; value: string; onChange: (d: string) => void }) => (
    <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
  ),
}))

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
})

test('When the admin opens a locked plan, then the money rules are frozen with the reason, and 另存为新版本 saves next year as a new plan', async () => {
  backend({ 'mutualAid.plans': [ok({ items: [plan({ locked: true })], next: null })], 'mutualAid.savePlan': [ok({ id: 'plan-2027' })] })
  render(<PlansPage />)
  await click(await screen.findByText('2026 年度职工医疗互助（演示数值）'))
  expect(screen.getByText(/这个计划已经有理赔，会费、额度、起付线、比例等金额规则不能再修改/)).toBeTruthy()
  await type(screen.getByLabelText('每人每年会费（元）'), '80')
  expect((screen.getByLabelText('每人每年会费（元）') as HTMLInputElement).value).toBe('60')

  await click(screen.getByText('另存为新版本'))
  await type(screen.getByLabelText('每人每年会费（元）'), '80')
  confirmNext(true)
  await click(screen.getByText('保存'))
  const [sent] = calls('savePlan') as { plan: Record<string, unknown> }[]
  expect(sent.plan).toEqual({
    name: '2027 年度职工医疗互助', year: 2027, feePerPerson: 80, coverFrom: '2027-01-01', coverTo: '2027-12-31', enrolFrom: '2026-11-01', enrolTo: '2027-01-31',
    waitingDays: 90, claimWithinDays: 180, annualCap: 30000, reviewThreshold: 5000, sampleRate: 0.1,
    benefits: [{ kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10000 }, { kind: 'critical_illness', lumpSum: 10000, diseases: ['恶性肿瘤'] }],
  })
})

test('When a new plan misses a benefit\'s numbers, then each message is under its field; the server\'s benefit paths land there too', async () => {
  backend({
    'mutualAid.plans': [ok({ items: [], next: null }), ok({ items: [], next: null })],
    'mutualAid.savePlan': [{ ok: false, error: { code: 'VALIDATION', message: '填写的内容有误', fields: { 'plan.benefits.0.ratio': '互助比例应在 0 到 1 之间' } } }],
  })
  render(<PlansPage />)
  await click(await screen.findByText('新建计划'))
  await click(screen.getByText('保存'))
  expect(screen.getByText('请填写每人每年会费（元）')).toBeTruthy()
  expect(screen.getByText('请填写起付线（元）')).toBeTruthy()
  for (const [label, value] of [['每人每年会费（元）', '60'], ['每人年度最高互助金（元）', '30000'], ['复核金额线（元）', '5000'], ['住院起付线（元）', '500'], ['互助比例（%）', '50'], ['每次住院最高（元）', '10000']]) {
    await type(screen.getByLabelText(label), value)
  }
  confirmNext(true)
  await click(screen.getByText('保存'))
  expect((calls('savePlan')[0] as { plan: { benefits: unknown[] } }).plan.benefits).toEqual([{ kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10000 }])
  expect(screen.getByLabelText('互助比例（%）').parentElement!.querySelector('.field-error')?.textContent).toBe('互助比例应在 0 到 1 之间')
})

test('When the officer exports the statistics, then the CSV is saved through the shared saver', async () => {
  const zero = { submitted: 0, returned: 0, checked: 0, approved: 0, rejected: 0, paid: 0 }
  const stats = { enrolled: 12, active: 10, feesDue: 720, feesConfirmed: 600, claims: 3, byStatus: { ...zero, paid: 2, checked: 1 }, paidTotal: 2500, payoutRatio: 2500 / 600, medianWorkdaysToPayment: 4, returned: 1, rejectedByCode: { NOT_COVERED_CONDITION: 0, DOCUMENTS_INVALID: 0, FRAUD_SUSPECTED: 0, OTHER: 0 } }
  backend({
    'mutualAid.stats': (input: { format?: string }) => (input.format === 'csv'
      ? ok({ format: 'csv', filename: '医疗互助统计-苏溪镇总工会-2026.csv', csv: 'a,b\n1,2', truncated: false })
      : ok({ orgId: 'sx', year: 2026, plans: [], truncated: false, org: { org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' }, stats }, children: [] })),
  })
  render(<StatsPage />)
  expect(await screen.findByText('苏溪镇总工会')).toBeTruthy()
  expect(screen.getByText('12 人（10 人）')).toBeTruthy()
  expect(screen.getByText('416.7%')).toBeTruthy()
  expect(screen.getByText('4 个工作日')).toBeTruthy()
  await click(screen.getByText('导出 CSV'))
  expect(saveCsv).toHaveBeenCalledWith('医疗互助统计-苏溪镇总工会-2026.csv', 'a,b\n1,2')
})
