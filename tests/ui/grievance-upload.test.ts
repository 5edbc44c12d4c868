/**
 * src/services/grievance.ts `grievanceApi.upload` at the platform boundary: on weapp a photo goes to cloud
 * storage itself (a function call carries at most 100 KB of text on CloudBase), elsewhere in the call.
 * Functions answer through the mapped `Taro.cloud.callFunction`; `Taro.cloud.uploadFile` records the upload.
 */
import Taro from '@tarojs/taro'
import { grievanceApi } from '../../src/services/grievance'

const callFunction = jest.mocked(Taro.cloud.callFunction)
const uploadFile = jest.mocked(Taro.cloud.uploadFile)
const photo = { contentType: 'image/jpeg' as const, dataBase64: '/9j/AAAA', path: 'wxfile://tmp/shrunk.jpg' }
const actions = () => callFunction.mock.calls.map(([arg]) => (arg as unknown as { data: { action: string } }).data.action)

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  callFunction.mockReset()
  uploadFile.mockReset()
})
afterAll(() => {
  process.env.TARO_ENV = 'h5'
})

test('When a weapp photo is uploaded, then its file goes to the slot path and finishUpload gets the file id; no bytes go in a call', async () => {
  callFunction.mockImplementation((async ({ data }: { data: { action: string } }) =>
    data.action === 'uploadSlot'
      ? { result: { ok: true, data: { cloudPath: 'private/incoming/A1-00ff.jpg' } } }
      : { result: { ok: true, data: { fileId: 'cloud://env.b/private/evidence/B2-11ee.jpg' } } }) as never)
  uploadFile.mockResolvedValue({ fileID: 'cloud://env.b/private/incoming/A1-00ff.jpg' } as never)

  const reply = await grievanceApi.upload(photo)

  expect(reply).toEqual({ ok: true, data: { fileId: 'cloud://env.b/private/evidence/B2-11ee.jpg' } })
  expect(uploadFile).toHaveBeenCalledWith({ cloudPath: 'private/incoming/A1-00ff.jpg', filePath: 'wxfile://tmp/shrunk.jpg' })
  expect(actions()).toEqual(['uploadSlot', 'finishUpload'])
  const finish = callFunction.mock.calls[1][0] as { data: Record<string, unknown> }
  expect(finish.data).toEqual({ action: 'finishUpload', contentType: 'image/jpeg', fileId: 'cloud://env.b/private/incoming/A1-00ff.jpg' })
  expect(JSON.stringify(callFunction.mock.calls)).not.toContain('/9j/AAAA')
})

test('When the storage upload fails, then the reply is the network error and nothing is finished', async () => {
  callFunction.mockResolvedValue({ result: { ok: true, data: { cloudPath: 'private/incoming/A1-00ff.jpg' } } } as never)
  uploadFile.mockRejectedValue(new Error('cloud.uploadFile:fail'))

  const reply = await grievanceApi.upload(photo)

  expect(reply).toMatchObject({ ok: false, error: { code: 'NETWORK' } })
  expect(actions()).toEqual(['uploadSlot'])
})

test('When the slot is refused (the daily cap), then that answer comes back and nothing is uploaded', async () => {
  callFunction.mockResolvedValue({ result: { ok: false, error: { code: 'RATE_LIMITED', message: '每天最多上传 50 张照片，请明天再试' } } } as never)

  const reply = await grievanceApi.upload(photo)

  expect(reply).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  expect(uploadFile).not.toHaveBeenCalled()
})

test('When the slot has no path (a local host), then the bytes go in the upload call', async () => {
  callFunction.mockImplementation((async ({ data }: { data: { action: string } }) =>
    data.action === 'uploadSlot' ? { result: { ok: true, data: { cloudPath: null } } } : { result: { ok: true, data: { fileId: 'evidence/C3.jpg' } } }) as never)

  expect(await grievanceApi.upload(photo)).toEqual({ ok: true, data: { fileId: 'evidence/C3.jpg' } })
  expect(actions()).toEqual(['uploadSlot', 'upload'])
  expect(uploadFile).not.toHaveBeenCalled()
})
