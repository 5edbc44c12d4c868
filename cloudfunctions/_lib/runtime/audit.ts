import type { ActionContext } from './deps'
import { recordAudit } from './side-records'
import { toIso } from './time'

/**
 * Records a state change or a sensitive read. Detail must never hold names, ID numbers or phones.
 * The actor is the officer's openid when the request acted as an officer (requireOfficer), `system` for timers and
 * scripts, `anonymous` for a caller without identity, and just `worker` otherwise: an audit row must never tie an anonymous report, or a membership, to an
 * account — the records themselves hold the per-capability keys that link a worker to what is theirs.
 */
export async function audit(
  ctx: ActionContext,
  action: string,
  recordType: string,
  recordId: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(ctx, {
    id: ctx.deps.ids(),
    at: toIso(ctx.now),
    actor: actorOf(ctx),
    action,
    recordType,
    recordId,
    ...(detail ? { detail } : {}),
  })
}

function actorOf(ctx: ActionContext): string {
  if (ctx.caller.kind === 'system') return 'system'
  // A public action's caller without identity (e.g. a failed receipt look-up from outside WeChat).
  if (ctx.caller.kind === 'none') return 'anonymous'
  return ctx.actingOfficer ?? 'worker'
}
