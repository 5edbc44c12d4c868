/**
 * An action's side records — its audit lines and inbox items — are written together when the action ends: one
 * request for all audit lines and one for all inbox items on CloudBase, instead of one per line (issue 10's
 * round-trip budget). Subscribe messages for the items are queued later by the notify timer (notify/queue.ts),
 * so writing an item costs no read of the recipient's subscriptions.
 *
 * Timers (system callers) write as they go: a long sweep must not hold its records back until it ends.
 * The records are written even when the action fails or throws after them (a refused guess is audited).
 */
import type { AuditEntry, InboxItem } from '../store/port'
import type { ActionContext, SideRecords } from './deps'

export type { SideRecords }

export const sideRecords = (): SideRecords => ({ audit: [], inbox: [] })

export async function recordAudit(ctx: ActionContext, entry: AuditEntry): Promise<void> {
  if (ctx.sideRecords) ctx.sideRecords.audit.push(entry)
  else await ctx.deps.store.audit.append(entry)
}

export async function recordInbox(ctx: ActionContext, item: InboxItem): Promise<void> {
  if (ctx.sideRecords) ctx.sideRecords.inbox.push(item)
  else await ctx.deps.store.inbox.add(item)
}

/** Writes what the action recorded (the two batches in parallel) and empties the buffer. */
export async function flushSideRecords(ctx: ActionContext): Promise<void> {
  const held = ctx.sideRecords
  if (!held || (held.audit.length === 0 && held.inbox.length === 0)) return
  ctx.sideRecords = sideRecords()
  const { store } = ctx.deps
  await Promise.all([
    held.audit.length > 0 ? store.audit.appendMany(held.audit) : undefined,
    held.inbox.length > 0 ? store.inbox.addMany(held.inbox) : undefined,
  ])
}
