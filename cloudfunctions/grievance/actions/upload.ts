import { DAILY_UPLOAD_LIMIT, EVIDENCE_TOO_LARGE, MAX_EVIDENCE_BYTES, uploadInput, type EvidenceType } from '../../../types/grievance'
import { sniffImageType } from '../../_lib/domain/image-type'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'
import { evidenceKey, evidenceOwner } from '../lib/evidence'

const TYPE_NAMES: Record<EvidenceType, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' }

/** Why these bytes are not a photo of the declared type, or null when they are. */
function problemWith(bytes: Buffer, declared: EvidenceType): string | null {
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return EVIDENCE_TOO_LARGE
  const actual = sniffImageType(bytes)
  if (!actual) return '这个文件不是照片（只能上传 JPEG、PNG 或 WebP 图片），请重新选择'
  if (actual !== declared) return `照片实际是 ${TYPE_NAMES[actual]} 格式，与声明的 ${TYPE_NAMES[declared]} 不符，请重新选择`
  return null
}

/**
 * The daily cap counts this person's upload audit entries of the day (record `evidence-uploads`,
 * `<owner>/<day>`): the audit trail every upload writes anyway, read by its existing index, so no store
 * method was added. Two racing uploads may both pass at 49: the cap is a brake on abuse, not an invariant.
 */
const UPLOAD_RECORD = 'evidence-uploads'

/** 上传证据照片: the bytes are checked (size, real type), stored privately under the uploader's key. */
export const upload = action({
  input: uploadInput,
  async handle({ contentType, dataBase64 }, ctx) {
    const bytes = Buffer.from(dataBase64, 'base64')
    const problem = problemWith(bytes, contentType)
    if (problem) return fail('VALIDATION', problem, { dataBase64: problem })

    const record = `${evidenceOwner(ctx)}/${shanghaiDay(ctx.now)}`
    const today = await ctx.deps.store.audit.listByRecord(UPLOAD_RECORD, record, undefined, DAILY_UPLOAD_LIMIT)
    if (today.items.length >= DAILY_UPLOAD_LIMIT) return fail('RATE_LIMITED', `每天最多上传 ${DAILY_UPLOAD_LIMIT} 张照片，请明天再试`)

    const stored = await ctx.deps.files.put({ key: evidenceKey(ctx, contentType), bytes, contentType })
    await audit(ctx, 'grievance.upload', UPLOAD_RECORD, record, { fileId: stored.fileId, size: stored.size, contentType })
    return { fileId: stored.fileId }
  },
})
