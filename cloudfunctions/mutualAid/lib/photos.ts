/**
 * A claim's photos must be the member's own uploads (`upload` / `finishUpload`, the grievance evidence path). The
 * keyed tag in an `evidence/` key proves that without a storage read: only the function writes such keys, after
 * checking the bytes, so a claim spends no round trip per photo (a photo removed since is shown as missing and
 * the reviewing union returns the claim for it).
 */
import { REQUIRED_SLOTS, MUTUAL_AID_ERRORS, DOCUMENT_SLOT_LABELS, type BenefitKind, type DocumentSlot } from '../../../types/mutual-aid-labels'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { isOwnKey } from '../../grievance/lib/evidence'

const NOT_YOURS = '这张照片不是您上传的，请重新上传'
const REPEATED = '同一张照片添加了两次，请删除重复的照片'

export function ownPhotos(ctx: ActionContext, attachments: readonly { fileId: string }[]): Failure | null {
  const ids = attachments.map((a) => a.fileId)
  const bad = ids.flatMap((id, i) => {
    const reason = ids.indexOf(id) !== i ? REPEATED : isOwnKey(ctx, ctx.deps.files.keyOf(id)) ? null : NOT_YOURS
    return reason ? [[`attachments.${i}`, reason] as const] : []
  })
  if (bad.length === 0) return null
  return fail('VALIDATION', `第 ${Number(bad[0][0].split('.')[1]) + 1} 张照片：${bad[0][1]}`, Object.fromEntries(bad))
}

export function missingSlots(benefit: BenefitKind, attachments: readonly { slot: DocumentSlot }[]): DocumentSlot[] {
  return REQUIRED_SLOTS[benefit].filter((slot) => !attachments.some((a) => a.slot === slot))
}

export function documentsMissing(missing: DocumentSlot[]): Failure {
  const names = missing.map((s) => DOCUMENT_SLOT_LABELS[s]).join('、')
  return fail('MUTUAL_AID.DOCUMENTS_MISSING', `${MUTUAL_AID_ERRORS['MUTUAL_AID.DOCUMENTS_MISSING']}：还缺${names}`, { attachments: `请上传${names}` })
}
