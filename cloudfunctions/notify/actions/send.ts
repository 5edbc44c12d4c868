import * as z from 'zod/mini'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { toIso } from '../../_lib/runtime/time'
import { afterAttempt, LEASE_MS } from '../../_lib/notify/policy'
import type { SendResult } from '../../_lib/notify/sender'
import type { OutboxMessage } from '../../_lib/store/port'
import { queueSubscribeMessages } from './queue'

/** One run sends at most this many (each is one HTTP call), so it ends inside the timeout; the next minute continues. */
const MAX_PER_RUN = 200

type Counts = { sent: number; retried: number; dropped: number; failed: number; skipped: number }

/** Claims the message (attempts + 1, nextAt past the lease): false when another run claimed it first. */
async function claim(ctx: ActionContext, m: OutboxMessage): Promise<OutboxMessage | null> {
  const at = toIso(ctx.now)
  const claimed = { ...m, attempts: m.attempts + 1, nextAt: toIso(new Date(ctx.now.getTime() + LEASE_MS)), updatedAt: at, version: m.version + 1 }
  return (await ctx.deps.store.outbox.update(claimed)) ? claimed : null
}

/** 43101: WeChat holds no quota for this person and template, so ours is set to 0 (best effort: one try). */
async function zeroQuota(ctx: ActionContext, subscriptionId: string) {
  const s = await ctx.deps.store.subscriptions.get(subscriptionId)
  if (s && s.remaining > 0) await ctx.deps.store.subscriptions.put({ ...s, remaining: 0, updatedAt: toIso(ctx.now), version: s.version + 1 })
}

async function attempt(ctx: ActionContext, m: OutboxMessage, counts: Counts) {
  const claimed = await claim(ctx, m)
  if (!claimed) return void counts.skipped++
  const { crypto, subscribe, store } = ctx.deps
  const result = await subscribe
    .send({ touser: crypto.decrypt(m.openidEnc), templateId: m.templateId, page: m.page, data: m.data })
    // A throw (missing app secret, an undecryptable openid, a sender bug) is one failed attempt like any other:
    // it backs off and ends `failed` after MAX_ATTEMPTS instead of retrying every lease and stopping the run.
    .catch((err: unknown): SendResult => ({ errcode: null, errmsg: `exception: ${err instanceof Error ? err.message.slice(0, 80) : 'unknown'}` }))
  const step = afterAttempt(result, claimed.attempts)
  const nextAt = step.state === 'pending' ? toIso(new Date(ctx.now.getTime() + step.retryInMs)) : null
  const lastError = step.state === 'sent' ? null : step.error
  await store.outbox.update({ ...claimed, state: step.state, nextAt, lastError, updatedAt: toIso(ctx.now), version: claimed.version + 1 })
  if (step.state === 'dropped' && step.refused) await zeroQuota(ctx, m.subscriptionId)
  counts[step.state === 'pending' ? 'retried' : step.state]++
}

/** The notify timer (every minute): queues new inbox items' subscribe messages, then sends due outbox messages through the SubscribeSender. */
export const send = action({
  input: z.object({}),
  access: 'system',
  async handle(_input, ctx) {
    await queueSubscribeMessages(ctx)
    const counts: Counts = { sent: 0, retried: 0, dropped: 0, failed: 0, skipped: 0 }
    let after: string | undefined
    for (let seen = 0; seen < MAX_PER_RUN; ) {
      const page = await ctx.deps.store.outbox.listDue(toIso(ctx.now), after, 100)
      for (const m of page.items) {
        if (seen++ >= MAX_PER_RUN) break
        await attempt(ctx, m, counts)
      }
      if (!page.next) break
      after = page.next
    }
    return { at: toIso(ctx.now), ...counts }
  },
})
