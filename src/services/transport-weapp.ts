/** The mini-program's transport: Taro.cloud (CloudBase injects the caller's openid). Desktop sign-in is not for here. */
import Taro from '@tarojs/taro'
import { NETWORK_ERROR, asEnvelope, type Transport } from './transport'

export const weappTransport: Transport = {
  async call(fn, action, input) {
    try {
      const res = await Taro.cloud.callFunction({ name: fn, data: { ...input, action } })
      return asEnvelope(res.result)
    } catch {
      return { ok: false, error: NETWORK_ERROR }
    }
  },
  // The shrunk file on the device goes up as it is.
  uploads: (photo) => Boolean(photo.path),
  async uploadFile(cloudPath, photo) {
    return (await Taro.cloud.uploadFile({ cloudPath, filePath: photo.path as string })).fileID
  },
  signIn: async () => false,
  signOut: async () => {},
}
