import * as z from 'zod/mini'
import { deliver } from '../../_lib/notify/deliver'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { idFloor, idTime } from '../../_lib/runtime/ids'

const MARK = 'notify.inbox'
/** Inbox items one run looks at; the next minute continues from the mark. */
const MAX_PER_RUN = 500
/** How far behind the clock the walk stays (deps.limits.pushLagMs): an action writes its items when it ends. */
export const PUSH_LAG_MS = 60_000
/** With no mark yet (a new deployment), the walk starts this far back instead of at the first item ever. */
const FIRST_RUN_LOOKBACK_MS = 60 * 60_000

/**
 * Queues the subscribe messages of new inbox items (_lib/notify/deliver: one read of the recipient's subscriptions,
 * and a spend + outbox message when they asked for one). Actions write inbox items without that read
 * (runtime/side-records.ts); this step of the per-minute notify timer walks the inbox by id from a mark instead.
 * Inbox ids are made when the action builds the item and written when it ends, so the walk stays `lag` behind the
 * clock. The mark moves first, conditionally on its version: two overlapping runs never queue one item twice; a run
 * that dies after moving it loses those items' subscribe messages, never the inbox items (the reliable channel).
 */
export async function queueSubscribeMessages(ctx: ActionContext): Promise<number> {
  const { store, limits } = ctx.deps
  const fresh = ctx.deps.ids() // sorts above every id made before it
  const newest = idTime(fresh)
  const lag = limits.pushLagMs ?? PUSH_LAG_MS
  const before = lag > 0 ? idFloor(newest - lag) : fresh
  const mark = await store.marks.get(MARK)
  const from = mark?.value ?? idFloor(newest - FIRST_RUN_LOOKBACK_MS)
  const items = await store.inbox.listBetween(from, before, MAX_PER_RUN)
  if (items.length === 0) return 0
  if (!(await store.marks.put({ name: MARK, value: items[items.length - 1].id, version: (mark?.version ?? 0) + 1 }))) return 0
  for (const item of items) await deliver(ctx, item)
  return items.length
}

/** The queue step alone (tests and operators); the timer runs it at the start of `send`. */
export const queue = action({
  input: z.object({}),
  access: 'system',
  async handle(_input, ctx) {
    return { looked: await queueSubscribeMessages(ctx) }
  },
})
