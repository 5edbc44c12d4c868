/**
 * 欠薪零报告 in jsdom (issue 13 §1): the filer's form (无欠薪 / 有欠薪 with per-field messages, a read-back before
 * sending, the server's field messages, its history), and the town's board at a desk (totals, state filter, groups,
 * the early-warning case link, CSV). Transport mocked.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services/api'
import FilePage from '../../src/arrears/pages/file/index'
import BoardPage from '../../src/arrears/pages/board/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const SX = { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' }
const EU = { id: 'eu-hx', name: '华鑫织造工会', type: 'enterprise_union', kind: null, parentId: 'sx-a1', path: '/yw/sx/sx-a1/eu-hx/', townId: 'sx' }
const report = { id: 'e-hx:2026-01', enterpriseId: 'e-hx', enterpriseName: '义乌华鑫织造有限公司', month: '2026-01', arrears: { workers: 3, amount: 9000, since: '2026-01', cause: '资金紧张' },
  caseId: 'case-1', dueBy: '2026-02-07T00:00:00+08:00', late: false, filedAt: '2026-02-03T09:00:00+08:00', history: [] }
const mine = { orgId: 'eu-hx', orgName: '华鑫织造工会', enterprises: [{ id: 'e-hx', name: '义乌华鑫织造有限公司', creditCode: '91330782MA21U6RU95' }],
  enterpriseId: 'e-hx', month: '2026-02', dueBy: '2026-03-07T00:00:00+08:00', dueByEstimated: false, reports: [report] }
const totals = (o: Record<string, number>) => ({ enterprises: 3, filed: 1, missing: 0, overdue: 1, arrears: 1, workers: 12, amount: 86000, ...o })
const boardView = (rows: unknown[]) => ({
  orgId: 'sx', orgName: '苏溪镇总工会', townId: 'sx', month: '2026-02', dueBy: '2026-03-07T00:00:00+08:00', dueByEstimated: false, winterCampaign: null,
  totals: totals({}), groups: [{ id: 'sx-a1', name: '苏溪镇第一片区工委', totals: totals({ enterprises: 1, filed: 0, overdue: 0 }) }, { id: null, name: '镇直属', totals: totals({ enterprises: 2, arrears: 0 }) }],
  names: { 'sx-a1': '苏溪镇第一片区工委', 'eu-hx': '华鑫织造工会', 'eu-sx-002': '佳邦织造工会', sx: '苏溪镇总工会' }, rows, matched: rows.length, offset: 0, next: null,
})
const ROWS = [
  { enterpriseId: 'e-hx', enterpriseName: '义乌华鑫织造有限公司', state: 'arrears', groupId: 'sx-a1', filerOrgId: 'eu-hx', workers: 12, amount: 86000, since: '2026-01', caseId: 'case-9' },
  { enterpriseId: 'e-sx-002', enterpriseName: '义乌市佳邦纺织有限公司', state: 'filed', groupId: null, filerOrgId: 'eu-sx-002' },
  { enterpriseId: 'e-sx-007', enterpriseName: '义乌市凯晟拉链有限公司', state: 'overdue', groupId: null, filerOrgId: 'sx' },
]

let me: Record<string, unknown>
let fileReply: unknown
function backend() {
  callMock.mockImplementation(async (fn, action, input) => {
    const key = `${fn}.${action}`
    const i = input as Record<string, unknown>
    if (key === 'account.me') return { ok: true, data: me } as never
    if (key === 'directory.listTowns') return { ok: true, data: { items: [SX] } } as never
    if (key === 'arrears.mine') return { ok: true, data: mine } as never
    if (key === 'arrears.file') return fileReply as never
    if (key === 'arrears.board' && i.format === 'csv') return { ok: true, data: { filename: '欠薪零报告.csv', csv: '\uFEFF月份\r\n' } } as never
    if (key === 'arrears.board') return { ok: true, data: boardView(i.state ? ROWS.filter((r) => r.state === i.state) : ROWS) } as never
    throw new Error(`unexpected call ${key}`)
  })
}
const calls = (action: string) => callMock.mock.calls.filter(([fn, a]) => fn === 'arrears' && a === action).map(([, , input]) => input)
const desk = (on: boolean) =>
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: on ? (query: string) => ({ matches: true, media: query, addEventListener: jest.fn(), removeEventListener: jest.fn() }) : undefined,
  })
const click = async (el: Element) => act(async () => { fireEvent.click(el) })
const type = async (el: Element, value: string) => act(async () => { fireEvent.change(el, { target: { value } }) })
const pick = async (label: string, index: number) => act(async () => { fireEvent.change(screen.getByLabelText(label).parentElement!.querySelector('select')!, { target: { value: String(index) } }) })
const choice = (title: string) => screen.getAllByRole('radio').find((r) => r.textContent!.includes(title))!

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
  me = { openid: 'o-eu-hx-1', officer: { orgId: 'eu-hx', role: 'officer', name: '陈卫东', org: EU } }
  fileReply = { ok: true, data: { id: 'e-hx:2026-02', month: '2026-02', dueBy: '2026-03-07T00:00:00+08:00', dueByEstimated: false, late: false, refiled: false, caseId: 'case-2' } }
  backend()
})
afterEach(() => desk(false))

test('When the union opens the form, then it shows the due time and its history, and 有欠薪 without figures names each missing field', async () => {
  render(<FilePage />)
  expect((await screen.findByRole('status')).textContent).toBe('2026年2月的报告须在 3月6日 24:00 前报送')
  expect(screen.getByText('3 人，9,000.00 元，自2026年1月起：资金紧张')).toBeTruthy()
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('请选择本月有无欠薪')).toBeTruthy()
  await click(choice('有欠薪'))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['请填写欠薪人数（整数）', '请填写欠薪金额（元）', '请填写欠薪原因'])
  expect(calls('file')).toEqual([])
})

test('When 无欠薪 is confirmed, then it is read back first and sent once for the month', async () => {
  render(<FilePage />)
  await screen.findByRole('status')
  await click(choice('无欠薪'))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByRole('dialog').textContent).toContain('无欠薪：本月工资已按时足额发放。')
  expect(calls('file')).toEqual([])
  await click(screen.getByText('确认报送'))
  expect(calls('file')).toEqual([{ enterpriseId: 'e-hx', month: '2026-02', arrears: null }])
})

test('When 有欠薪 is filled and the server refuses a field, then its message shows under that field', async () => {
  fileReply = { ok: false, error: { code: 'VALIDATION', message: '填写的内容有误', fields: { 'arrears.amount': '欠薪金额最多保留两位小数' } } }
  render(<FilePage />)
  await screen.findByRole('status')
  await click(choice('有欠薪'))
  await type(screen.getByLabelText('欠薪人数'), '12')
  await type(screen.getByLabelText('欠薪金额（元）'), '86000.005')
  await type(screen.getByLabelText('欠薪原因'), '订单减少')
  await pick('欠薪起始月份', 1)
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByRole('dialog').textContent).toContain('有欠薪：12 人，共 86,000.01 元，自2026年1月起。原因：订单减少。')
  await click(screen.getByText('确认报送'))
  expect(calls('file')).toEqual([{ enterpriseId: 'e-hx', month: '2026-02', arrears: { workers: 12, amount: 86000.005, since: '2026-01', cause: '订单减少' } }])
  expect((await screen.findByRole('alert')).textContent).toBe('欠薪金额最多保留两位小数')
})

test('When the town opens the board at a desk, then totals, groups and rows show; a state filters; the case opens; CSV downloads', async () => {
  me = { openid: 'o-town-sx-1', officer: { orgId: 'sx', role: 'officer', name: '王敏', org: SX } }
  desk(true)
  render(<BoardPage />)
  expect(await screen.findByText(/^共 3 条/)).toBeTruthy()
  expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['片区', '企业', '报送单位', '状态', '欠薪', '预警诉求'])
  const cells = (n: number) => within(screen.getAllByRole('row')[n]).getAllByRole('cell').map((c) => c.textContent)
  expect(cells(1)).toEqual(['苏溪镇第一片区工委', '义乌华鑫织造有限公司', '华鑫织造工会', '有欠薪', '12 人 · 86,000.00 元 · 自2026年1月', '查看 ›'])
  expect(cells(3)).toEqual(['镇直属', '义乌市凯晟拉链有限公司', '苏溪镇总工会', '逾期未报', '—', '—'])
  expect(screen.getByText('镇直属（2 家，有欠薪 0，逾期 1）')).toBeTruthy()
  expect(screen.getByRole('navigation').textContent).toContain('欠薪预警')

  await click(screen.getByRole('button', { name: /^有欠薪 1/ }))
  expect(await screen.findByText(/^共 1 条/)).toBeTruthy()
  expect(calls('board').at(-1)).toMatchObject({ month: expect.stringMatching(/^\d{4}-\d{2}$/), state: 'arrears' })

  await click(screen.getByText('查看 ›'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/grievance/pages/case/index?id=case-9' })

  await click(screen.getByText('导出 CSV'))
  expect(calls('board').at(-1)).toMatchObject({ state: 'arrears', format: 'csv' })
  expect(await screen.findByText(/已导出 欠薪零报告.csv|当前环境无法保存文件/)).toBeTruthy()
})

test('When the town opens the board on a phone, then each enterprise is a card, and an early warning opens its case', async () => {
  me = { openid: 'o-town-sx-1', officer: { orgId: 'sx', role: 'officer', name: '王敏', org: SX } }
  render(<BoardPage />)
  expect(await screen.findByText('义乌市凯晟拉链有限公司')).toBeTruthy()
  expect(screen.queryAllByRole('columnheader')).toEqual([])
  expect(screen.getByText('镇直属 · 苏溪镇总工会')).toBeTruthy()
  await click(screen.getByText('查看欠薪预警诉求 ›'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/grievance/pages/case/index?id=case-9' })
})
