/**
 * The desktop sign-in page (H5) and the mini-program's confirm page, with the desktop-login service mocked at its
 * boundary (the pure QR helpers stay real) and fake timers for the 2 s polling, the back-off and the 2-minute countdown.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { qrDataUrl } from '../../src/components/qr-data-url'
import { call } from '../../src/services/api'
import { confirmLink, desktopApi } from '../../src/services/desktop-login'
import DesktopLogin from '../../src/account/pages/desktop-login/index'
import DesktopConfirm from '../../src/account/pages/desktop-confirm/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/services/desktop-login', () => ({
  ...jest.requireActual('../../src/services/desktop-login'),
  desktopApi: { start: jest.fn(), poll: jest.fn(), confirm: jest.fn(), signIn: jest.fn(), sessions: jest.fn(), end: jest.fn(), signOut: jest.fn() },
}))
const api = jest.mocked(desktopApi)
const CODE = 'AbCdEfGhIjKlMnOpQrSt_1'
const CODE2 = 'ZyXwVuTsRqPoNmLkJiHg_2'
const started = (code = CODE) => ({ ok: true, data: { code, pollToken: `poll-${code}`, expiresAt: '2026-03-10T10:02:00+08:00' } }) as never
const answer = (data: unknown) => ({ ok: true, data }) as never
const pending = answer({ status: 'pending', expiresAt: '2026-03-10T10:02:00+08:00' })
const qr = () => screen.queryByLabelText('电脑登录二维码')?.getAttribute('src')

/** Lets timers fire and the promises they start settle. */
async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms)
  })
}

beforeEach(() => {
  jest.clearAllMocks()
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

describe('电脑登录 (desktop page)', () => {
  test('When the officer confirms on the phone, then the page polls every 2 s, signs in with the ticket once and opens 工作台', async () => {
    api.start.mockResolvedValue(started())
    api.poll.mockResolvedValueOnce(pending).mockResolvedValueOnce(pending).mockResolvedValue(answer({ status: 'ready', ticket: 'T-1', sessionId: 'S-1' }))
    api.signIn.mockResolvedValue(true)
    render(<DesktopLogin />)
    await advance(0)

    expect(qr()).toBe(qrDataUrl(confirmLink(window.location.origin, CODE)))
    expect(screen.getByText(/2:00 后过期/)).toBeTruthy()
    expect(api.poll).not.toHaveBeenCalled()
    await advance(2000)
    expect(api.poll).toHaveBeenCalledTimes(1)
    expect(api.poll).toHaveBeenLastCalledWith({ code: CODE, pollToken: `poll-${CODE}` })
    await advance(4000)
    expect(api.poll).toHaveBeenCalledTimes(3)
    expect(api.signIn).toHaveBeenCalledWith('T-1')
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/workbench/pages/index/index' })
    await advance(10_000)
    expect(api.poll).toHaveBeenCalledTimes(3)
  })

  test('When nobody confirms within 2 minutes, then 已过期，点击刷新; a click shows a fresh code', async () => {
    api.start.mockResolvedValueOnce(started()).mockResolvedValueOnce(started(CODE2))
    api.poll.mockResolvedValue(pending)
    render(<DesktopLogin />)
    await advance(60_000)
    expect(screen.getByText(/1:00 后过期/)).toBeTruthy()
    await advance(60_500)
    expect(screen.getByText('已过期，点击刷新')).toBeTruthy()
    expect(qr()).toBeUndefined()
    const polls = api.poll.mock.calls.length
    await advance(10_000)
    expect(api.poll.mock.calls.length).toBe(polls) // stopped

    fireEvent.click(screen.getByText('已过期，点击刷新'))
    await advance(0)
    expect(qr()).toBe(qrDataUrl(confirmLink(window.location.origin, CODE2)))
  })

  test('When polls fail (network), then the page waits longer each time, up to 16 s, and goes back to 2 s once one succeeds', async () => {
    const down = { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } } as never
    api.start.mockResolvedValue(started())
    const t0 = Date.now()
    const times: number[] = []
    api.poll.mockImplementation(async () => {
      times.push(Date.now() - t0)
      return times.length <= 4 ? down : pending
    })
    render(<DesktopLogin />)
    await advance(50_000)
    // First poll at 2 s; after failures 4, 8, 16, 16 s; after a success 2 s again.
    expect(times.slice(0, 6)).toEqual([2000, 6000, 14000, 30000, 46000, 48000])
  })

  test('When the ticket is refused by the sign-in service, then the page says so and offers a fresh code', async () => {
    api.start.mockResolvedValue(started())
    api.poll.mockResolvedValue(answer({ status: 'ready', ticket: 'T-1', sessionId: 'S-1' }))
    api.signIn.mockResolvedValue(false)
    render(<DesktopLogin />)
    await advance(2000)
    expect(screen.getByText('登录没有成功，请刷新二维码后重新扫码')).toBeTruthy()
    expect(screen.getByText('刷新二维码')).toBeTruthy()
    expect(Taro.redirectTo).not.toHaveBeenCalled()
  })
})

describe('确认电脑登录 (mini-program page)', () => {
  const officer = {
    openid: 'o-town-sx-1',
    officer: { orgId: 'sx', role: 'officer', name: '王敏', org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' } },
  }
  beforeEach(() => jest.useRealTimers())

  test('When an officer opens the scanned link and confirms, then the code is confirmed and the page says 已确认', async () => {
    jest.mocked(Taro.useRouter).mockReturnValue({ params: { q: encodeURIComponent(confirmLink('https://union.example.cn', CODE)) } } as never)
    jest.mocked(call).mockResolvedValue(answer(officer))
    api.confirm.mockResolvedValue(answer({ confirmed: true, device: 'Chrome · Windows' }))
    render(<DesktopConfirm />)

    expect(await screen.findByText('在电脑上登录 苏溪镇总工会 工作台？')).toBeTruthy()
    fireEvent.click(screen.getByText('确认登录'))
    expect(await screen.findByText('已确认')).toBeTruthy()
    expect(api.confirm).toHaveBeenCalledWith(CODE)
  })

  test('When a worker opens it, then it says only officers can, and nothing is confirmed', async () => {
    jest.mocked(Taro.useRouter).mockReturnValue({ params: { code: CODE } } as never)
    jest.mocked(call).mockResolvedValue(answer({ openid: 'o-worker-1', officer: null }))
    render(<DesktopConfirm />)
    expect(await screen.findByText('只有工会干部可以在电脑上登录工作台')).toBeTruthy()
    expect(screen.queryByText('确认登录')).toBeNull()
  })

  test('When the code has expired, then the refusal is shown', async () => {
    jest.mocked(Taro.useRouter).mockReturnValue({ params: { code: CODE } } as never)
    jest.mocked(call).mockResolvedValue(answer(officer))
    api.confirm.mockResolvedValue({ ok: false, error: { code: 'ACCOUNT.DESKTOP_CODE_EXPIRED', message: '二维码已过期，请在电脑上点击刷新后重新扫码' } } as never)
    render(<DesktopConfirm />)
    fireEvent.click(await screen.findByText('确认登录'))
    expect(await screen.findByText('二维码已过期，请在电脑上点击刷新后重新扫码')).toBeTruthy()
  })
})
