/**
 * The record of every place a mini-program is given to upload a photo itself (`uploadSlot`), closed by
 * `finishUpload` once the client's file is gone. A slot left open for a day is removed, file and record, by the
 * hourly sweep (cloudfunctions/escalate/uploads.ts), which so never needs to list the storage.
 */
import type { EvidenceType } from '../../../types/grievance'
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import { incomingKey } from './evidence'

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err))

/**
 * A new slot's cloud path, recorded before it is answered so that no path is handed out unrecorded; null (and
 * nothing recorded) where the storage takes bytes only in the call (the local host).
 */
export async function issueSlot(ctx: ActionContext, type: EvidenceType): Promise<{ cloudPath: string | null }> {
  const { id, key } = incomingKey(ctx, type)
  const cloudPath = ctx.deps.files.directUploadPath(key)
  if (cloudPath !== null) await ctx.deps.store.uploads.issue({ id, key, issuedAt: toIso(ctx.now) })
  return { cloudPath }
}

/**
 * Removes the client's file and closes its slot. Neither failure fails the answer (the evidence may be stored
 * already, and a leftover is never an attachment): they are logged, and a slot whose file could not be removed
 * stays open, so the sweep removes the file a day later.
 */
export async function removeIncoming(ctx: ActionContext, fileId: string, slotId: string): Promise<void> {
  try {
    await ctx.deps.files.remove(fileId)
  } catch (err) {
    ctx.deps.log.error('incoming photo not removed', { requestId: ctx.requestId, error: errorText(err) })
    return
  }
  await ctx.deps.store.uploads.finish(slotId, toIso(ctx.now)).catch((err: unknown) =>
    ctx.deps.log.error('upload slot not closed', { requestId: ctx.requestId, error: errorText(err) }))
}
