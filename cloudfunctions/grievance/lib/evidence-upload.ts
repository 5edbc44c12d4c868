/**
 * What every evidence upload goes through, whether the bytes came in the call (`upload`) or were put in
 * cloud storage by the mini-program first (`uploadSlot` + `finishUpload`): the real type and size check,
 * the daily cap, and the store-and-audit under an `evidence/` key.
 */
import { DAILY_UPLOAD_LIMIT, EVIDENCE_TOO_LARGE, MAX_EVIDENCE_BYTES, type EvidenceType } from '../../../types/grievance'
import { sniffImageType } from '../../_lib/domain/image-type'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'
import { evidenceKey, evidenceOwner } from './evidence'

const TYPE_NAMES: Record<EvidenceType, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' }

/** Why these bytes are not a photo of the declared type, or null when they are. */
export function problemWith(bytes: Uint8Array, declared: EvidenceType): string | null {
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return EVIDENCE_TOO_LARGE
  const actual = sniffImageType(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
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
const uploadRecord = (ctx: ActionContext) => `${evidenceOwner(ctx)}/${shanghaiDay(ctx.now)}`

/** RATE_LIMITED once this person has uploaded DAILY_UPLOAD_LIMIT photos today, else null. */
export async function overDailyCap(ctx: ActionContext): Promise<Failure | null> {
  const today = await ctx.deps.store.audit.listByRecord(UPLOAD_RECORD, uploadRecord(ctx), undefined, DAILY_UPLOAD_LIMIT)
  return today.items.length >= DAILY_UPLOAD_LIMIT ? fail('RATE_LIMITED', `每天最多上传 ${DAILY_UPLOAD_LIMIT} 张照片，请明天再试`) : null
}

/** Stores checked bytes privately under the caller's own evidence key and records the upload. */
export async function storeEvidence(ctx: ActionContext, bytes: Uint8Array, contentType: EvidenceType): Promise<{ fileId: string }> {
  const stored = await ctx.deps.files.put({ key: evidenceKey(ctx, contentType), bytes, contentType })
  await audit(ctx, 'grievance.upload', UPLOAD_RECORD, uploadRecord(ctx), { fileId: stored.fileId, size: stored.size, contentType })
  return { fileId: stored.fileId }
}
