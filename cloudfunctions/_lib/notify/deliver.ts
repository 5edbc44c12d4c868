/**
 * Queues a subscribe message for an inbox item the moment it is written: if its recipient has quota left for the
 * item's kind, one unit is spent (conditional on the version) and an outbox message added. The inbox stays the
 * reliable channel; this is best effort and never fails the action that wrote the item.
 *
 * Cost on the request path: ONE indexed read (subscriptions by recipient key) when the recipient has no
 * subscription; per subscription with quota, one conditional write and one insert.
 *
 * The quota is spent before the message is added: if the function dies between the two, one unit is lost
 * rather than a message sent twice.
 */
import { can } from '../runtime/authz'
import type { ActionContext } from '../runtime/deps'
import { toIso } from '../runtime/time'
import type { InboxItem, OutboxMessage, Subscription } from '../store/port'
import { kindOf, pageOf, templateData } from './message'

/** Lost races on one subscription before giving up (another request is spending the same quota). */
const MAX_TRIES = 3

export async function deliver(ctx: ActionContext, item: InboxItem): Promise<void> {
  const kind = kindOf(item)
  if (!kind) return
  try {
    const subscriptions = await ctx.deps.store.subscriptions.listByRecipient(item.recipientKey)
    for (const s of subscriptions)
      if (s.kind === kind && s.remaining > 0 && (kind !== 'officer' || (await stillServes(ctx, s, item.recipientKey)))) await spend(ctx, s, item)
  } catch (err) {
    ctx.deps.log.error('subscribe message not queued', { type: item.type, inboxId: item.id, error: err instanceof Error ? err.message : String(err) })
  }
}

/** An officer's subscription to an org's news lapses when they leave the org or lose the officer role. */
async function stillServes(ctx: ActionContext, s: Subscription, recipientKey: string): Promise<boolean> {
  const officer = await ctx.deps.store.officers.get(ctx.deps.crypto.decrypt(s.openidEnc))
  return officer !== null && can(officer.role, 'officer') && recipientKey === `org:${officer.orgId}`
}

async function spend(ctx: ActionContext, first: Subscription, item: InboxItem): Promise<void> {
  const { store } = ctx.deps
  let s: Subscription | null = first
  for (let tries = 0; s && s.remaining > 0 && tries < MAX_TRIES; tries++) {
    const spent: Subscription = { ...s, remaining: s.remaining - 1, updatedAt: toIso(ctx.now), version: s.version + 1 }
    if (await store.subscriptions.put(spent)) return store.outbox.add(outboxMessage(ctx, spent, item))
    s = await store.subscriptions.get(first.id)
  }
}

function outboxMessage(ctx: ActionContext, s: Subscription, item: InboxItem): OutboxMessage {
  const at = toIso(ctx.now)
  return {
    id: ctx.deps.ids(),
    subscriptionId: s.id,
    openidEnc: s.openidEnc,
    templateId: s.templateId,
    page: pageOf(item),
    data: templateData(s.kind, item),
    state: 'pending',
    attempts: 0,
    nextAt: at,
    createdAt: at,
    updatedAt: at,
    lastError: null,
    version: 1,
  }
}
