import { uploadInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { checkPhoto, storeEvidence } from '../lib/evidence-upload'

/** 上传证据照片 (bytes in the call: H5 and the local host): checked (size, real type), stripped of metadata, stored privately under the uploader's key. */
export const upload = action({
  input: uploadInput,
  async handle({ contentType, dataBase64 }, ctx) {
    const photo = checkPhoto(ctx, Buffer.from(dataBase64, 'base64'), contentType)
    if ('problem' in photo) return fail('VALIDATION', photo.problem, { dataBase64: photo.problem })
    return storeEvidence(ctx, photo) // takes a unit of the daily cap first (RATE_LIMITED when none is left)
  },
})
