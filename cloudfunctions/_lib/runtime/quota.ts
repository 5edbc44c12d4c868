/**
 * How often a person may do something, on the store's atomic counters (QuotaStore, docs/decisions/0011): a unit is
 * taken before the write it guards, in one step, so concurrent calls can never all pass a check made before any of
 * them wrote; it is given back when the write did not happen. Counters are keyed by a keyed hash of what is limited
 * and whose allowance it is, per Shanghai day or hour.
 */
import type { ActionContext } from './deps'
import { fail, type Failure } from './result'
import { shanghaiDay, toIso } from './time'

export type Per = 'day' | 'hour'

/** `name` keeps allowances apart; `refusal` is the Chinese RATE_LIMITED message. */
export type Allowance = { name: string; max: number; per: Per; refusal: string }

const HOUR_MS = 3600_000

/** The Shanghai day (`2026-03-10`) or hour (`2026-03-10T14`) an instant falls in, and when the next one starts. */
export function windowOf(per: Per, now: Date): { period: string; endsAt: Date } {
  if (per === 'day') {
    const day = shanghaiDay(now)
    return { period: day, endsAt: new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 24 * HOUR_MS) }
  }
  const period = toIso(now).slice(0, 13)
  return { period, endsAt: new Date(new Date(`${period}:00:00+08:00`).getTime() + HOUR_MS) }
}

/** Never the subject (an openid, an address) in clear. */
export const quotaKey = (ctx: ActionContext, name: string, subject: string) => ctx.deps.crypto.hash(`quota:${name}:${subject}`)

/**
 * Runs `write` on one unit of `subject`'s allowance, or answers RATE_LIMITED when none is left. The unit stays taken
 * only when `wrote(result)`: a write refused (or lost to a concurrent retry of the same request) or thrown gives it back.
 */
export async function withQuota<T>(
  ctx: ActionContext,
  allowance: Allowance,
  subject: string,
  write: () => Promise<T>,
  wrote: (result: T) => boolean,
): Promise<T | Failure> {
  const { quota } = ctx.deps.store
  const key = quotaKey(ctx, allowance.name, subject)
  const { period } = windowOf(allowance.per, ctx.now)
  if (!(await quota.take(key, period, allowance.max))) return fail('RATE_LIMITED', allowance.refusal)
  let kept = false
  try {
    const result = await write()
    kept = wrote(result)
    return result
  } finally {
    if (!kept) await quota.give(key, period)
  }
}

/** RATE_LIMITED when the allowance is used up, else null: a hint for a step that writes nothing itself. */
export async function usedUp(ctx: ActionContext, allowance: Allowance, subject: string): Promise<Failure | null> {
  const used = await ctx.deps.store.quota.count(quotaKey(ctx, allowance.name, subject), windowOf(allowance.per, ctx.now).period)
  return used >= allowance.max ? fail('RATE_LIMITED', allowance.refusal) : null
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A RATE_LIMITED answer to a request whose own copy (same requestId, sent twice at once) is being filed right now
 * would tell the worker the report failed when it did not: before refusing, look for that copy's result a few
 * times while its insert lands (~0.9 s at most — a CloudBase transaction retried under contention takes that long —
 * and only on this rare path). `first` reads by the request key.
 */
export async function unlessFiledMeanwhile<T>(refusal: Failure, first: () => Promise<T | null>): Promise<T | Failure> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const found = await first()
    if (found) return found
    await pause(25 * (attempt + 1))
  }
  return refusal
}
