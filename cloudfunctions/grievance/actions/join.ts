import { GRIEVANCE_ERRORS, OPEN_STATUSES, joinInput } from '../../../types/grievance'
import { strictestPrivacy } from '../../_lib/domain/grievance/placement'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { usedUp, withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { GrievanceCase } from '../../_lib/store/port'
import { callerKey, requireNotOfficer } from '../lib/access'
import { foldInJoiners, type Fold } from '../lib/join'
import { reportAllowance } from '../lib/limits'
import { requestKey } from '../lib/keys'
import { notifyOrg, notifyWorkers } from '../lib/notify'

const view = (c: GrievanceCase) => ({
  id: c.id, status: c.status, assignedOrgId: c.assignedOrgId, routeReason: c.routeReason, acceptBy: c.acceptBy,
  affectedCount: c.affectedCount, participantCount: c.participantCount,
})

/**
 * 我也遇到了: a co-worker joins an open case with their own privacy mode and contact. Their identity follows
 * their own mode; the case's placement follows the strictest mode on it, and ≥ 10 affected moves it to the town.
 * Officer accounts cannot join (the enterprise's own union must never follow a protected case this way).
 */
export const join = action({
  input: joinInput,
  async handle(input, ctx) {
    await requireNotOfficer(ctx)
    const { store, crypto } = ctx.deps
    const me = callerKey(ctx)
    const reqKey = requestKey(crypto, (ctx.caller as { openid: string }).openid, input.requestId)
    const seen = (await store.grievances.getParticipantByRequestKey(reqKey)) ?? (await store.grievances.getParticipant(input.caseId, me))
    // A retry also repairs a case whose fold was lost (a crash or lost races after the record was written).
    if (seen) return view((await foldInJoiners(ctx, seen.caseId)).saved)

    const c = await store.grievances.get(input.caseId)
    if (!c || c.linkedCaseId) return fail('NOT_FOUND', '没有找到这条诉求')
    if (!OPEN_STATUSES.includes(c.status)) return fail('GRIEVANCE.NOT_OPEN', GRIEVANCE_ERRORS['GRIEVANCE.NOT_OPEN'])
    // Joining counts like submitting (one daily allowance): an early answer, then a unit taken before anything is written or moved.
    const capped = await usedUp(ctx, reportAllowance(ctx), me)
    if (capped) return capped
    const joined = await withQuota(ctx, reportAllowance(ctx), me, async () => {
      // Protection first: a stricter joiner moves the case off a grassroots org before their record exists.
      const early = strictestPrivacy(c.strictPrivacy, input.privacy) !== c.strictPrivacy ? await foldInJoiners(ctx, c.id, input) : null
      const added = await store.grievances.addParticipant({
        caseId: c.id, reporterKey: me, role: 'joiner', privacy: input.privacy, requestKey: reqKey, joinedAt: toIso(ctx.now),
        day: shanghaiDay(ctx.now), contactEnc: input.contact ? crypto.encrypt(JSON.stringify(input.contact)) : null,
        affectedCount: input.affectedCount,
      })
      return { early, added }
    }, (j) => j.added)
    if (isFailure(joined)) return joined
    const { early, added } = joined
    const fold = await foldInJoiners(ctx, c.id)
    if (!added) return view(fold.saved) // a concurrent retry of the same join got there first
    await announce(ctx, input, early, fold)
    return view(fold.saved)
  },
})

async function announce(ctx: ActionContext, input: { privacy: string; affectedCount: number }, early: Fold | null, fold: Fold) {
  const movedTo = early?.movedTo ?? fold.movedTo
  const saved = fold.saved
  await audit(ctx, 'grievance.join', 'grievance', saved.id, { privacy: input.privacy, affectedCount: input.affectedCount, reroutedTo: movedTo?.id ?? null })
  if (movedTo) {
    await notifyOrg(ctx, movedTo.id, saved, 'grievance.received', '收到转来的集体诉求')
    await notifyWorkers(ctx, saved, 'grievance.rerouted', '诉求已转交', `已转给${movedTo.name}办理，须在规定时间内受理`)
  } else {
    await notifyOrg(ctx, saved.assignedOrgId, saved, 'grievance.joined', '又有职工反映了同一问题', `现涉及 ${saved.affectedCount} 人`)
  }
}
