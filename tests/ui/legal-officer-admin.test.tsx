/**
 * The legal admin pages in jsdom: 年度工资参数 (city admin only, per year, behind a confirmation), 知识库文章 (new,
 * edit with the personal-number refusal at its field, 下架 behind a confirmation), 法律服务统计 (cards with bars, CSV
 * through the shared saver), and the workbench's legal entries by role. The transport is mocked.
 */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ArticlesPage from '../../src/legal/pages/articles/index'
import ParametersPage from '../../src/legal/pages/parameters/index'
import LegalStatsPage from '../../src/legal/pages/stats/index'
import { saveCsv } from '../../src/services/save-csv'
import { legalEntries } from '../../src/workbench/pages/index/legal-entries'
import { backend, callMock, calls, click, confirmNext, fail, ok, type } from './support/legal-desk'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/services/save-csv', () => ({ saveCsv: jest.fn(async () => true) }))
jest.mock('../../src/legal/components/date-field', () => ({
  __esModule: true,
  default: ({ label, value, onChange }: { label: string; value: string; onChange: (d: string) => void }) => (
    <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
  ),
}))

const org = (id: string, name: string, orgType: string) => ({ id, name, type: orgType, kind: null })
const me = (role: string, o = org('yw', '义乌市总工会', 'city_federation')) => ok({ openid: 'o-me', officer: { orgId: o.id, role, name: '周主任', org: o } })
const YEAR = new Date().getFullYear()

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  jest.mocked(Taro.showModal).mockReset().mockResolvedValue({ confirm: false, cancel: true } as never)
})

test('When the city admin sets this year’s parameters, then it asks first and saves; the threshold may be left out', async () => {
  backend({
    'account.me': [me('admin')],
    'legal.parameters': [fail('LEGAL.NO_PARAMETERS', '本年度的工资参数还没有设置，请联系市总工会'), ok({ year: YEAR, localAverageMonthlyWage: 8000, minimumMonthlyWage: 2490, aidIncomeThreshold: 2490, demo: false })],
    'legal.setParameters': [ok({ year: YEAR })],
  })
  render(<ParametersPage />)
  expect(await screen.findByText(`${YEAR} 年还没有设置。没有当年参数时，计算器和援助审查使用上一年的。`)).toBeTruthy()
  await click(screen.getByText('保存'))
  expect(screen.getByText('请填写当地月平均工资（大于 0）')).toBeTruthy()

  await type(screen.getByLabelText('当地月平均工资（元）'), '8000')
  await type(screen.getByLabelText('最低月工资（元）'), '2490')
  confirmNext(true)
  await click(screen.getByText('保存'))
  expect(calls('setParameters')).toEqual([{ year: YEAR, localAverageMonthlyWage: 8000, minimumMonthlyWage: 2490 }])
  expect(((await screen.findByLabelText('法律援助收入标准（元，可不填）')) as HTMLInputElement).value).toBe('2490')

  await click(screen.getByText(`${YEAR + 1} 年`))
  expect(calls('parameters').at(-1)).toEqual({ year: YEAR + 1 })
})

test('When a town admin opens the parameters, then they read them but cannot save', async () => {
  backend({ 'account.me': [me('admin', org('sx', '苏溪镇总工会', 'town_federation'))], 'legal.parameters': [ok({ year: YEAR, localAverageMonthlyWage: 8000, minimumMonthlyWage: 2490, aidIncomeThreshold: 2490, demo: true })] })
  render(<ParametersPage />)
  expect(await screen.findByText('工资参数由市总工会管理员设置。')).toBeTruthy()
  expect(screen.getByText('当前是演示数值，请按本市公布的标准修改。')).toBeTruthy()
  expect(screen.queryByText('保存')).toBeNull()
})

test('When an admin edits an article with a phone number, then the refusal shows at the body; 下架 asks first', async () => {
  const refusal = '公开的内容里不能有手机号或身份证号，请删除后再发布'
  const article = { id: 'kb-1', category: 'wage', categoryLabel: '工资报酬/欠薪', title: '拖欠工资怎么办', body: '先书面催告。', source: 'admin', useful: 0, updatedAt: '2026-03-10T10:00:00+08:00' }
  backend({
    'legal.search': [ok({ items: [article], next: null })],
    'legal.articleSave': [fail('LEGAL.PERSONAL_DATA', refusal, { body: refusal })],
    'legal.articleUnpublish': [ok({ id: 'kb-1', published: false })],
  })
  render(<ArticlesPage />)
  await click(await screen.findByText('修改'))
  expect((screen.getByLabelText('标题') as HTMLInputElement).value).toBe('拖欠工资怎么办')
  await type(screen.getByLabelText('正文'), '有问题打 13812345678')
  await click(screen.getByText('保存并发布'))
  expect(calls('articleSave')).toEqual([{ id: 'kb-1', category: 'wage', title: '拖欠工资怎么办', body: '有问题打 13812345678' }])
  expect(screen.getByLabelText('正文').parentElement!.querySelector('.field-error')?.textContent).toBe(refusal)

  await click(screen.getByText('取消'))
  confirmNext(true)
  await click(screen.getByText('下架'))
  expect(jest.mocked(Taro.showModal).mock.calls[0][0]?.content).toContain('拖欠工资怎么办')
  expect(calls('articleUnpublish')).toEqual([{ id: 'kb-1' }])
})

test('When an officer opens the legal statistics, then the org and its towns show consultation and aid rates, and CSV is saved', async () => {
  const s = (over: Record<string, unknown>) => ({
    consultations: 0, answered: 0, answeredWithin24h: 0, answeredWithin24hRate: null, medianMinutesToFirstAnswer: null, ratings: 0, meanRating: null,
    satisfiedRate: null, solvedRate: null, supervised: 0, missed: 0, ...over,
  })
  backend({
    'account.me': [me('officer')],
    'legal.stats': (input: { format?: string }) => input.format === 'csv'
      ? ok({ filename: '法律服务统计.csv', csv: '组织\r\n' })
      : ok({ orgId: 'yw', from: null, to: null, truncated: false,
        org: { org: org('yw', '义乌市总工会', 'city_federation'), consultations: s({ consultations: 20, answered: 18, answeredWithin24h: 15, answeredWithin24hRate: 0.75, medianMinutesToFirstAnswer: 125, supervised: 2 }),
          aid: { applications: 8, undecided: 2, decided: 6, decidedOnTime: 5, decidedOnTimeRate: 5 / 6, granted: 3, grantedRate: 0.5, withdrawn: 0, overdue: 1 } },
        children: [{ org: org('sx', '苏溪镇总工会', 'town_federation'), consultations: s({ consultations: 3, missed: 1 }) }] }),
  })
  render(<LegalStatsPage />)
  expect(await screen.findByText('苏溪镇总工会')).toBeTruthy()
  expect(screen.getByText('75.0%')).toBeTruthy()
  expect(screen.getByText(/首次答复用时中位数 2 小时 5 分 · 督办 2 件/)).toBeTruthy()
  expect(screen.getAllByText('不足 5 件，不计算').length).toBeGreaterThan(3)
  expect(screen.getByText('法律援助申请 8 件 · 待决定 2 件 · 超期 1 件 · 撤回 0 件')).toBeTruthy()
  expect(screen.getByText('83.3%')).toBeTruthy()
  expect(screen.getByText('3 / 6 件')).toBeTruthy()

  await type(screen.getByLabelText('开始日期（不填为不限）'), '2026-03-01')
  expect(calls('stats').at(-1)).toEqual({ orgId: 'yw', from: '2026-03-01' })
  await click(screen.getByText('导出 CSV'))
  expect(calls('stats').at(-1)).toEqual({ orgId: 'yw', from: '2026-03-01', format: 'csv' })
  expect(saveCsv).toHaveBeenCalledWith('法律服务统计.csv', '组织\r\n')
})

test('When the workbench lists legal entries, then they follow the org type and the role', () => {
  const officer = (role: string, orgType: string) => ({ orgId: 'x', role, name: 'n', org: org('x', 'x', orgType) }) as never
  const titles = (role: string, orgType: string) => legalEntries(officer(role, orgType)).map((e) => e.title)
  expect(titles('lawyer', 'city_federation')).toEqual(['法律咨询待办', '法律援助审查'])
  expect(titles('officer', 'town_federation')).toEqual(['法律咨询待办', '法律援助审查', '法律服务统计'])
  expect(titles('admin', 'town_federation')).toEqual(['法律咨询待办', '法律援助审查', '法律服务统计', '知识库文章'])
  expect(titles('admin', 'city_federation')).toContain('年度工资参数')
  expect(titles('admin', 'enterprise_union')).toEqual([])
})
