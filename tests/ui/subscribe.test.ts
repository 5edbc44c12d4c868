/**
 * askForNews on weapp: asks WeChat for the kinds' templates at the tap, records only the accepted ones, and never
 * fails the caller (refusals and errors are swallowed). H5 and builds without templates ask nothing.
 */
import Taro from '@tarojs/taro'
import { askForNews, subscribeTemplates } from '../../src/services/subscribe'

const TEMPLATES = { grievance: 'TPL_progress_1', officer: 'TPL_officer_2' }
const taro = Taro as unknown as { requestSubscribeMessage?: jest.Mock; cloud: { callFunction: jest.Mock } }

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  taro.requestSubscribeMessage = jest.fn()
  taro.cloud.callFunction.mockReset()
  taro.cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { items: [] } } })
})
afterEach(() => {
  process.env.TARO_ENV = 'h5'
  delete taro.requestSubscribeMessage
})

test('When the user accepts one of two templates, then only that one is sent to notify.subscribe', async () => {
  taro.requestSubscribeMessage!.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', TPL_progress_1: 'accept', TPL_officer_2: 'reject' })
  await askForNews(['grievance', 'officer', 'membership'], TEMPLATES)
  expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['TPL_progress_1', 'TPL_officer_2'] })
  expect(taro.cloud.callFunction).toHaveBeenCalledWith({
    name: 'notify', data: { accepted: [{ kind: 'grievance', templateId: 'TPL_progress_1' }], action: 'subscribe' },
  })
})

test('When the dialog fails or everything is refused, then nothing is recorded and nothing throws', async () => {
  taro.requestSubscribeMessage!.mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' })
  await expect(askForNews(['grievance'], TEMPLATES)).resolves.toBeUndefined()
  taro.requestSubscribeMessage!.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', TPL_progress_1: 'reject' })
  await askForNews(['grievance'], TEMPLATES)
  taro.requestSubscribeMessage!.mockImplementation(() => {
    throw new Error('not supported')
  })
  await expect(askForNews(['grievance'], TEMPLATES)).resolves.toBeUndefined()
  expect(taro.cloud.callFunction).not.toHaveBeenCalled()
})

test('When on H5 or without templates for the kinds, then WeChat is not asked', async () => {
  await askForNews(['membership'], TEMPLATES)
  process.env.TARO_ENV = 'h5'
  await askForNews(['grievance'], TEMPLATES)
  expect(taro.requestSubscribeMessage).not.toHaveBeenCalled()
})

test('When the build config is read, then a JSON map gives the templates and anything else gives none', () => {
  expect(subscribeTemplates('{"grievance":"TPL_a","officer":""}')).toEqual({ grievance: 'TPL_a' })
  expect(subscribeTemplates(undefined)).toEqual({})
  expect(subscribeTemplates('not json')).toEqual({})
  expect(subscribeTemplates('"x"')).toEqual({})
})
