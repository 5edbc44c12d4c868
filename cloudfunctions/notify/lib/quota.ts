/**
 * Subscription records: one per person, inbox recipient key and kind, holding the openid encrypted and the
 * one-time quota WeChat granted (one message per accepted template per tap).
 */
import type { SubscribeKind } from '../../../types/notify'
import { can } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Officer } from '../../../types/directory'
import type { Subscription } from '../../_lib/store/port'
import { reporterKey } from '../../grievance/lib/keys'
import { orgInboxKey } from '../../grievance/lib/notify'
import { holderKey } from '../../membership/lib/keys'
import { askerKey } from '../../legal/lib/keys'

/** WeChat adds one send per accepted tap; more than this many unspent taps are not counted (a brake on replayed calls). */
export const MAX_QUOTA = 10

/**
 * The inbox key whose items a kind of news is about: one key per kind, so one accepted tap (one message with
 * WeChat) is never counted under two keys. Officers' news is their org's inbox; lawyers have none.
 */
export function recipientKeyFor(ctx: ActionContext, kind: SubscribeKind, openid: string, officer: Officer | null): string | null {
  if (kind === 'grievance') return reporterKey(ctx.deps.crypto, openid)
  if (kind === 'membership') return holderKey(ctx.deps.crypto, openid)
  if (kind === 'legal') return askerKey(ctx.deps.crypto, openid)
  return officer && can(officer.role, 'officer') ? orgInboxKey(officer.orgId) : null
}

/** A keyed hash: the same person under two recipient keys gets two ids that cannot be linked without the key. */
const subscriptionId = (ctx: ActionContext, recipientKey: string, kind: SubscribeKind, openid: string) =>
  ctx.deps.crypto.hash(`subscription:${recipientKey}:${kind}:${openid}`)

/** Adds one unit of quota for the template (a new template id starts again at one); returns what remains. */
export async function addQuota(ctx: ActionContext, recipientKey: string, kind: SubscribeKind, templateId: string, openid: string): Promise<number> {
  const { store, crypto } = ctx.deps
  const id = subscriptionId(ctx, recipientKey, kind, openid)
  for (let tries = 0; tries < 3; tries++) {
    const stored = await store.subscriptions.get(id)
    const remaining = stored && stored.templateId === templateId ? Math.min(stored.remaining + 1, MAX_QUOTA) : 1
    const next: Subscription = {
      id, recipientKey, kind, templateId, openidEnc: stored?.openidEnc ?? crypto.encrypt(openid), remaining,
      updatedAt: toIso(ctx.now), version: (stored?.version ?? 0) + 1,
    }
    if (await store.subscriptions.put(next)) return remaining
  }
  throw new AppError('CONFLICT')
}
