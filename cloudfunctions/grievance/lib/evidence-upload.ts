/**
 * What every evidence upload goes through, whether the bytes came in the call (`upload`) or were put in
 * cloud storage by the mini-program first (`uploadSlot` + `finishUpload`): the real type and size check,
 * metadata removal, the daily cap, and the store-and-audit under an `evidence/` key.
 */
import { DAILY_UPLOAD_LIMIT, EVIDENCE_TOO_LARGE, MAX_EVIDENCE_BYTES, type EvidenceType } from '../../../types/grievance'
import { stripImageMetadata } from '../../_lib/domain/image-metadata'
import { sniffImageType } from '../../_lib/domain/image-type'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { usedUp, withQuota, type Allowance } from '../../_lib/runtime/quota'
import type { Failure } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'
import { evidenceKey, evidenceOwner } from './evidence'

const TYPE_NAMES: Record<EvidenceType, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' }
const DAMAGED = '照片文件已损坏或不完整，请重新拍摄或换一张照片'

declare const checked: unique symbol
/** Bytes of the declared type with their metadata removed: the only thing `storeEvidence` stores. */
export type CheckedPhoto = { readonly bytes: Uint8Array; readonly contentType: EvidenceType; readonly [checked]: true }

/**
 * The photo as it may be stored, or why these bytes are not a photo of the declared type. GPS coordinates,
 * the device model and thumbnails are removed here whatever the phone did (it stores the original when its
 * compression fails): a worker who reports their employer must not be locatable from a photo an officer sees.
 */
export function checkPhoto(ctx: ActionContext, bytes: Uint8Array, declared: EvidenceType): CheckedPhoto | { problem: string } {
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { problem: EVIDENCE_TOO_LARGE }
  const actual = sniffImageType(bytes)
  if (!actual) return { problem: '这个文件不是照片（只能上传 JPEG、PNG 或 WebP 图片），请重新选择' }
  if (actual !== declared) return { problem: `照片实际是 ${TYPE_NAMES[actual]} 格式，与声明的 ${TYPE_NAMES[declared]} 不符，请重新选择` }
  const stripped = stripImageMetadata(bytes, actual)
  if (stripped.ok) return { bytes: stripped.bytes, contentType: declared } as CheckedPhoto
  // Logged so that a phone whose files are wrongly refused shows up (the reason is structural, no content).
  ctx.deps.log.info('photo refused as damaged', { requestId: ctx.requestId, contentType: declared, reason: stripped.reason })
  return { problem: DAMAGED }
}

/** Each upload is audited under (`evidence-uploads`, `<owner>/<day>`). */
const UPLOAD_RECORD = 'evidence-uploads'
const uploadRecord = (ctx: ActionContext) => `${evidenceOwner(ctx)}/${shanghaiDay(ctx.now)}`

/** DAILY_UPLOAD_LIMIT stored photos per person and Shanghai day, on the atomic quota (runtime/quota.ts). */
const UPLOADS: Allowance = { name: 'uploads', max: DAILY_UPLOAD_LIMIT, per: 'day', refusal: `每天最多上传 ${DAILY_UPLOAD_LIMIT} 张照片，请明天再试` }

/** RATE_LIMITED once this person has stored DAILY_UPLOAD_LIMIT photos today, else null: the early answer, before any bytes move. */
export async function overDailyCap(ctx: ActionContext): Promise<Failure | null> {
  return usedUp(ctx, UPLOADS, evidenceOwner(ctx))
}

/**
 * Stores a checked photo privately under the caller's own evidence key and records the upload, on one unit of the
 * daily cap taken before the file is written (concurrent uploads cannot pass it together): RATE_LIMITED when none is left.
 */
export async function storeEvidence(ctx: ActionContext, { bytes, contentType }: CheckedPhoto): Promise<{ fileId: string } | Failure> {
  return withQuota(ctx, UPLOADS, evidenceOwner(ctx), async () => {
    const stored = await ctx.deps.files.put({ key: evidenceKey(ctx, contentType), bytes, contentType })
    await audit(ctx, 'grievance.upload', UPLOAD_RECORD, uploadRecord(ctx), { fileId: stored.fileId, size: stored.size, contentType })
    return { fileId: stored.fileId }
  }, () => true)
}
