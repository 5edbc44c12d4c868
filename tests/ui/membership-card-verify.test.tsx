/**
 * The verifier page in jsdom with a real key pair and real tokens (types/card-token.ts): offline Ed25519
 * first with the cached public key, then `card.verify` when reachable. Only the transport is mocked.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import makeQr from 'qrcode-generator'
import { base64urlEncode, publicKeyOf, signCardToken, type CardClaims } from '../../types/card-token'
import { call } from '../../src/services/api'
import { decodeQrPixels } from '../../src/membership/components/qr-image'
import VerifyPage from '../../src/membership/pages/verify/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
// The shared Taro stand-in has no storage: an in-memory one, kept across renders like the device's.
const mockStorage = new Map<string, unknown>()
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  const extra = {
    getStorageSync: (key: string) => (mockStorage.has(key) ? mockStorage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void mockStorage.set(key, value),
    removeStorageSync: (key: string) => void mockStorage.delete(key),
  }
  return { __esModule: true, ...actual, ...extra, default: { ...actual.default, ...extra } }
})
const callMock = jest.mocked(call)

const NOW = new Date('2026-03-12T09:00:00+08:00')
const SEED = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1)
const OTHER_SEED = Uint8Array.from({ length: 32 }, (_, i) => 255 - i)
const PUBLIC_KEY = { algorithm: 'Ed25519', publicKey: base64urlEncode(publicKeyOf(SEED)), keyId: 'k1' }
const claims = (over: Partial<CardClaims> = {}): CardClaims => ({
  memberNo: 'YW2026000123', orgId: 'sx', orgName: '苏溪镇总工会', nameMasked: '张*', status: 'active',
  exp: Math.floor(NOW.getTime() / 1000) + 60, ...over,
})
const NETWORK = { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } }

/** `card.publicKey` and `card.verify` answer as given; `offline` makes both fail like a dead network. */
function backend({ offline = false, verify = null as unknown }: { offline?: boolean; verify?: unknown } = {}) {
  callMock.mockImplementation(async (fn, action) => {
    if (offline) return NETWORK as never
    if (fn === 'card' && action === 'publicKey') return { ok: true, data: PUBLIC_KEY } as never
    if (fn === 'card' && action === 'verify' && verify) return { ok: true, data: verify } as never
    if (fn === 'card' && action === 'verify') return NETWORK as never
    throw new Error(`unexpected call ${fn}.${action}`)
  })
}
const check = async (token: string) => {
  fireEvent.change(screen.getByLabelText('二维码内容'), { target: { value: token } })
  await act(async () => {
    fireEvent.click(screen.getByText('核验'))
  })
}
const mode = () => document.querySelector('.verify-result__mode')?.textContent ?? ''
const result = () => document.querySelector('.verify-result') as HTMLElement | null

beforeEach(() => {
  jest.useFakeTimers({ now: NOW })
  mockStorage.clear()
  callMock.mockReset()
})
afterEach(() => jest.useRealTimers())

test('When a real token is checked with no online answer, then it shows 有效 offline with the masked member, and 已过期 after expiry', async () => {
  backend()
  render(<VerifyPage />)
  const token = signCardToken(claims(), SEED)

  await check(token)
  expect(result()?.className).toContain('verify-result--ok')
  expect(screen.getByText('有效')).toBeTruthy()
  expect(screen.getByText('张*')).toBeTruthy()
  expect(screen.getByText('苏溪镇总工会')).toBeTruthy()
  expect(screen.getByText('会员号 YW2026000123')).toBeTruthy()
  expect(mode()).toContain('离线核验（本机公钥验证签名）')
  expect(screen.getByText(/无法联网：以上为离线核验结果/)).toBeTruthy()

  jest.setSystemTime(new Date(NOW.getTime() + 61_000))
  await check(token)
  expect(screen.getByText('已过期')).toBeTruthy()
  expect(screen.queryByText('有效')).toBeNull()
})

test('When a token was tampered with or signed by another key, then it shows 伪造或无效 and no member', async () => {
  backend()
  render(<VerifyPage />)
  const token = signCardToken(claims(), SEED)
  const flipped = token.slice(0, -3) + (token.at(-3) === 'A' ? 'B' : 'A') + token.slice(-2)

  await check(flipped)
  expect(screen.getByText('伪造或无效')).toBeTruthy()
  expect(screen.queryByText('张*')).toBeNull()

  await check(signCardToken(claims(), OTHER_SEED))
  expect(screen.getByText('伪造或无效')).toBeTruthy()
  expect(result()?.className).toContain('verify-result--bad')
})

test('When the public key was fetched once, then a later check works with the network down', async () => {
  backend()
  const { unmount } = render(<VerifyPage />)
  await check(signCardToken(claims(), SEED))
  expect(screen.getByText('有效')).toBeTruthy()
  unmount()

  callMock.mockReset()
  backend({ offline: true })
  render(<VerifyPage />)
  await check(signCardToken(claims({ status: 'suspended' }), SEED))
  expect(screen.getByText('已暂停')).toBeTruthy()
  expect(mode()).toContain('离线核验（本机公钥验证签名）')
})

test('When the verifier never had the key and there is no network, then it says how to get one', async () => {
  backend({ offline: true })
  render(<VerifyPage />)
  await check(signCardToken(claims(), SEED))
  expect(screen.getByText(/请先联网核验一次/)).toBeTruthy()
  expect(result()).toBeNull()
})

test('When the server knows of a suspension made after the token was issued, then the online answer wins', async () => {
  const member = { nameMasked: '张*', memberNo: 'YW2026000123', orgId: 'sx', orgName: '苏溪镇总工会', status: 'suspended' }
  backend({ verify: { valid: false, reason: 'suspended', member, expiresAt: null } })
  render(<VerifyPage />)
  const token = signCardToken(claims(), SEED)

  await check(`  ${token}\n`)
  expect(screen.getByText('已暂停')).toBeTruthy()
  expect(mode()).toContain('联网核验（含最新会籍状态）')
  expect(callMock).toHaveBeenCalledWith('card', 'verify', { token })
})

test('When nothing was pasted, then the field says so and nothing is checked', async () => {
  backend()
  render(<VerifyPage />)
  await check('   ')
  expect(screen.getByText('请扫描或粘贴会员卡二维码')).toBeTruthy()
  expect(callMock).not.toHaveBeenCalled()
})

test('When a picture of the card QR is decoded, then the exact token comes back (the H5 upload path)', () => {
  const token = signCardToken(claims(), SEED)
  const qr = makeQr(0, 'M')
  qr.addData(token, 'Byte')
  qr.make()
  const cell = 4
  const size = (qr.getModuleCount() + 8) * cell
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.floor(y / cell) - 4
      const c = Math.floor(x / cell) - 4
      const dark = r >= 0 && c >= 0 && r < qr.getModuleCount() && c < qr.getModuleCount() && qr.isDark(r, c)
      if (dark) pixels.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3)
    }
  }
  expect(decodeQrPixels(pixels, size, size)).toBe(token)
  expect(decodeQrPixels(new Uint8ClampedArray(size * size * 4).fill(255), size, size)).toBeNull()
})
