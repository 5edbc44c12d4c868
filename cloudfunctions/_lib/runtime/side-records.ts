/**
 * An action's side records — its audit lines, inbox items and the check-ins it schedules — are written together
 * when the action ends: one request on CloudBase (store.sideRecords, decision 0020) instead of one per line (issue
 * 10's round-trip budget). Subscribe messages for the items are queued later by the notify timer
 * (notify/queue.ts), so writing an item costs no read of the recipient's subscriptions.
 *
 * Timers (system callers) write as they go: a long sweep must not hold its records back until it ends.
 * The records are written even when the action fails or throws after them (a refused guess is audited).
 */
import type { AuditEntry, InboxItem, ScheduledCheckin } from '../store/port'
import type { ActionContext, SideRecords } from './deps'

export type { SideRecords }

export const sideRecords = (): SideRecords => ({ audit: [], inbox: [], checkins: [] })

export async function recordAudit(ctx: ActionContext, entry: AuditEntry): Promise<void> {
  if (ctx.sideRecords) ctx.sideRecords.audit.push(entry)
  else await ctx.deps.store.audit.append(entry)
}

export async function recordInbox(ctx: ActionContext, item: InboxItem): Promise<void> {
  if (ctx.sideRecords) ctx.sideRecords.inbox.push(item)
  else await ctx.deps.store.inbox.add(item)
}

/** A check-in to send later; scheduling an id that exists keeps the stored one. */
export async function recordCheckin(ctx: ActionContext, checkin: ScheduledCheckin): Promise<void> {
  if (ctx.sideRecords) ctx.sideRecords.checkins.push(checkin)
  else await ctx.deps.store.checkins.schedule(checkin)
}

/** Writes what the action recorded, in one store call, and empties the buffer. */
export async function flushSideRecords(ctx: ActionContext): Promise<void> {
  const held = ctx.sideRecords
  if (!held || (held.audit.length === 0 && held.inbox.length === 0 && held.checkins.length === 0)) return
  ctx.sideRecords = sideRecords()
  await ctx.deps.store.sideRecords.write(held)
}
