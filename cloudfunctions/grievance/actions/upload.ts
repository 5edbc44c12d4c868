import { uploadInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { overDailyCap, problemWith, storeEvidence } from '../lib/evidence-upload'

/** 上传证据照片 (bytes in the call: H5 and the local host): checked (size, real type), stored privately under the uploader's key. */
export const upload = action({
  input: uploadInput,
  async handle({ contentType, dataBase64 }, ctx) {
    const bytes = Buffer.from(dataBase64, 'base64')
    const problem = problemWith(bytes, contentType)
    if (problem) return fail('VALIDATION', problem, { dataBase64: problem })
    return (await overDailyCap(ctx)) ?? storeEvidence(ctx, bytes, contentType)
  },
})
