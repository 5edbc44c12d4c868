import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES, finishUploadInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { ownIncoming } from '../lib/evidence'
import { checkPhoto, storeEvidence } from '../lib/evidence-upload'
import { removeIncoming } from '../lib/upload-slots'

const NOT_YOURS = '这张照片不是您上传的，请重新上传'
const MISSING = '照片没有上传成功，请重试'

/**
 * After `uploadSlot` + the client's own upload: the bytes are read back (never more than the limit), checked
 * and stripped of metadata as `upload` does, and stored under an `evidence/` key; the client's file is removed
 * either way (a failed removal is logged, not answered), so what a client wrote is never itself an attachment.
 */
export const finishUpload = action({
  input: finishUploadInput,
  async handle({ contentType, fileId }, ctx) {
    const { files } = ctx.deps
    const own = ownIncoming(ctx, files.keyOf(fileId))
    if (own === null) return fail('VALIDATION', NOT_YOURS, { fileId: NOT_YOURS })
    if (own.ext !== EVIDENCE_EXTENSIONS[contentType]) return fail('VALIDATION', '照片格式与上传时声明的不符，请重新选择', { contentType: '照片格式与上传时声明的不符' })
    const bytes = await files.readUpTo(fileId, MAX_EVIDENCE_BYTES)
    if (bytes === null) return fail('VALIDATION', MISSING, { fileId: MISSING })
    try {
      const photo = checkPhoto(ctx, bytes, contentType)
      if ('problem' in photo) return fail('VALIDATION', photo.problem, { fileId: photo.problem })
      return await storeEvidence(ctx, photo) // takes a unit of the daily cap first (RATE_LIMITED when none is left)
    } finally {
      // A client file left behind is harmless (never an attachment): its removal must not fail the answer, and
      // its slot is closed only once the file is gone (else the hourly sweep removes it a day later).
      await removeIncoming(ctx, fileId, own.id)
    }
  },
})
