/**
 * Evidence uploads a mini-program never finished, in the hourly sweep: a slot (`grievance.uploadSlot`) still open
 * a day after it was issued has its file under `private/incoming/` removed, then its record. Found from the slot
 * records, never from a storage listing. Least urgent of the sweep's work, so it runs last on the shared budget.
 */
import type { ActionContext } from '../_lib/runtime/deps'
import { toIso } from '../_lib/runtime/time'
import type { Budget } from './budget'

/** How long a client has to finish an upload: a slot is taken right before the photo is sent. */
export const ABANDONED_AFTER_MS = 24 * 3600_000

export async function removeAbandonedUploads(ctx: ActionContext, budget: Budget) {
  const { store, files, log } = ctx.deps
  const before = toIso(new Date(ctx.now.getTime() - ABANDONED_AFTER_MS))
  const counts = { removed: 0, failed: 0 }
  let after: string | undefined
  for (;;) {
    const page = await store.uploads.listAbandoned(before, after, 100)
    for (const slot of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return counts
      }
      try {
        // The file first: a record is only forgotten once its file is gone (removing twice is harmless).
        await files.removeKey(slot.key)
      } catch (err) {
        counts.failed++ // the record stays: the next run tries again
        log.error('abandoned upload not removed', { requestId: ctx.requestId, slotId: slot.id, error: err instanceof Error ? err.message : String(err) })
        continue
      }
      // False when finishUpload closed it meanwhile: its file was the client's copy, removed either way.
      if (await store.uploads.forget(slot.id)) counts.removed++
    }
    if (!page.next) break
    after = page.next
  }
  return counts
}
