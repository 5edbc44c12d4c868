/**
 * Officers on a claim page in jsdom: the masked account and its audited reveal, the document check (return needs
 * what to fix), approval behind a confirmation (a sampled claim says a second officer must approve, and then shows
 * 需要第二位干部复核), rejection with a reason code and note, recording the payment; and the member's paid claim
 * with the itemised decision. The transport is mocked.
 */
import { render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import ClaimPage from '../../src/mutual-aid/pages/claim/index'
import QueuePage from '../../src/mutual-aid/pages/queue/index'
import { mutualAidEntries } from '../../src/workbench/pages/index/mutual-aid-entries'
import { backend, callMock, calls, click, confirmNext, fail, ok, type } from './support/legal-desk'
import { claimView, officerView } from './mutual-aid-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'cl-1' } } as never)
})

const FIRST = { by: 'o-town-sx-1', at: '2026-03-13T09:00:00+08:00' }

test('When an officer approves a sampled claim, then the confirmation says a second officer must approve, and the page then shows 需要第二位干部复核', async () => {
  backend({
    'mutualAid.get': [ok(officerView({ sampled: true })), ok(officerView({ sampled: true, approvals: [FIRST] }))],
    'mutualAid.approve': [ok({ id: 'cl-1', status: 'checked', payable: 1000, approvals: 1, secondApprovalNeeded: true })],
  })
  render(<ClaimPage />)
  expect(await screen.findByText('抽检：需要两位干部审批')).toBeTruthy()
  expect(screen.getByText('6222 **** **** 1234')).toBeTruthy()

  // Cancelled: nothing is sent.
  confirmNext(false)
  await click(screen.getByText('批准 1,000.00 元'))
  expect(calls('approve')).toEqual([])

  confirmNext(true)
  await click(screen.getByText('批准 1,000.00 元'))
  expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({
    title: '批准 1,000.00 元？', content: expect.stringContaining('批准后还需要第二位干部复核'),
  }))
  expect(calls('approve')).toEqual([{ id: 'cl-1' }])
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已审批，需第二位干部复核' }))
  expect(await screen.findByText(/^需要第二位干部复核：已有一位干部审批（3月13日 09:00）/)).toBeTruthy()
})

test('When the same officer tries the second approval, then the refusal is shown in Chinese', async () => {
  backend({
    'mutualAid.get': [ok(officerView({ sampled: true, approvals: [FIRST] }))],
    'mutualAid.approve': [fail('MUTUAL_AID.SAME_OFFICER', '抽检的理赔需要另一位干部复核审批')],
  })
  render(<ClaimPage />)
  await screen.findByText(/^需要第二位干部复核/)
  confirmNext(true)
  await click(screen.getByText('批准 1,000.00 元'))
  expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('批准后交财务转账') }))
  expect(screen.getByText('抽检的理赔需要另一位干部复核审批')).toBeTruthy()
})

test('When the officer reveals the account, then it asks first (the reading is recorded) and shows the full number', async () => {
  backend({
    'mutualAid.get': [ok(officerView())],
    'mutualAid.revealAccount': [ok({ id: 'cl-1', bankName: '义乌农商银行', accountNo: '6222021234561234', accountName: '陈小燕' })],
  })
  render(<ClaimPage />)
  await screen.findByText('6222 **** **** 1234')
  confirmNext(true)
  await click(screen.getByText('查看完整账号'))
  expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('查看会被记录') }))
  expect(screen.getByText('6222 0212 3456 1234（义乌农商银行 · 陈小燕）')).toBeTruthy()
  expect(calls('revealAccount')).toEqual([{ id: 'cl-1' }])
})

test('When the union returns a claim, then it must say what to fix, and sends it behind a confirmation', async () => {
  backend({
    'mutualAid.get': [ok(officerView({ status: 'submitted', mayReview: true, mayApprove: false })), ok(officerView({ status: 'returned', returnNote: '出院小结看不清', mayReview: true, mayApprove: false }))],
    'mutualAid.review': [ok({ id: 'cl-1', status: 'returned', decideBy: null })],
  })
  render(<ClaimPage />)
  await screen.findByText('材料审核')
  expect(screen.queryByText('查看完整账号')).toBeNull()
  await click(screen.getByText('退回补正'))
  await click(screen.getByText('提交审核结果'))
  expect(screen.getByText('退回补正时请说明需要补什么')).toBeTruthy()
  await type(screen.getByLabelText('需要补正的内容'), '出院小结看不清')
  confirmNext(true)
  await click(screen.getByText('提交审核结果'))
  expect(calls('review')).toEqual([{ id: 'cl-1', decision: 'return', note: '出院小结看不清' }])
  expect(await screen.findByText('已退回职工补正：出院小结看不清')).toBeTruthy()
})

test('When the federation rejects, then a reason code and a note are required and sent after confirmation', async () => {
  backend({ 'mutualAid.get': [ok(officerView())], 'mutualAid.reject': [ok({ id: 'cl-1', status: 'rejected' })] })
  render(<ClaimPage />)
  await click(await screen.findByText('不予互助…'))
  await click(screen.getByText('确定不予互助'))
  expect(screen.getByText('请选择不予互助的理由')).toBeTruthy()
  await click(screen.getByText('票据或证明材料无效'))
  await type(screen.getByLabelText('不予互助的说明'), '发票印章与医院不符')
  confirmNext(true)
  await click(screen.getByText('确定不予互助'))
  expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ content: expect.stringContaining('票据或证明材料无效') }))
  expect(calls('reject')).toEqual([{ id: 'cl-1', reasonCode: 'DOCUMENTS_INVALID', note: '发票印章与医院不符' }])
})

test('When the federation records the payment, then the reference is required and sent after confirmation', async () => {
  backend({ 'mutualAid.get': [ok(officerView({ status: 'approved', approvals: [FIRST] }))], 'mutualAid.markPaid': [ok({ id: 'cl-1', status: 'paid' })] })
  render(<ClaimPage />)
  await click(await screen.findByText('登记已支付'))
  expect(screen.getByText('请填写支付凭证号（银行转账流水号）')).toBeTruthy()
  await type(screen.getByLabelText('支付凭证号'), 'NS20260320001')
  confirmNext(true)
  await click(screen.getByText('登记已支付'))
  expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '已转账 1,000.00 元？', content: expect.stringContaining('6222 **** **** 1234') }))
  expect(calls('markPaid')).toEqual([{ id: 'cl-1', reference: 'NS20260320001' }])
})

test('When the member opens a paid claim, then it says 已支付 X 元 with every line of the decision, and no officer actions', async () => {
  backend({ 'mutualAid.get': [ok(claimView({ status: 'paid', statusLabel: '已支付', paidLabel: '已支付 1000.00 元', paidAt: '2026-03-20T10:00:00+08:00' }))] })
  render(<ClaimPage />)
  expect(await screen.findByText('已支付 1000.00 元')).toBeTruthy()
  const decision = screen.getByRole('status', { name: '审批结果（逐项）' }).textContent
  expect(decision).toContain('政策范围内个人自付 2500 元，减起付线 500 元2,000.00 元')
  expect(decision).toContain('按 50% 互助1,000.00 元')
  expect(decision).toContain('本次可获互助金1,000.00 元')
  expect(screen.queryByText('查看完整账号')).toBeNull()
  expect(screen.queryByText(/批准/)).toBeNull()
})

test('When a town officer opens 医疗互助, then the approval stage is shown first and each stage lists its claims', async () => {
  const row = { id: 'cl-1', status: 'checked', memberNo: 'YW2026000001', payable: 1000, sampled: true, approvals: 1, accountMasked: '6222 **** **** 1234', decideBy: '2026-03-20T00:00:00+08:00', decideByLabel: '3月19日 24:00', overdue: false, createdAt: '2026-03-12T10:00:00+08:00' }
  backend({
    'account.me': [ok({ openid: 'o-town-sx-1', officer: { orgId: 'sx', role: 'officer', name: '王', org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' } } })],
    'mutualAid.queue': (input: { stage: string }) => ok({ items: input.stage === 'approve' ? [row] : [], next: null }),
  })
  render(<QueuePage />)
  expect(await screen.findByText('会员 YW2026000001')).toBeTruthy()
  expect(screen.getByText('抽检：需两位干部审批（已批 1）')).toBeTruthy()
  expect(screen.getByText('3月19日 24:00 前审批')).toBeTruthy()
  await click(screen.getByText('待支付'))
  expect(await screen.findByText('没有待支付的申请')).toBeTruthy()
  expect(calls('queue')).toEqual([{ stage: 'approve', limit: 20 }, { stage: 'pay', limit: 20 }])
})

test('When 医疗互助 opens from a link (?status=pay, or the claim status approved), then it opens on 待支付; an unknown status opens the org’s usual stage', async () => {
  backend({
    'account.me': [ok({ openid: 'o-town-sx-1', officer: { orgId: 'sx', role: 'officer', name: '王', org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' } } })],
    'mutualAid.queue': [ok({ items: [], next: null })],
  })
  const open = async (params: Record<string, string>, empty: string) => {
    jest.mocked(useRouter).mockReturnValue({ params } as never)
    const page = render(<QueuePage />)
    expect(await screen.findByText(empty)).toBeTruthy()
    page.unmount()
  }
  await open({ orgId: 'sx', status: 'pay' }, '没有待支付的申请')
  await open({ status: 'approved' }, '没有待支付的申请')
  await open({ status: 'submitted' }, '没有待审核材料的申请')
  await open({ status: 'nonsense' }, '没有待审批的申请') // a town federation approves
  expect(calls('queue')).toEqual([{ stage: 'pay', limit: 20 }, { stage: 'pay', limit: 20 }, { stage: 'review', limit: 20 }, { stage: 'approve', limit: 20 }])
})

test('When the workbench lists mutual-aid entries, then they follow the org type and the role', () => {
  const officer = (orgType: string, role: string) => ({ orgId: 'x', role, name: '王', org: { id: 'x', name: 'x', type: orgType } }) as never
  const titles = (orgType: string, role: string) => mutualAidEntries(officer(orgType, role)).map((e) => e.title)
  expect(titles('enterprise_union', 'officer')).toEqual(['互助理赔', '互助参保登记', '互助统计'])
  expect(titles('town_federation', 'officer')).toEqual(['互助理赔', '互助参保登记', '确认互助会费', '互助统计'])
  expect(titles('city_federation', 'admin')).toEqual(['互助理赔', '互助参保登记', '确认互助会费', '互助统计', '互助计划'])
  expect(titles('city_federation', 'lawyer')).toEqual([])
})
