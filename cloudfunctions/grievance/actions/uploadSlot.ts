import { action } from '../../_lib/runtime/function'
import { DAILY_UPLOAD_LIMIT, uploadSlotInput } from '../../../types/grievance'
import { withQuota, type Allowance } from '../../_lib/runtime/quota'
import { evidenceOwner } from '../lib/evidence'
import { overDailyCap } from '../lib/evidence-upload'
import { issueSlot } from '../lib/upload-slots'

/**
 * Slots are bounded on their own allowance (twice the stored-photo cap, for retries): the storage rule cannot
 * limit size or count (decision 0006), so this bounds what one account can park under private/incoming/ for
 * the day before the sweep removes it. Stored photos still count against the upload cap at finishUpload.
 */
const SLOTS: Allowance = { name: 'upload-slots', max: 2 * DAILY_UPLOAD_LIMIT, per: 'day', refusal: `每天最多上传 ${DAILY_UPLOAD_LIMIT} 张照片，请明天再试` }

/**
 * Where the mini-program puts a photo's bytes itself (`wx.cloud.uploadFile`): a function call carries at
 * most 100 KB of text, a shrunk phone photo is 200–600 KB. `cloudPath` is null where the storage takes bytes
 * only in the call (the local host): the client then uses `upload`. The slot is recorded (lib/upload-slots.ts):
 * one never finished is removed by the hourly sweep a day later.
 */
export const uploadSlot = action({
  input: uploadSlotInput,
  async handle({ contentType }, ctx) {
    const capped = await overDailyCap(ctx)
    if (capped) return capped
    return withQuota(ctx, SLOTS, evidenceOwner(ctx), () => issueSlot(ctx, contentType), (slot) => slot.cloudPath !== null)
  },
})
