/**
 * src/services/api.ts — the transport, tested at the network boundary: `fetch` on H5,
 * `Taro.cloud.callFunction` on weapp (the mapped @tarojs/taro stand-in records the call).
 */
import Taro from '@tarojs/taro'
import { call, fetchDevIdentities } from '../../src/services/api'
import { DEV_OPENID_KEY, setDevOpenid } from '../../src/services/dev-identity'

const fetchMock = jest.fn()
const jsonReply = (status: number, body: unknown) => ({ ok: status >= 200 && status < 300, status, json: async () => body })

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  fetchMock.mockReset()
  global.fetch = fetchMock as unknown as typeof fetch
  window.localStorage.clear()
  jest.mocked(Taro.cloud.callFunction).mockReset()
})

describe('call() on H5', () => {
  test('When an action is called, then it POSTs { action, ...input } as JSON to /fn/<function> and returns the envelope', async () => {
    fetchMock.mockResolvedValue(jsonReply(200, { ok: true, data: { items: [], next: null } }))

    const reply = await call('directory', 'searchEnterprises', { q: '华鑫', limit: 20 })

    expect(reply).toEqual({ ok: true, data: { items: [], next: null } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe(`${window.location.origin}/fn/directory`)
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body)).toEqual({ action: 'searchEnterprises', q: '华鑫', limit: 20 })
    expect(init.headers['content-type']).toBe('application/json')
    expect(init.headers).not.toHaveProperty('x-dev-openid')
  })

  test('When the input carries its own `action` key, then the called action still wins', async () => {
    fetchMock.mockResolvedValue(jsonReply(200, { ok: true, data: {} }))
    await call('account', 'me', { action: 'createInvite' })
    expect(JSON.parse(fetchMock.mock.calls[0][1].body).action).toBe('me')
  })

  test('When a demo identity is chosen, then it is sent as x-dev-openid; when cleared, it is not', async () => {
    fetchMock.mockResolvedValue(jsonReply(200, { ok: true, data: {} }))

    setDevOpenid('o-town-sx-1')
    expect(window.localStorage.getItem(DEV_OPENID_KEY)).toBe('o-town-sx-1')
    await call('account', 'me')
    setDevOpenid(null)
    await call('account', 'me')

    expect(fetchMock.mock.calls[0][1].headers['x-dev-openid']).toBe('o-town-sx-1')
    expect(fetchMock.mock.calls[1][1].headers).not.toHaveProperty('x-dev-openid')
  })

  test('When the network is down, then it resolves to a NETWORK envelope instead of throwing', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(call('account', 'me')).resolves.toEqual({
      ok: false,
      error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' },
    })
  })

  test('When a proxy answers 502 with an HTML page, then it is a NETWORK failure', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 502, json: async () => JSON.parse('<html>') })
    const reply = await call('account', 'me')
    expect(reply.ok === false && reply.error.code).toBe('NETWORK')
  })

  test('When the function replies with a failure envelope, then it is passed through with its fields', async () => {
    const failure = { ok: false, error: { code: 'VALIDATION', message: '填写的内容有误，请按提示修改', fields: { q: '请至少输入 2 个字' } } }
    fetchMock.mockResolvedValue(jsonReply(200, failure))
    await expect(call('directory', 'searchEnterprises', { q: '华' })).resolves.toEqual(failure)
  })

  test('When the reply is JSON but not an envelope, then it becomes an INTERNAL failure', async () => {
    fetchMock.mockResolvedValue(jsonReply(200, { hello: 'world' }))
    const reply = await call('account', 'me')
    expect(reply.ok === false && reply.error.code).toBe('INTERNAL')
  })
})

describe('call() on weapp', () => {
  test('When an action is called, then it goes through Taro.cloud.callFunction and returns result.result', async () => {
    process.env.TARO_ENV = 'weapp'
    jest.mocked(Taro.cloud.callFunction).mockResolvedValue({ result: { ok: true, data: { openid: 'o-1', officer: null } } } as never)

    const reply = await call('account', 'me', { x: 1 })

    expect(reply).toEqual({ ok: true, data: { openid: 'o-1', officer: null } })
    expect(Taro.cloud.callFunction).toHaveBeenCalledWith({ name: 'account', data: { x: 1, action: 'me' } })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  test('When callFunction fails (offline), then it resolves to a NETWORK envelope', async () => {
    process.env.TARO_ENV = 'weapp'
    jest.mocked(Taro.cloud.callFunction).mockRejectedValue(new Error('cloud.callFunction:fail'))
    const reply = await call('account', 'me')
    expect(reply.ok === false && reply.error.code).toBe('NETWORK')
  })
})

describe('fetchDevIdentities()', () => {
  test('When the host is in development mode, then it returns the listed identities', async () => {
    const list = [{ openid: 'o-worker-1', label: '职工', role: 'worker' }]
    fetchMock.mockResolvedValue(jsonReply(200, list))
    await expect(fetchDevIdentities()).resolves.toEqual(list)
    expect(fetchMock.mock.calls[0][0]).toBe(`${window.location.origin}/dev/identities`)
  })

  test('When the host answers 404 (not development), then there are none', async () => {
    fetchMock.mockResolvedValue(jsonReply(404, { ok: false }))
    await expect(fetchDevIdentities()).resolves.toBeNull()
  })
})
