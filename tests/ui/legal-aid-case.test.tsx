/**
 * One legal-aid application in jsdom, both sides: the deciding officer (full identity and income, 要求补充材料, the
 * decision behind a confirmation — a refusal needs a reason, a grant a lawyer of the receiving org) and the applicant
 * (补充材料 form, the decision with its reason and where to turn next); and the officer's masked queue.
 */
import { render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import AidPage from '../../src/legal/pages/aid/index'
import AidQueuePage from '../../src/legal/pages/aid-queue/index'
import { backend, callMock, calls, click, confirmNext, ok, type } from './support/legal-desk'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))

const FACTS = '在厂里做了三年，三月份起工资一直没发，老板说等货款回来再说。'
const base = (over: Record<string, unknown> = {}) => ({
  id: 'aid-1', role: 'applicant', status: 'pending', statusLabel: '审查中', category: 'wage', help: ['advice', 'arbitration'], claimAmount: 12000.5,
  enterpriseName: '义乌华鑫织造有限公司', assignedOrgId: 'yw', routeReason: 'CITY_CENTRE', decideBy: '2026-03-20T00:00:00+08:00', decideByLabel: '3月19日 24:00',
  urgent: false, overdue: false, meansTest: 'failed', meansTestLabel: '收入高于援助标准（仍可申请，由工会决定）', limitationDeadline: null, materials: [],
  decision: null, history: [], createdAt: '2026-03-10T10:00:00+08:00', facts: FACTS, ...over,
})
const officerView = (over: Record<string, unknown> = {}) => base({
  role: 'officer', migrantWorker: false, hardship: false, applicant: { name: '张三', phone: '13812345678' }, householdIncomePerPerson: 3100, lawyerOpenid: null,
  lawyers: [{ openid: 'o-lawyer-1', name: '陈律师' }, { openid: 'o-lawyer-2', name: '林律师' }], ...over,
})
const refused = {
  decision: 'refuse', reasonCode: 'NOT_LABOUR_DISPUTE', reasonLabel: '不属于劳动争议', form: [], note: '这是买卖合同纠纷。', at: '2026-03-12T10:00:00+08:00',
  nextRoutes: ['拨打 12348 公共法律服务热线', '到当地法律援助中心申请政府法律援助'],
}

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  jest.mocked(Taro.showModal).mockReset().mockResolvedValue({ confirm: false, cancel: true } as never)
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'aid-1' } } as never)
})

describe('the deciding officer', () => {
  test('When the officer refuses, then a reason is required, it asks first, and the decision is sent with the reason and note', async () => {
    backend({
      'legal.aidGet': [ok(officerView()), ok(officerView({ status: 'refused', statusLabel: '不予援助', decideBy: null, decideByLabel: null, decision: refused }))],
      'legal.aidDecide': [ok(base({ status: 'refused' }))],
    })
    render(<AidPage />)
    expect(await screen.findByText('13812345678')).toBeTruthy()
    expect(screen.getByText('3,100.00 元')).toBeTruthy()
    expect(screen.getByText('3月19日 24:00 前作出决定')).toBeTruthy()

    await click(screen.getByText('不予援助'))
    await type(screen.getByLabelText('决定说明'), '这是买卖合同纠纷。')
    await click(screen.getByText('提交决定'))
    expect(screen.getByText('不予援助时请选择理由')).toBeTruthy()
    expect(Taro.showModal).not.toHaveBeenCalled()

    await click(screen.getByText('不属于劳动争议'))
    expect(screen.queryByText('不予援助时请选择理由')).toBeNull()
    await click(screen.getByText('提交决定'))
    expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '不予援助？' })
    expect(calls('aidDecide')).toEqual([])

    confirmNext(true)
    await click(screen.getByText('提交决定'))
    expect(calls('aidDecide')).toEqual([{ id: 'aid-1', decision: 'refuse', reasonCode: 'NOT_LABOUR_DISPUTE', note: '这是买卖合同纠纷。' }])
    expect(await screen.findByText('决定：不予援助')).toBeTruthy()
    expect(screen.queryByText('提交决定')).toBeNull()
  })

  test('When the officer grants, then the receiving org’s lawyers (from the view) are offered, one must be picked, and the confirmation names them', async () => {
    backend({
      'legal.aidGet': [ok(officerView()), ok(officerView({ status: 'granted', statusLabel: '同意援助', decideByLabel: null }))],
      'legal.aidDecide': [ok(base({ status: 'granted' }))],
    })
    render(<AidPage />)
    await click(await screen.findByText('同意援助'))
    expect(await screen.findByText('陈律师')).toBeTruthy()
    expect(calls('listOfficers')).toEqual([]) // the officer's view carries the lawyers: no admin-only call
    await type(screen.getByLabelText('决定说明'), '由律师代理仲裁。')
    await click(screen.getByText('提交决定'))
    expect(screen.getByText('同意援助时请指定承办律师')).toBeTruthy()

    await click(screen.getByText('林律师'))
    confirmNext(true)
    await click(screen.getByText('提交决定'))
    expect(jest.mocked(Taro.showModal).mock.calls[0][0]?.content).toContain('由 林律师 律师承办')
    expect(calls('aidDecide')).toEqual([{ id: 'aid-1', decision: 'grant', lawyerOpenid: 'o-lawyer-2', form: ['advice', 'arbitration'], note: '由律师代理仲裁。' }])
  })

  test('When the officer asks for material, then it asks first and sends the request', async () => {
    backend({
      'legal.aidGet': [ok(officerView()), ok(officerView({ status: 'awaiting_material', statusLabel: '等待补充材料', decideBy: null, decideByLabel: null,
        materials: [{ at: '2026-03-11T09:00:00+08:00', text: '请补充工资条照片', suppliedAt: null, supply: null }] }))],
      'legal.aidRequestMaterial': [ok(base({ status: 'awaiting_material' }))],
    })
    render(<AidPage />)
    await type(await screen.findByLabelText('需要补充的材料'), '请补充工资条照片')
    confirmNext(true)
    await click(screen.getByText('发给申请人'))
    expect(jest.mocked(Taro.showModal).mock.calls[0][0]).toMatchObject({ title: '要求补充材料？' })
    expect(calls('aidRequestMaterial')).toEqual([{ id: 'aid-1', text: '请补充工资条照片' }])
    expect(await screen.findByText('等待补充材料：补充期间审查期限暂停计算，补充后继续。')).toBeTruthy()
    expect(screen.getByText('还没有补充')).toBeTruthy()
    expect(screen.queryByText('发给申请人')).toBeNull()
  })
})

describe('the applicant', () => {
  test('When the union asks for material, then the applicant supplies it on the status page and the clock runs again', async () => {
    const asked = { at: '2026-03-11T09:00:00+08:00', text: '请补充工资条照片', suppliedAt: null, supply: null }
    backend({
      'legal.aidGet': [
        ok(base({ status: 'awaiting_material', statusLabel: '等待补充材料', decideBy: null, decideByLabel: null, materials: [asked] })),
        ok(base({ decideByLabel: '3月23日 24:00', materials: [{ ...asked, suppliedAt: '2026-03-12T09:00:00+08:00', supply: '工资条已拍照上传' }] })),
      ],
      'legal.aidSupply': [ok(base())],
    })
    render(<AidPage />)
    expect(await screen.findByText('请补充工资条照片')).toBeTruthy()
    expect(screen.queryByText('13812345678')).toBeNull()
    await click(screen.getByText('提交补充材料'))
    expect(screen.getByText('请填写补充说明')).toBeTruthy()
    expect(calls('aidSupply')).toEqual([])

    await type(screen.getByLabelText('补充说明'), '工资条已拍照上传')
    await click(screen.getByText('提交补充材料'))
    expect(calls('aidSupply')).toEqual([{ id: 'aid-1', text: '工资条已拍照上传' }])
    expect(await screen.findByText('3月23日 24:00 前作出决定')).toBeTruthy()
    expect(screen.getByText('工资条已拍照上传')).toBeTruthy()
    expect(screen.queryByText('提交补充材料')).toBeNull()
  })

  test('When the application was refused, then the applicant sees the reason, the note and where to turn next', async () => {
    backend({ 'legal.aidGet': [ok(base({ status: 'refused', statusLabel: '不予援助', decideBy: null, decideByLabel: null, decision: refused }))] })
    render(<AidPage />)
    expect(await screen.findByText('不属于劳动争议')).toBeTruthy()
    expect(screen.getByText('这是买卖合同纠纷。')).toBeTruthy()
    expect(screen.getByText('· 拨打 12348 公共法律服务热线')).toBeTruthy()
    expect(screen.getByText('· 到当地法律援助中心申请政府法律援助')).toBeTruthy()
  })
})

test('When an officer opens the aid queue, then rows are masked, urgent ones first, with the means test and the decide-by', async () => {
  const row = (over: Record<string, unknown>) => ({
    id: 'aid-1', status: 'pending', category: 'wage', decideBy: '2026-03-20T00:00:00+08:00', urgent: false, overdue: false, meansTest: 'passed',
    applicant: { name: '张*', phone: '138****5678' }, claimAmount: 12000, createdAt: '2026-03-10T10:00:00+08:00', ...over,
  })
  backend({ 'legal.aidQueue': [ok({ orgId: 'yw', items: [row({}), row({ id: 'aid-2', urgent: true, category: 'injury', decideBy: '2026-03-21T00:00:00+08:00', applicant: { name: '李*', phone: '139****1234' } })], next: null })] })
  render(<AidQueuePage />)
  expect(await screen.findByText(/张\* · 138\*\*\*\*5678 · 请求 12,000.00 元/)).toBeTruthy()
  const titles = Array.from(document.querySelectorAll('.ldesk__title')).map((e) => e.textContent)
  expect(titles).toEqual(['工伤', '工资报酬/欠薪'])
  expect(screen.getByText('紧急')).toBeTruthy()
  expect(screen.getByText('3月19日 24:00 前作出决定')).toBeTruthy()
  expect(screen.getAllByText('符合经济困难标准')).toHaveLength(2)
  await click(screen.getByText('工伤'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/legal/pages/aid/index?id=aid-2' })
})
