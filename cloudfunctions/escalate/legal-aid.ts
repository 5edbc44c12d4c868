/**
 * Legal-aid applications in the hourly sweep (issue 11 §5): a material request unanswered for 15 working days →
 * withdrawn; a missed decide-by → up the ladder like grievances (the next federation, a fresh decide-by), or
 * overdue at the top (domain/legal/aid.ts sweepAid). Notifications name neither the worker nor the facts.
 */
import { sweepAid } from '../_lib/domain/legal/aid'
import type { ActionContext } from '../_lib/runtime/deps'
import { AppError } from '../_lib/runtime/result'
import { toIso } from '../_lib/runtime/time'
import type { AidApplication } from '../_lib/store/legal-port'
import { chainOf } from '../grievance/lib/placement'
import { orgInboxKey } from '../grievance/lib/notify'
import { saveAid } from '../legal/lib/aid'
import { addInbox } from '../legal/lib/notify'
import type { Budget } from './budget'

const lostRace = (err: unknown): null => {
  if (err instanceof AppError && err.failure.code === 'CONFLICT') return null
  throw err
}

export async function sweepAidApplications(ctx: ActionContext, budget: Budget) {
  const { store } = ctx.deps
  const calendar = await ctx.deps.calendar()
  const counts = { escalated: 0, overdue: 0, withdrawn: 0, conflicts: 0 }
  let after: string | undefined
  for (;;) {
    const page = await store.legal.listAidDue(toIso(ctx.now), after, 100)
    for (const a of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return counts
      }
      const step = sweepAid(a, await chainOf(store, a.assignedPath), ctx.now, calendar)
      if (!step) continue
      const at = toIso(ctx.now)
      const patch: Partial<AidApplication> =
        step.kind === 'withdraw' ? { status: 'withdrawn', escalateAt: null, decideBy: null, withdrawBy: null, pausedWorkdaysLeft: null }
        : step.kind === 'overdue' ? { overdue: true, escalateAt: null }
        : { assignedOrgId: step.to.id, assignedPath: step.to.path, decideBy: step.decideBy, escalateAt: step.decideBy }
      const event = step.kind === 'withdraw'
        ? { at, type: 'withdrawn' as const, fromOrgId: null, toOrgId: a.assignedOrgId, actor: null, note: '15 个工作日内未补充材料' }
        : step.kind === 'overdue'
          ? { at, type: 'escalated' as const, fromOrgId: a.assignedOrgId, toOrgId: a.assignedOrgId, actor: null, note: '逾期未作出决定' }
          : { at, type: 'escalated' as const, fromOrgId: a.assignedOrgId, toOrgId: step.to.id, actor: null, note: '逾期未作出决定，转上级工会' }
      const saved = await saveAid(ctx, a, patch, [event]).catch(lostRace)
      if (!saved) {
        counts.conflicts++
        continue
      }
      if (step.kind === 'withdraw') {
        counts.withdrawn++
        await addInbox(ctx, { recipientKey: a.applicantKey, type: 'legal.aid_withdrawn', caseId: a.id, title: '法律援助申请已撤回', body: '15 个工作日内没有补充材料，申请视为撤回；如仍需帮助可以重新申请' })
      } else if (step.kind === 'overdue') {
        counts.overdue++
      } else {
        counts.escalated++
        await addInbox(ctx, { recipientKey: orgInboxKey(step.to.id), type: 'legal.aid_received', caseId: a.id, title: '下级工会逾期未决定的法律援助申请已转来', body: '请在期限内作出是否援助的决定' })
        await addInbox(ctx, { recipientKey: a.applicantKey, type: 'legal.aid_escalated', caseId: a.id, title: '法律援助申请已转上级工会', body: '原工会未按时作出决定，已转上级工会审查' })
      }
    }
    if (!page.next) return counts
    after = page.next
  }
}
