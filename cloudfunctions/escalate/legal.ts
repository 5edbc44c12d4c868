/**
 * Legal help in the hourly sweep (issue 11). Consultations past answer-by with no answer: at a town → the city
 * federation with a fresh 24 hours (the miss charged to the town), at the city → 督办 (supervised), and they stay
 * (domain/legal/consultation.ts). Limitation reminders due today or earlier go out once each, as inbox items and
 * subscribe messages that name neither the question nor the worker.
 */
import { LEGAL_CATEGORY_LABELS } from '../../types/legal-labels'
import { dayLabel, daysBetween } from '../../types/legal/days'
import { escalateConsultation } from '../_lib/domain/legal/consultation'
import { pathIds } from '../_lib/domain/scope'
import type { ActionContext } from '../_lib/runtime/deps'
import { AppError } from '../_lib/runtime/result'
import { shanghaiDay, toIso } from '../_lib/runtime/time'
import { addInbox, notifyAsker, notifyLegalOrg } from '../legal/lib/notify'
import { saveConsultation } from '../legal/lib/save'
import type { Budget } from './budget'

/** A CONFLICT (a lawyer answered meanwhile) is null; anything else is a bug and propagates. */
function lostRace(err: unknown): null {
  if (err instanceof AppError && err.failure.code === 'CONFLICT') return null
  throw err
}

export async function sweepConsultations(ctx: ActionContext, budget: Budget) {
  const { store } = ctx.deps
  const counts = { escalated: 0, supervised: 0, conflicts: 0 }
  let after: string | undefined
  for (;;) {
    const page = await store.legal.listConsultationsDue(toIso(ctx.now), after, 100)
    for (const c of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return counts
      }
      const city = await store.directory.getOrg(pathIds(c.assignedPath)[0])
      if (!city) throw new Error(`consultation ${c.id}: no root org on ${c.assignedPath}`)
      const step = escalateConsultation(c, ctx.now, city)
      if (!step) continue
      const saved = await saveConsultation(ctx, c, step.patch, [step.event]).catch(lostRace)
      if (!saved) {
        counts.conflicts++ // answered or closed meanwhile; the next run re-reads it
        continue
      }
      if (step.event.type === 'supervised') {
        counts.supervised++
        await notifyLegalOrg(ctx, city.id, saved, 'legal.supervised', '有法律咨询超过 24 小时未答复，需要督办')
        continue
      }
      counts.escalated++
      await notifyLegalOrg(ctx, city.id, saved, 'legal.escalated', '下级工会超时未答复的法律咨询已转来')
      await notifyAsker(ctx, saved, 'legal.escalated', '您的法律咨询已转市总工会', '原工会 24 小时内未答复，已转市总工会法律服务中心，24 小时内答复')
    }
    if (!page.next) return counts
    after = page.next
  }
}

export async function sendDueReminders(ctx: ActionContext, budget: Budget): Promise<number> {
  const { store } = ctx.deps
  let sent = 0
  let after: string | undefined
  for (;;) {
    const page = await store.legal.listRemindersDue(shanghaiDay(ctx.now), after, 100)
    for (const r of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return sent
      }
      // Marked first: a run that dies before the inbox write loses one reminder rather than sending it twice.
      if (!(await store.legal.markReminderSent(r.id, toIso(ctx.now)))) continue
      const left = daysBetween(shanghaiDay(ctx.now), r.deadline)
      if (left < 0) continue // the sweep was down past the deadline: a reminder now would only mislead
      await addInbox(ctx, {
        recipientKey: r.recipientKey, type: 'legal.reminder', caseId: null,
        title: `仲裁时效提醒：还剩 ${left} 天`,
        body: `您记录的${LEGAL_CATEGORY_LABELS[r.category]}争议，申请劳动仲裁的时效将于 ${dayLabel(r.deadline)} 届满。请尽快申请仲裁或咨询工会律师。`,
      })
      sent++
    }
    if (!page.next) return sent
    after = page.next
  }
}
