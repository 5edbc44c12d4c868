/**
 * Look-ups by a secret a caller types (a receipt code, an officer invite code) are guesses to an attacker: at most
 * GUESS_LIMITS failed ones per account and per network source in a Shanghai hour (docs/decisions/0011). A unit is
 * taken from each before the look-up (so concurrent guesses cannot all slip past a check) and given back when the
 * look-up succeeds: only failed guesses count. Each failed one is audited without the value that was tried.
 */
import { audit } from './audit'
import type { ActionContext } from './deps'
import { fail, isFailure, type Failure } from './result'
import { quotaKey, windowOf } from './quota'
import { toIso } from './time'

export const GUESS_LIMITS = { perAccount: 10, perSource: 50 } as const

export type Secret = 'receipt' | 'invite'

/** Audit actions of a failed guess. Record: (`guess`, `<secret>/<hour>`), so an hour's misses list together. */
export const GUESS_AUDIT: Record<Secret, string> = { receipt: 'grievance.receipt.miss', invite: 'officer.invite.miss' }

type Subject = { key: string; max: number }

/**
 * The account (if any) and the source (if the platform gave one). A caller with neither shares one `unknown` source
 * allowance with every other such caller: an unidentifiable caller is never unlimited.
 */
function subjectsOf(ctx: ActionContext, secret: Secret): Subject[] {
  const name = `guess:${secret}`
  const out: Subject[] = []
  if (ctx.caller.kind === 'user') out.push({ key: quotaKey(ctx, name, `account:${ctx.caller.openid}`), max: GUESS_LIMITS.perAccount })
  if (ctx.source || out.length === 0) out.push({ key: quotaKey(ctx, name, `source:${ctx.source ?? 'unknown'}`), max: GUESS_LIMITS.perSource })
  return out
}

/** Pseudonyms for the audit row: who kept guessing can be counted, not read. */
function guesser(ctx: ActionContext) {
  const account = ctx.caller.kind === 'user' ? ctx.deps.crypto.hash(`guesser:${ctx.caller.openid}`).slice(0, 16) : null
  return { account, source: ctx.source ? ctx.source.slice(0, 16) : null }
}

/** Runs `lookup` as one guess at `secret`; a Failure it returns is a failed guess. */
export async function guess<T>(ctx: ActionContext, secret: Secret, lookup: () => Promise<T | Failure>): Promise<T | Failure> {
  const { quota } = ctx.deps.store
  const { period, endsAt } = windowOf('hour', ctx.now)
  const taken: Subject[] = []
  const giveBack = () => Promise.all(taken.map((s) => quota.give(s.key, period)))
  for (const s of subjectsOf(ctx, secret)) {
    if (!(await quota.take(s.key, period, s.max))) {
      await giveBack()
      return fail('RATE_LIMITED', `输错次数太多，请在 ${toIso(endsAt).slice(11, 16)} 以后再试`)
    }
    taken.push(s)
  }
  let missed = false
  try {
    const out = await lookup()
    missed = isFailure(out)
    if (missed) await audit(ctx, GUESS_AUDIT[secret], 'guess', `${secret}/${period}`, { outcome: (out as Failure).code, ...guesser(ctx) })
    return out
  } finally {
    if (!missed) await giveBack()
  }
}
