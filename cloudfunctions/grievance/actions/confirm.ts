import { confirmInput } from '../../../types/grievance'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadForReporter } from '../lib/access'
import { notifyOrg } from '../lib/notify'
import { saveCase } from '../lib/save'

/** 确认解决: a worker on a resolved case agrees it is solved; the case is closed (结案). */
export const confirm = action({
  input: confirmInput,
  async handle({ id }, ctx) {
    const { c } = await loadForReporter(ctx, id)
    if (c.status !== 'resolved') return fail('GRIEVANCE.NOT_OPEN', c.status === 'closed' ? '这条诉求已经确认结案' : '工会办结之后才能确认')
    const at = toIso(ctx.now)
    const saved = await saveCase(ctx, c, { status: 'closed', closedAt: at }, [{ at, type: 'confirmed', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }])
    await audit(ctx, 'grievance.confirm', 'grievance', id)
    await notifyOrg(ctx, c.assignedOrgId, saved, 'grievance.confirmed', '职工确认问题已解决', '诉求已结案')
    return { id, status: saved.status, closedAt: at }
  },
})
