import { transferInput } from '../../../types/grievance'
import { moveTo } from '../../_lib/domain/grievance/placement'
import { canTransfer } from '../../_lib/domain/grievance/transfer'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { loadForOfficer } from '../lib/access'
import { notifyOrg, notifyWorkers } from '../lib/notify'
import { saveCase } from '../lib/save'

/** Hand a case to another org in scope or up the tree; the receiver gets a fresh accept-by and must accept it. */
export const transfer = action({
  input: transferInput,
  async handle({ id, toOrgId, reason }, ctx) {
    const { org, c, people } = await loadForOfficer(ctx, id)
    const target = await ctx.deps.store.directory.getOrg(toOrgId)
    if (!target) return fail('NOT_FOUND', '没有找到接收组织', { toOrgId: '没有找到接收组织' })
    const check = canTransfer(c, org, target)
    if (!check.ok) return fail(check.code, check.message, { toOrgId: check.message })
    const move = moveTo(c, target, { type: 'transferred', reason: 'TRANSFERRED', now: ctx.now, calendar: await ctx.deps.calendar(), note: reason })
    // The case's town follows the receiver when it has one (a city-triage case handed down had none), so a later
    // protected joiner can still move it off a grassroots org to the right town.
    const saved = await saveCase(ctx, c, { ...move.patch, townId: target.townId ?? c.townId }, [move.event])
    await audit(ctx, 'grievance.transfer', 'grievance', id, { from: c.assignedOrgId, to: target.id })
    await notifyOrg(ctx, target.id, saved, 'grievance.received', '收到转办的诉求')
    await notifyWorkers(ctx, saved, 'grievance.transferred', '诉求已转办', `已转给${target.name}办理`, people)
    return { id, status: saved.status, assignedOrgId: saved.assignedOrgId, acceptBy: saved.acceptBy }
  },
})
