import { uploadSlotInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { incomingKey } from '../lib/evidence'
import { overDailyCap } from '../lib/evidence-upload'

/**
 * Where the mini-program puts a photo's bytes itself (`wx.cloud.uploadFile`): a function call carries at
 * most 100 KB of text, a shrunk phone photo is 200–600 KB. `cloudPath` is null where the storage takes bytes
 * only in the call (the local host): the client then uses `upload`. Nothing is written here.
 */
export const uploadSlot = action({
  input: uploadSlotInput,
  async handle({ contentType }, ctx) {
    const capped = await overDailyCap(ctx)
    if (capped) return capped
    return { cloudPath: ctx.deps.files.directUploadPath(incomingKey(ctx, contentType)) }
  },
})
