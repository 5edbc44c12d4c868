/**
 * Issue 14 in jsdom: the 大字模式 switch on 我的 (remembered on the device, applied at once), phone fields
 * (type=tel, 11 digits, digits only), the links back to 办事 and 首页 after a submission, and officer pages that
 * speak about the reporter in the third person naming the exact mode.
 */
import { useState } from 'react'
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call, fetchDevIdentities } from '../../src/services/api'
import { LARGE_TEXT_KEY, TEXT_SIZE_EVENT } from '../../src/services/text-size'
import MePage from '../../src/pages/me/index'
import PrivacySection from '../../src/grievance/pages/report/privacy-section'
import SubmittedStep from '../../src/grievance/pages/report/submitted-step'
import TransferForm from '../../src/grievance/pages/case/transfer-form'
import CaseTimeline from '../../src/grievance/components/timeline'
import { emptyForm, type ReportForm } from '../../src/grievance/report-form'
import type { ConfirmedAction } from '../../src/hooks/use-confirmed-action'

jest.mock('../../src/services/api', () => ({ call: jest.fn(), fetchDevIdentities: jest.fn() }))
const callMock = jest.mocked(call)

const click = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  jest.clearAllMocks()
  window.localStorage.clear()
  callMock.mockImplementation(async (fn, action) => {
    if (fn === 'account' && action === 'me') return { ok: true, data: { openid: 'o-worker-1', officer: null } } as never
    if (fn === 'directory' && action === 'getOrg') return { ok: false, error: { code: 'NOT_FOUND', message: '' } } as never
    throw new Error(`unexpected call ${fn}.${action}`)
  })
  jest.mocked(fetchDevIdentities).mockResolvedValue(null)
})

test('When 大字模式 is switched on 我的, then the device remembers it and the page scale is told at once; off forgets it', async () => {
  const told = jest.fn()
  window.addEventListener(TEXT_SIZE_EVENT, told)
  const { unmount } = render(<MePage />)
  const toggle = await screen.findByRole('switch', { name: '大字模式' })
  expect(toggle.getAttribute('aria-checked')).toBe('false')

  await click(toggle)
  expect(window.localStorage.getItem(LARGE_TEXT_KEY)).toBe('1')
  expect(told).toHaveBeenCalledTimes(1)
  expect(toggle.getAttribute('aria-checked')).toBe('true')

  unmount() // the next visit reads it back
  render(<MePage />)
  const again = await screen.findByRole('switch', { name: '大字模式' })
  expect(again.getAttribute('aria-checked')).toBe('true')
  await click(again)
  expect(window.localStorage.getItem(LARGE_TEXT_KEY)).toBeNull()
  expect(told).toHaveBeenCalledTimes(2)
  window.removeEventListener(TEXT_SIZE_EVENT, told)
})

function Privacy() {
  const [form, setForm] = useState<ReportForm>({ ...emptyForm, privacy: 'named' })
  return <PrivacySection form={form} update={(patch) => setForm((f) => ({ ...f, ...patch }))} fields={{}} title='4. 谁能看到您的名字？' />
}

test('When a phone number is typed, then the box is type=tel, keeps at most 11 digits and drops anything else', async () => {
  render(<Privacy />)
  const phone = screen.getByLabelText('手机号') as HTMLInputElement
  expect(phone.getAttribute('type')).toBe('tel')
  expect(phone.maxLength).toBe(11)
  await act(async () => {
    fireEvent.change(phone, { target: { value: '138-1234 5678' } })
  })
  expect(phone.value).toBe('13812345678')
  await act(async () => {
    fireEvent.change(phone, { target: { value: '1381234567899' } })
  })
  expect(phone.value).toBe('13812345678')
})

test('When a report was submitted, then links lead to 办事 and 首页', async () => {
  const result = {
    id: 'c-1', receipt: '4000123412341234', status: 'pending' as const, assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND' as const,
    acceptBy: '2026-03-12T00:00:00+08:00', routeExplanation: '您选择了“匿名”，诉求直接交给镇（街道）总工会，不经过单位的工会。',
  }
  render(<SubmittedStep submitted={{ kind: 'report', result, view: null }} />)
  expect(screen.getByText(result.routeExplanation)).toBeTruthy()
  await click(screen.getByText('去“办事”查看我的全部事项 ›'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cases/index' })
  await click(screen.getByText('回首页 ›'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
})

const action: ConfirmedAction = { busy: false, error: null, fields: {}, setFields: jest.fn(), run: jest.fn() } as unknown as ConfirmedAction
const officerCase = (privacy: 'anonymous' | 'employer_blind') => ({
  id: 'c-1', assignedOrgId: 'sx', status: 'accepted',
  reporters: [{ reporterId: '0', role: 'reporter', affectedCount: 1, privacy, visible: false, notice: '' }],
}) as never

test('When an officer transfers a protected case, then the page names the exact mode the reporter chose', async () => {
  render(<TransferForm view={officerCase('anonymous')} officerOrgId={null} action={action} onDone={jest.fn()} />)
  expect(screen.getByText('报告人选择了“匿名”：只能转给镇（街道）总工会或市总工会。')).toBeTruthy()
  expect(screen.queryByText(/匿名或不让单位知道/)).toBeNull()
})

test('When an officer reads the timeline, then a routing reason speaks of the reporter; a worker reads their own choice', () => {
  const history = [{ at: '2026-03-10T10:00:00+08:00', type: 'submitted' as const, fromOrgId: null, toOrgId: 'sx', reason: 'EMPLOYER_BLIND' as const }]
  const { unmount } = render(<CaseTimeline history={history} orgNames={{ sx: '苏溪镇总工会' }} reader={{ kind: 'officer', privacy: 'employer_blind', by: 'reporter' }} />)
  expect(screen.getByText('报告人选择了“不让单位知道”，诉求直接交给镇（街道）总工会，不经过单位的工会。')).toBeTruthy()
  unmount()
  render(<CaseTimeline history={history} orgNames={{ sx: '苏溪镇总工会' }} reader={{ kind: 'worker', privacy: 'anonymous' }} />)
  expect(screen.getByText('您选择了“匿名”，诉求直接交给镇（街道）总工会，不经过单位的工会。')).toBeTruthy()
})
