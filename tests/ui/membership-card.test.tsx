/**
 * The e-member card page in jsdom: the token's QR, its refresh before expiry (fake timers), and the states a
 * member can be in. The transport is mocked at the component boundary.
 */
import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services/api'
import CardPage from '../../src/membership/pages/card/index'
import { qrDataUrl } from '../../src/membership/components/card-qr'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
// The shared Taro stand-in has no useDidHide / setKeepScreenOn: add them here (a hidden page = unmounted).
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  const { useEffect } = jest.requireActual('react')
  const extra = {
    // eslint-disable-next-line react-hooks/exhaustive-deps
    useDidHide: (cb: () => void) => useEffect(() => () => cb(), []),
    setKeepScreenOn: jest.fn(() => Promise.resolve({})),
  }
  return { __esModule: true, ...actual, ...extra, default: { ...actual.default, ...extra } }
})
const callMock = jest.mocked(call)

const card = (status: 'active' | 'suspended' | 'left') => ({
  name: '张三', memberNo: 'YW2026000123', orgName: '苏溪镇总工会', since: '2026-03-10T10:00:00+08:00', status,
})
const tokenReply = (token: string, status: 'active' | 'suspended' | 'left' = 'active') =>
  ({ ok: true, data: { token, expiresAt: '2026-03-12T09:01:00+08:00', card: card(status) } }) as never
const NETWORK = { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } } as never

const qrImage = () => document.querySelector('img.card-qr__img') as HTMLImageElement | null
const tokenCalls = () => callMock.mock.calls.filter(([fn, action]) => fn === 'card' && action === 'token').length
/** Let the clock run, then let the replies it triggered settle. */
const advance = async (ms: number) => {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms)
  })
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2026-03-12T09:00:00+08:00') })
  callMock.mockReset()
  jest.clearAllMocks()
})
afterEach(() => {
  jest.useRealTimers()
})

test('When a member opens the card, then name, union, number, since-date, status and the QR of the token show', async () => {
  callMock.mockResolvedValueOnce(tokenReply('UC1.first-token'))
  render(<CardPage />)

  expect(await screen.findByText('张三')).toBeTruthy()
  expect(screen.getByText('苏溪镇总工会')).toBeTruthy()
  expect(screen.getByText('YW2026000123')).toBeTruthy()
  expect(screen.getByText('入会日期：2026年3月10日')).toBeTruthy()
  expect(screen.getByText('正常')).toBeTruthy()
  expect(screen.getByText('截图无效：二维码每分钟更新')).toBeTruthy()
  expect(screen.getByText('60 秒后失效，会自动更新')).toBeTruthy()
  expect(qrImage()?.getAttribute('src')).toBe(qrDataUrl('UC1.first-token'))
  expect(qrImage()?.getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
  expect(callMock).toHaveBeenCalledWith('card', 'token')
})

test('When 45 of the 60 seconds have passed, then a new token is fetched and its QR replaces the old one', async () => {
  callMock.mockResolvedValueOnce(tokenReply('UC1.first-token')).mockResolvedValueOnce(tokenReply('UC1.second-token'))
  render(<CardPage />)
  await screen.findByText('张三')

  await advance(44_000)
  expect(tokenCalls()).toBe(1)
  expect(screen.getByText('16 秒后失效，会自动更新')).toBeTruthy()
  expect(qrImage()?.getAttribute('src')).toBe(qrDataUrl('UC1.first-token'))

  await advance(1_000)
  expect(tokenCalls()).toBe(2)
  expect(qrImage()?.getAttribute('src')).toBe(qrDataUrl('UC1.second-token'))
  expect(screen.getByText('60 秒后失效，会自动更新')).toBeTruthy()
})

test('When the refresh fails and the shown token runs out, then no QR is left on screen and it keeps retrying', async () => {
  callMock.mockResolvedValueOnce(tokenReply('UC1.first-token')).mockResolvedValue(NETWORK)
  render(<CardPage />)
  await screen.findByText('张三')

  await advance(45_000)
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()
  expect(qrImage()).not.toBeNull() // 15 s of validity are left

  await advance(15_000)
  expect(qrImage()).toBeNull()
  expect(screen.getByText('二维码已过期，联网后自动更新')).toBeTruthy()
  expect(tokenCalls()).toBeGreaterThanOrEqual(4) // first, at 45 s, then every 5 s
})

test('When a token reply says the member has left, then the card says so and shows no QR, and nothing is refreshed', async () => {
  callMock.mockResolvedValue(tokenReply('UC1.left-token', 'left'))
  render(<CardPage />)

  expect(await screen.findByText('已退会')).toBeTruthy()
  expect(screen.getByText(/您已退会，会员证已失效/)).toBeTruthy()
  expect(qrImage()).toBeNull()
  await advance(120_000)
  expect(tokenCalls()).toBe(1)
})

test('When the membership is suspended, then the QR still shows (a verifier sees 已暂停) with a clear notice', async () => {
  callMock.mockResolvedValue(tokenReply('UC1.suspended-token', 'suspended'))
  render(<CardPage />)

  expect(await screen.findByText('已暂停')).toBeTruthy()
  expect(screen.getByText(/会籍已暂停/)).toBeTruthy()
  expect(qrImage()?.getAttribute('src')).toBe(qrDataUrl('UC1.suspended-token'))
})

test('When the caller is not (or no longer) a member, then there is no QR and the page offers to apply', async () => {
  callMock.mockResolvedValue({ ok: false, error: { code: 'MEMBERSHIP.NOT_MEMBER', message: '您还不是工会会员' } } as never)
  render(<CardPage />)

  expect(await screen.findByText('没有有效的会员证')).toBeTruthy()
  expect(qrImage()).toBeNull()
  await act(async () => {
    screen.getByText('申请入会').click()
  })
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/membership/pages/apply/index' })
})
