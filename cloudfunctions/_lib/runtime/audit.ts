import type { ActionContext } from './deps'
import { toIso } from './time'

/** Records a state change or a sensitive read. Detail must never hold names, ID numbers or phones. */
export async function audit(
  ctx: ActionContext,
  action: string,
  recordType: string,
  recordId: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  await ctx.deps.store.audit.append({
    id: ctx.deps.ids(),
    at: toIso(ctx.now),
    actor: ctx.caller.kind === 'user' ? ctx.caller.openid : 'system',
    action,
    recordType,
    recordId,
    ...(detail ? { detail } : {}),
  })
}
