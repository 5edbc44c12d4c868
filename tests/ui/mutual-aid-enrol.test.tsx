/**
 * 互助参保登记 and 确认缴费 in jsdom: a union enrols its whole roster of 5,000 (read 100 a page) in chunks of 1,000
 * with a progress display, and sees who was refused and why; a pick of members; the federation confirms the fees
 * by pasted member numbers and a transfer reference. The transport is mocked.
 */
import { act, render, screen } from '@testing-library/react'
import EnrolPage from '../../src/mutual-aid/pages/enrol/index'
import PaymentsPage from '../../src/mutual-aid/pages/payments/index'
import { backend, callMock, calls, click, confirmNext, ok, type } from './support/legal-desk'
import { plan } from './mutual-aid-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
})

const no = (i: number) => `YW2026${String(i).padStart(6, '0')}`
const member = (i: number, status = 'active') => ({ id: `m-${i}`, memberNo: no(i), name: `职工${i}`, orgId: 'eu-hx', orgName: '华鑫织造工会', status, since: '2025-01-01', statusReason: null, history: [] })
/** 5,000 active members and one suspended, 100 a page. */
const ROSTER = [...Array.from({ length: 5000 }, (_, i) => member(i + 1)), member(5001, 'suspended')]
const rosterPage = (input: { after?: string }) => {
  const from = Number(input.after ?? 0)
  const items = ROSTER.slice(from, from + 100)
  return ok({ orgId: 'eu-hx', items, next: from + 100 < ROSTER.length ? String(from + 100) : null })
}
const progress = () => screen.getByRole('status', { name: '登记进度' }).textContent ?? ''

test('When the union enrols everyone, then 5,000 members go in chunks of 1,000 with the progress shown, and the refused are listed with reasons', async () => {
  const gates: (() => void)[] = []
  backend({
    'mutualAid.plans': [ok({ items: [plan({ enrolFrom: '2020-01-01', enrolTo: '2099-12-31' })], next: null })],
    'membership.members': rosterPage,
    'mutualAid.enrol': (input: { memberNos: string[] }) => new Promise((resolve) => gates.push(() => resolve(ok({
      planId: 'plan-2026',
      enrolled: input.memberNos.filter((n) => n !== no(7)).map((memberNo) => ({ memberNo, status: 'enrolled', coverFrom: '2026-01-01' })),
      refused: input.memberNos.includes(no(7)) ? [{ memberNo: no(7), code: 'MUTUAL_AID.ALREADY_ENROLLED' }] : [],
      feeDue: 0,
    })))),
  })
  render(<EnrolPage />)
  expect(await screen.findByText('职工1 · YW2026000001')).toBeTruthy()
  confirmNext(true)
  await click(screen.getByText('登记全部在册会员'))
  for (let done = 1; done <= 5; done++) {
    await act(async () => {
      for (let i = 0; i < 50 && gates.length < done; i++) await new Promise((r) => setTimeout(r, 0))
    })
    expect(progress()).toContain(`正在登记：${(done - 1) * 1000} / 5000 人`)
    await act(async () => gates[done - 1]())
  }
  expect(progress()).toContain('登记完成：5000 / 5000 人')
  expect(progress()).toContain('已登记 4999 人，应缴会费合计 299,940.00 元')
  expect(progress()).toContain('YW2026000007：已经参加了这个保障计划')

  const sent = calls('enrol') as { planId: string; memberNos: string[] }[]
  expect(sent.map((s) => s.memberNos.length)).toEqual([1000, 1000, 1000, 1000, 1000])
  expect(sent.flatMap((s) => s.memberNos)).not.toContain(no(5001)) // suspended: not sent
  expect(new Set(sent.flatMap((s) => s.memberNos)).size).toBe(5000)
  expect(calls('members')).toHaveLength(1 + 51) // the list on the page, then the whole roster
})

test('When the officer picks members, then only those are enrolled, and a suspended member cannot be picked', async () => {
  backend({
    'mutualAid.plans': [ok({ items: [plan({ enrolFrom: '2020-01-01', enrolTo: '2099-12-31' })], next: null })],
    'membership.members': () => ok({ orgId: 'eu-hx', items: [member(1), member(2), member(3, 'suspended')], next: null }),
    'mutualAid.enrol': [ok({ planId: 'plan-2026', enrolled: [], refused: [{ memberNo: no(2), code: 'MUTUAL_AID.NOT_MEMBER' }], feeDue: 0 })],
  })
  render(<EnrolPage />)
  await click(await screen.findByText('职工1 · YW2026000001'))
  await click(screen.getByText('职工2 · YW2026000002'))
  await click(screen.getByText('职工3 · YW2026000003'))
  expect(screen.getByText('已暂停，不能参保')).toBeTruthy()
  confirmNext(true)
  await click(screen.getByText('登记选中的 2 人'))
  expect(calls('enrol')).toEqual([{ planId: 'plan-2026', memberNos: [no(1), no(2)] }])
  expect(progress()).toContain('YW2026000002：只有在册的工会会员才能参加互助保障')
})

test('When the town confirms fees, then the member numbers are read from pasted text and sent with the reference after confirmation', async () => {
  backend({
    'mutualAid.plans': [ok({ items: [plan({ enrolFrom: '2020-01-01', enrolTo: '2099-12-31' })], next: null })],
    'mutualAid.confirmPayment': [ok({ planId: 'plan-2026', confirmed: [{ memberNo: no(1), status: 'active', coverFrom: '2026-01-01' }], refused: [{ memberNo: no(9), code: 'MUTUAL_AID.NOT_ENROLLED' }] })],
  })
  render(<PaymentsPage />)
  await screen.findByText('2026 年度职工医疗互助（演示数值）')
  await click(screen.getByText('确认收到会费'))
  expect(screen.getByText('请填写会员编号（YW 加 10 位数字），一行一个')).toBeTruthy()
  await type(screen.getByLabelText('会员编号'), `1. 陈小燕 ${no(1)}\n2. 王五 yw2026000009\n${no(1)}`)
  expect(screen.getByText('识别到 2 个会员编号，应收 120.00 元')).toBeTruthy()
  await type(screen.getByLabelText('缴费凭证号'), 'NS20260110001')
  confirmNext(true)
  await click(screen.getByText('确认收到会费'))
  expect(calls('confirmPayment')).toEqual([{ planId: 'plan-2026', memberNos: [no(1), no(9)], reference: 'NS20260110001' }])
  expect(screen.getByText('已确认 1 人的缴费。')).toBeTruthy()
  expect(screen.getByText('YW2026000009：没有找到这位会员在本计划的参保登记（或不在本级范围内）')).toBeTruthy()
})
