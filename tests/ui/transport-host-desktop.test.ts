/**
 * The development transport's stand-in for CloudBase custom login (src/services/transport-host.ts): the ticket is
 * exchanged at the host's `/dev/desktop-signin` for the custom user id, which every later call carries as
 * `x-dev-desktop-session` (the host maps it to the officer, as CloudBase does); a demo identity choice replaces it.
 * Plus the pure helpers the pages use to read a scanned QR.
 */
import { call } from '../../src/services/api'
import { codeFromScan, confirmLink, describeDevice, desktopApi } from '../../src/services/desktop-login'
import { DEV_DESKTOP_KEY, setDevOpenid } from '../../src/services/dev-identity'

const fetchMock = jest.fn()
const jsonReply = (body: unknown) => ({ ok: true, status: 200, json: async () => body })
const headersOf = (i: number) => fetchMock.mock.calls[i][1].headers as Record<string, string>

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  fetchMock.mockReset()
  global.fetch = fetchMock as unknown as typeof fetch
  window.localStorage.clear()
})

test('When the desktop signs in, then the ticket goes to /dev/desktop-signin and later calls carry the session, not a demo openid', async () => {
  setDevOpenid('o-worker-1')
  fetchMock.mockResolvedValueOnce(jsonReply({ ok: true, data: { customUserId: '01JSESSION0000000000000000' } }))
  expect(await desktopApi.signIn('local/@@/h.p.s')).toBe(true)
  const [url, init] = fetchMock.mock.calls[0]
  expect(url).toBe(`${window.location.origin}/dev/desktop-signin`)
  expect(JSON.parse(init.body)).toEqual({ ticket: 'local/@@/h.p.s' })

  fetchMock.mockResolvedValue(jsonReply({ ok: true, data: {} }))
  await call('account', 'me')
  expect(headersOf(1)['x-dev-desktop-session']).toBe('01JSESSION0000000000000000')
  expect(headersOf(1)).not.toHaveProperty('x-dev-openid')
})

test('When the stand-in refuses the ticket, then the desktop is not signed in', async () => {
  fetchMock.mockResolvedValueOnce(jsonReply({ ok: false, error: { code: 'UNAUTHENTICATED', message: '登录凭证无效或已过期，请重新扫码' } }))
  expect(await desktopApi.signIn('local/@@/forged')).toBe(false)
  expect(window.localStorage.getItem(DEV_DESKTOP_KEY)).toBeNull()
  fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
  expect(await desktopApi.signIn('local/@@/x')).toBe(false)
})

test('When a demo identity is chosen or the desktop signs out, then the desktop session is no longer sent', async () => {
  fetchMock.mockResolvedValueOnce(jsonReply({ ok: true, data: { customUserId: 'S-1' } }))
  await desktopApi.signIn('t')
  setDevOpenid('o-town-sx-1')
  fetchMock.mockResolvedValue(jsonReply({ ok: true, data: {} }))
  await call('account', 'me')
  expect(headersOf(1)).toEqual(expect.objectContaining({ 'x-dev-openid': 'o-town-sx-1' }))
  expect(headersOf(1)).not.toHaveProperty('x-dev-desktop-session')

  fetchMock.mockResolvedValueOnce(jsonReply({ ok: true, data: { customUserId: 'S-2' } }))
  await desktopApi.signIn('t2')
  await desktopApi.signOut()
  await call('account', 'me')
  expect(headersOf(3)).not.toHaveProperty('x-dev-desktop-session')
  expect(headersOf(3)).not.toHaveProperty('x-dev-openid')
})

test('When a scanner reads the QR, then the code is found in the confirm link, in WeChat\'s encoded q, or bare', () => {
  const code = 'AbCdEfGhIjKlMnOpQrSt_-'
  const link = confirmLink('https://union.example.cn', code)
  expect(link).toBe(`https://union.example.cn/#/account/pages/desktop-confirm/index?code=${code}`)
  expect(codeFromScan(link)).toBe(code)
  expect(codeFromScan(encodeURIComponent(link))).toBe(code)
  expect(codeFromScan(code)).toBe(code)
  for (const other of ['', 'https://example.cn/?code=short', 'UC1.member-card-token', undefined]) expect(codeFromScan(other)).toBeNull()
})

test('When the device is described, then browser and system come from the user agent', () => {
  expect(describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36')).toBe('Chrome · Windows')
  expect(describeDevice('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0')).toBe('Edge · Windows')
  expect(describeDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15')).toBe('Safari · macOS')
  expect(describeDevice('curl/8')).toBeNull()
})
