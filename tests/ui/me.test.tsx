/** The 我的 page: who the caller is, and the H5 demo identity switcher (transport mocked at the module boundary). */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call, fetchDevIdentities } from '../../src/services/api'
import { getDevOpenid } from '../../src/services/dev-identity'
import MePage from '../../src/pages/me/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn(), fetchDevIdentities: jest.fn() }))
const callMock = jest.mocked(call)
const identitiesMock = jest.mocked(fetchDevIdentities)

const townOfficer = {
  openid: 'o-town-sx-1',
  officer: {
    orgId: 'sx', role: 'officer', name: '王芳',
    org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' },
  },
}

/** account.me answers for whichever demo identity is currently chosen. */
function meByIdentity() {
  callMock.mockImplementation(async (fn, action) => {
    if (fn !== 'account' || action !== 'me') throw new Error(`unexpected call ${fn}.${action}`)
    const openid = getDevOpenid()
    return { ok: true, data: openid === 'o-town-sx-1' ? townOfficer : { openid: openid ?? 'o-anon-0001', officer: null } } as never
  })
}

beforeEach(() => {
  jest.clearAllMocks()
  window.localStorage.clear()
})

test('When a worker opens 我的, then they see a worker identity and the officer invite entry, not 工作台', async () => {
  meByIdentity()
  identitiesMock.mockResolvedValue(null)
  render(<MePage />)

  expect(await screen.findByText('职工用户')).toBeTruthy()
  expect(screen.getByText('我是工会干部')).toBeTruthy()
  expect(screen.queryByText('工作台')).toBeNull()
  expect(screen.queryByText('演示身份（仅开发模式）')).toBeNull() // host without /dev/identities
})

test('When the town officer is chosen in the demo switcher, then 我的 reloads and shows 苏溪镇总工会 and 工作台', async () => {
  meByIdentity()
  identitiesMock.mockResolvedValue([
    { openid: 'o-worker-1', label: '职工 张三', role: 'worker' },
    { openid: 'o-town-sx-1', label: '苏溪镇总工会 干部', role: 'officer', orgId: 'sx' },
  ])
  render(<MePage />)
  expect(await screen.findByText('演示身份（仅开发模式）')).toBeTruthy()

  await act(async () => {
    fireEvent.click(screen.getByText('苏溪镇总工会 干部'))
  })

  expect(window.localStorage.getItem('union.devOpenid')).toBe('o-town-sx-1')
  expect(screen.getByText('王芳')).toBeTruthy()
  expect(screen.getAllByText('苏溪镇总工会').length).toBeGreaterThan(0)
  expect(screen.getByText('镇(街道)总工会 · 工会干部')).toBeTruthy()
  fireEvent.click(screen.getByText('工作台'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/workbench/pages/index/index' })
})

test('When account.me fails, then the message and a retry are shown', async () => {
  callMock.mockResolvedValueOnce({ ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } })
  identitiesMock.mockResolvedValue(null)
  render(<MePage />)
  expect(await screen.findByText('网络异常，请检查网络后重试')).toBeTruthy()

  meByIdentity()
  await act(async () => {
    fireEvent.click(screen.getByText('重试'))
  })
  expect(screen.getByText('职工用户')).toBeTruthy()
})
