/**
 * The 我要维权 report form in jsdom, with the transport mocked at the component boundary
 * (tests/e2e/grievance.test.ts drives the real path through the host).
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Enterprise, Org } from '../../types/directory'
import { PRIVACY_EXPLANATIONS } from '../../types/grievance-labels'
import { call } from '../../src/services/api'
import ReportPage from '../../src/grievance/pages/report/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }

const town: Org = { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' }
const huaxin: Enterprise = {
  id: 'e-hx', name: '义乌华鑫织造有限公司', creditCode: '91330782MA21U6RU95', townId: 'sx', unionId: 'eu-hx', jointUnionId: null, staff: 320, industry: '纺织',
}
const RECEIPT = '4000123412341234'
const submitted = { id: 'c-1', receipt: RECEIPT, status: 'pending', assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND', acceptBy: '2026-03-13T00:00:00+08:00' }
const workerView = {
  ...submitted, assignedOrgName: '苏溪镇总工会', acceptByLabel: '3月12日 24:00', acceptByEstimated: false,
  routeExplanation: '您选择了不让单位知道或匿名，诉求直接交给镇（街道）总工会，不经过单位的工会。',
}

/** Routes `call(fn, action)` to canned replies; per-action queues are consumed in order. */
function backend(replies: Record<string, Reply[]> = {}) {
  callMock.mockImplementation(async (fn, action) => {
    const key = `${fn}.${action}`
    if (key === 'directory.listTowns') return { ok: true, data: { items: [town] } } as never
    if (key === 'directory.searchEnterprises') return { ok: true, data: { items: [huaxin], next: null } } as never
    if (key === 'grievance.collective') return (replies[key]?.shift() ?? { ok: true, data: null }) as never
    if (key === 'grievance.get') return { ok: true, data: workerView } as never
    if (key === 'grievance.preview')
      return { ok: true, data: { orgId: 'sx', orgName: '苏溪镇总工会', routeExplanation: workerView.routeExplanation, acceptByLabel: '3月12日 24:00', acceptByEstimated: false } } as never
    const next = replies[key]?.shift()
    if (!next) throw new Error(`unexpected call ${key}`)
    return next as never
  })
}
const inputsOf = (action: string) => callMock.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, unknown>)

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

/** A complete employer-blind report about 华鑫 (wage arrears). */
async function fillForm() {
  type('搜索单位', '华鑫')
  await click(screen.getByText('搜索'))
  await click(await screen.findByText('义乌华鑫织造有限公司'))
  await click(screen.getByText('欠薪'))
  await click(screen.getByText('不让单位知道'))
  type('姓名', '张三')
  type('手机号', '13812345678')
  type('问题描述', '三月份工资一直没有发，老板说再等等。')
}

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})

test('When the worker taps 下一步 with nothing filled, then each field shows its Chinese message and nothing is sent', async () => {
  backend()
  render(<ReportPage />)

  await click(screen.getByText('下一步：确认'))

  expect(screen.getByText('请从搜索结果里选一个单位，或改选“直接填写”“不确定”')).toBeTruthy()
  expect(screen.getByText('请选择问题类型')).toBeTruthy()
  expect(screen.getByText('请选择隐私方式：实名、不让单位知道或匿名')).toBeTruthy()
  expect(screen.getByText('请至少写 5 个字，说明发生了什么')).toBeTruthy()
  expect(inputsOf('submit')).toEqual([])

  await click(screen.getByText('欠薪')) // fixing a field clears its message
  expect(screen.queryByText('请选择问题类型')).toBeNull()
})

test('When a privacy mode is chosen, then name and phone are asked only if not anonymous, and the confirm step explains who sees the name', async () => {
  backend()
  render(<ReportPage />)
  for (const text of Object.values(PRIVACY_EXPLANATIONS)) expect(screen.getByText(text)).toBeTruthy()

  await click(screen.getByText('匿名'))
  expect(screen.queryByLabelText('姓名')).toBeNull()
  await click(screen.getByText('实名'))
  expect(screen.getByLabelText('手机号')).toBeTruthy()

  await fillForm()
  await click(screen.getByText('下一步：确认'))

  expect(screen.getByText('请确认您要反映的情况')).toBeTruthy()
  expect(screen.getByText('谁能看到您的名字')).toBeTruthy()
  expect(screen.getByText(PRIVACY_EXPLANATIONS.employer_blind)).toBeTruthy()
  expect(screen.queryByText(PRIVACY_EXPLANATIONS.anonymous)).toBeNull()
  expect(screen.getByText('义乌华鑫织造有限公司')).toBeTruthy()
  // Where it goes comes from the server's routing (grievance.preview), asked with the form's routing inputs only.
  expect(await screen.findByText('将由 苏溪镇总工会 受理')).toBeTruthy()
  expect(screen.getByText('现在提交，须在 3月12日 24:00 前受理')).toBeTruthy()
  expect(inputsOf('preview')).toEqual([{ enterpriseId: 'e-hx', townId: undefined, urgent: false, affectedCount: 1, privacy: 'employer_blind' }])
  expect(inputsOf('submit')).toEqual([]) // nothing is sent before 确认提交
})

test('When the server rejects fields, then the form comes back with each message under its field', async () => {
  backend({
    'grievance.submit': [{
      ok: false,
      error: { code: 'VALIDATION', message: '填写的内容有误，请按提示修改', fields: { 'contact.phone': '请填写 11 位手机号', description: '问题描述不能超过 2000 个字' } },
    }],
  })
  render(<ReportPage />)
  await fillForm()
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))

  expect(screen.getByText('请填写 11 位手机号')).toBeTruthy()
  expect(screen.getByText('问题描述不能超过 2000 个字')).toBeTruthy()
  expect(screen.getByLabelText('手机号')).toBeTruthy() // back on the form, next to the inputs
})

test('When sending fails on the network and the worker retries, then the same requestId is sent and the receipt is shown', async () => {
  backend({
    'grievance.submit': [
      { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } },
      { ok: true, data: submitted },
    ],
  })
  render(<ReportPage />)
  await fillForm()
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()

  await click(screen.getByText('重试'))

  const [first, second] = inputsOf('submit')
  expect(first.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(second.requestId).toBe(first.requestId)
  expect(second).toMatchObject({
    enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'employer_blind', affectedCount: 1, urgent: false,
    contact: { name: '张三', phone: '13812345678' },
  })
  expect(screen.getByText('由 苏溪镇总工会 受理')).toBeTruthy()
  expect(screen.getByText(workerView.routeExplanation)).toBeTruthy()
  expect(screen.getByText('须在 3月12日 24:00 前受理')).toBeTruthy()
  expect(screen.getByText('4000 1234 1234 1234')).toBeTruthy()
  await click(screen.getByText('复制回执码'))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: RECEIPT })
})

test('When co-workers already reported the same problem, then 我也遇到了 shows only the count and joins with the worker’s own privacy', async () => {
  backend({
    'grievance.collective': [{ ok: true, data: { caseId: 'c-open', affectedCount: 6, participantCount: 3 } }],
    'grievance.join': [{ ok: true, data: { ...submitted, id: 'c-open', affectedCount: 7, participantCount: 4 } }],
  })
  render(<ReportPage />)
  type('搜索单位', '华鑫')
  await click(screen.getByText('搜索'))
  await click(await screen.findByText('义乌华鑫织造有限公司'))
  await click(screen.getByText('欠薪'))

  expect(await screen.findByText(/已有 3 位职工反映了同样的问题/)).toBeTruthy()
  expect(inputsOf('collective')).toContainEqual({ enterpriseId: 'e-hx', category: 'wage_arrears' })
  await click(screen.getByText('我也遇到了'))
  expect(screen.queryByLabelText('问题描述')).toBeNull() // a joiner does not retell the case
  await click(screen.getByText('匿名'))
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))

  const [joined] = inputsOf('join')
  expect(joined).toMatchObject({ caseId: 'c-open', privacy: 'anonymous', affectedCount: 1 })
  expect(joined.contact).toBeUndefined()
  expect(inputsOf('submit')).toEqual([])
  expect(screen.getByText('已加入，现在共 4 位职工一起反映')).toBeTruthy()
})
