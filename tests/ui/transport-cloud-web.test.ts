/**
 * The H5 production transport (src/services/transport-cloud-web.ts) with @cloudbase/js-sdk mocked at its boundary:
 * `cloudbase.init` → app with `auth`, `callFunction`, `uploadFile`. Selected by transports.ts when the H5 build has
 * TARO_APP_CLOUD_ENV; the weapp build keeps Taro.cloud and never loads the SDK.
 */
jest.mock('@cloudbase/js-sdk', () => {
  const auth = {
    getLoginState: jest.fn(async () => null as unknown),
    signInAnonymously: jest.fn(async () => ({ data: { user: { id: 'anon-1' } } })),
    signInWithCustomTicket: jest.fn(async (getTicket: () => Promise<string>) => ({ ticket: await getTicket() })),
    signOut: jest.fn(async () => undefined),
  }
  const app = { auth: jest.fn(() => auth), callFunction: jest.fn(), uploadFile: jest.fn() }
  return { __esModule: true, default: { init: jest.fn(() => app) }, app, auth }
})

type Sdk = {
  default: { init: jest.Mock }
  app: { auth: jest.Mock; callFunction: jest.Mock; uploadFile: jest.Mock }
  auth: Record<'getLoginState' | 'signInAnonymously' | 'signInWithCustomTicket' | 'signOut', jest.Mock>
}

let sdk: Sdk
let api: typeof import('../../src/services/api')
let taro: { cloud: { callFunction: jest.Mock } }

beforeEach(async () => {
  jest.resetModules() // a fresh transports.ts (its cached transport) and a fresh SDK mock per test
  process.env.TARO_ENV = 'h5'
  process.env.TARO_APP_CLOUD_ENV = 'union-prod-1a2b'
  sdk = (await import('@cloudbase/js-sdk')) as unknown as Sdk
  api = await import('../../src/services/api')
  taro = (await import('@tarojs/taro')).default as unknown as typeof taro
  global.fetch = jest.fn(() => Promise.reject(new Error('no HTTP expected'))) as unknown as typeof fetch
})
afterAll(() => {
  delete process.env.TARO_APP_CLOUD_ENV
})

const bytesOf = (blob: Blob) => new Promise<ArrayBuffer>((resolve) => {
  const reader = new FileReader()
  reader.onload = () => resolve(reader.result as ArrayBuffer)
  reader.readAsArrayBuffer(blob)
})
const envelope = (data: unknown) => ({ result: { ok: true, data }, requestId: 'r1' })

test('When the first call is made, then the SDK is set up for the environment, signs in anonymously and calls the function', async () => {
  sdk.app.callFunction.mockResolvedValue(envelope({ code: 'c', pollToken: 'p', expiresAt: 'e' }))

  const reply = await api.call('account', 'desktopStart', { device: 'Chrome · Windows', action: 'me' })

  expect(reply).toEqual({ ok: true, data: { code: 'c', pollToken: 'p', expiresAt: 'e' } })
  expect(sdk.default.init).toHaveBeenCalledWith({ env: 'union-prod-1a2b' })
  expect(sdk.app.auth).toHaveBeenCalledWith({ persistence: 'local' })
  expect(sdk.auth.signInAnonymously).toHaveBeenCalledTimes(1)
  expect(sdk.app.callFunction).toHaveBeenCalledWith({ name: 'account', data: { device: 'Chrome · Windows', action: 'desktopStart' } })
  expect(global.fetch).not.toHaveBeenCalled()
  expect(taro.cloud.callFunction).not.toHaveBeenCalled()
})

test('When the browser already holds a login state, then no anonymous sign-in is made; the SDK is set up once', async () => {
  sdk.auth.getLoginState.mockResolvedValue({ user: { uid: 'u' } })
  sdk.app.callFunction.mockResolvedValue(envelope({}))
  await api.call('account', 'me')
  await api.call('account', 'me')
  expect(sdk.auth.signInAnonymously).not.toHaveBeenCalled()
  expect(sdk.default.init).toHaveBeenCalledTimes(1)
})

test('When the SDK call fails or answers something else than an envelope, then NETWORK / INTERNAL envelopes come back', async () => {
  sdk.app.callFunction.mockRejectedValueOnce(new Error('request:fail'))
  expect(await api.call('account', 'me')).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  sdk.app.callFunction.mockResolvedValueOnce({ result: '<html>', requestId: 'r' })
  expect(await api.call('account', 'me')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  sdk.auth.signInAnonymously.mockResolvedValueOnce({ error: { message: '匿名登录未开启' } } as never)
  expect(await api.call('account', 'me')).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
})

test('When the desktop signs in with the ticket, then it is the SDK\'s custom-ticket sign-in with exactly that ticket', async () => {
  const { desktopApi } = await import('../../src/services/desktop-login')
  expect(await desktopApi.signIn('kid/@@/header.payload.sig')).toBe(true)
  const getTicket = sdk.auth.signInWithCustomTicket.mock.calls[0][0] as () => Promise<string>
  await expect(getTicket()).resolves.toBe('kid/@@/header.payload.sig')

  sdk.auth.signInWithCustomTicket.mockRejectedValueOnce(new Error('ticket expired'))
  expect(await desktopApi.signIn('old')).toBe(false)
  await desktopApi.signOut()
  expect(sdk.auth.signOut).toHaveBeenCalled()
})

test('When a photo is uploaded, then its bytes go to the slot path with uploadFile and only the file id goes in a call', async () => {
  sdk.app.callFunction.mockImplementation(async ({ data }: { data: { action: string } }) =>
    envelope(data.action === 'uploadSlot' ? { cloudPath: 'private/incoming/A1-00ff.jpg' } : { fileId: 'cloud://env/private/evidence/B2.jpg' }))
  sdk.app.uploadFile.mockResolvedValue({ fileID: 'cloud://env/private/incoming/A1-00ff.jpg', requestId: 'r' })
  const { grievanceApi } = await import('../../src/services/grievance')
  const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])

  const reply = await grievanceApi.upload({ contentType: 'image/jpeg', dataBase64: bytes.toString('base64') })

  expect(reply).toEqual({ ok: true, data: { fileId: 'cloud://env/private/evidence/B2.jpg' } })
  const params = sdk.app.uploadFile.mock.calls[0][0] as { cloudPath: string; filePath: Blob; fileContent: Blob }
  expect(params.cloudPath).toBe('private/incoming/A1-00ff.jpg')
  expect(params.filePath).toBe(params.fileContent)
  expect(params.filePath.type).toBe('image/jpeg')
  expect(Buffer.from(await bytesOf(params.filePath))).toEqual(bytes)
  const sent = sdk.app.callFunction.mock.calls.map(([o]) => o.data)
  expect(sent).toEqual([
    { contentType: 'image/jpeg', action: 'uploadSlot' },
    { contentType: 'image/jpeg', fileId: 'cloud://env/private/incoming/A1-00ff.jpg', action: 'finishUpload' },
  ])
})

test('When the storage upload fails, then NETWORK and nothing is finished', async () => {
  sdk.app.callFunction.mockResolvedValue(envelope({ cloudPath: 'private/incoming/A1-00ff.jpg' }))
  sdk.app.uploadFile.mockRejectedValue(new Error('cos: 403'))
  const { grievanceApi } = await import('../../src/services/grievance')
  expect(await grievanceApi.upload({ contentType: 'image/png', dataBase64: 'iVBORw0KGgo=' })).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  expect(sdk.app.callFunction).toHaveBeenCalledTimes(1)
})

test('When the build is weapp, then calls go through Taro.cloud and the SDK is never loaded, cloud env or not', async () => {
  process.env.TARO_ENV = 'weapp'
  taro.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: 1 } } as never)
  expect(await api.call('account', 'me')).toEqual({ ok: true, data: 1 })
  expect(sdk.default.init).not.toHaveBeenCalled()
  process.env.TARO_ENV = 'h5'
})

test('When the H5 build has no cloud environment (development), then calls go to the local host and the SDK is never loaded', async () => {
  delete process.env.TARO_APP_CLOUD_ENV
  jest.mocked(global.fetch).mockResolvedValue({ ok: true, status: 200, json: async () => ({ ok: true, data: 2 }) } as never)
  expect(await api.call('account', 'me')).toEqual({ ok: true, data: 2 })
  expect(sdk.default.init).not.toHaveBeenCalled()
})
