import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES, finishUploadInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { ownIncomingExtension } from '../lib/evidence'
import { overDailyCap, problemWith, storeEvidence } from '../lib/evidence-upload'

const NOT_YOURS = '这张照片不是您上传的，请重新上传'
const MISSING = '照片没有上传成功，请重试'

/**
 * After `uploadSlot` + the client's own upload: the bytes are read back (never more than the limit), checked
 * as `upload` checks them, and stored under an `evidence/` key; the client's file is removed either way (a failed
 * removal is logged, not answered), so what a client wrote is never itself an attachment.
 */
export const finishUpload = action({
  input: finishUploadInput,
  async handle({ contentType, fileId }, ctx) {
    const { files } = ctx.deps
    const ext = ownIncomingExtension(ctx, files.keyOf(fileId))
    if (ext === null) return fail('VALIDATION', NOT_YOURS, { fileId: NOT_YOURS })
    if (ext !== EVIDENCE_EXTENSIONS[contentType]) return fail('VALIDATION', '照片格式与上传时声明的不符，请重新选择', { contentType: '照片格式与上传时声明的不符' })
    const bytes = await files.readUpTo(fileId, MAX_EVIDENCE_BYTES)
    if (bytes === null) return fail('VALIDATION', MISSING, { fileId: MISSING })
    try {
      const problem = problemWith(bytes, contentType)
      if (problem) return fail('VALIDATION', problem, { fileId: problem })
      return (await overDailyCap(ctx)) ?? (await storeEvidence(ctx, bytes, contentType))
    } finally {
      // A client file left behind is harmless (never an attachment): its removal must not fail the answer.
      await files.remove(fileId).catch((err: unknown) =>
        ctx.deps.log.error('incoming photo not removed', { requestId: ctx.requestId, error: err instanceof Error ? err.message : String(err) }))
    }
  },
})
