import { GRIEVANCE_ERRORS, OPEN_STATUSES, joinInput } from '../../../types/grievance'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { GrievanceCase, Participant } from '../../_lib/store/port'
import { callerKey, requireNotOfficer } from '../lib/access'
import { foldInJoiners, joinCase, type Fold } from '../lib/join'
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
 * The joiner's record and the case it changes are one atomic write (lib/join.ts `joinCase`).
 */
export const join = action({
  input: joinInput,
  async handle(input, ctx) {
    await requireNotOfficer(ctx)
    const { store, crypto } = ctx.deps
    const me = callerKey(ctx)
    const reqKey = requestKey(crypto, (ctx.caller as { openid: string }).openid, input.requestId)
    const loaded = await store.grievances.getWithParticipants(input.caseId)
    // A retry (or the same worker again) gets the case as it is; it also repairs a case whose fold was lost.
    if (loaded?.participants.some((p) => p.requestKey === reqKey || p.reporterKey === me)) return view((await foldInJoiners(ctx, loaded)).saved)
    if (!loaded || loaded.c.linkedCaseId) return fail('NOT_FOUND', '没有找到这条诉求')
    if (!OPEN_STATUSES.includes(loaded.c.status)) return fail('GRIEVANCE.NOT_OPEN', GRIEVANCE_ERRORS['GRIEVANCE.NOT_OPEN'])
    const joiner: Participant = {
      caseId: loaded.c.id, reporterKey: me, role: 'joiner', privacy: input.privacy, requestKey: reqKey, joinedAt: toIso(ctx.now),
      day: shanghaiDay(ctx.now), contactEnc: input.contact ? crypto.encrypt(JSON.stringify(input.contact)) : null,
      affectedCount: input.affectedCount,
    }
    // Joining counts like submitting (one daily allowance): a unit taken before anything is written or moved, and
    // given back unless this call wrote the join.
    const joined = await withQuota(ctx, reportAllowance(ctx), me, () => joinCase(ctx, loaded, joiner), (j) => j.result === 'joined')
    if (isFailure(joined)) return joined
    if (joined.result === 'duplicate') {
      // The request key is on another case (a requestId sent again for a different case): answer with that one.
      const first = await store.grievances.getByRequestKey(reqKey)
      return first ? view(first.c) : fail('CONFLICT')
    }
    if (joined.result === 'seen') return view(joined.fold.saved) // a concurrent retry of the same join got there first
    await announce(ctx, input, joined.fold, joined.people)
    return view(joined.fold.saved)
  },
})

async function announce(ctx: ActionContext, input: { privacy: string; affectedCount: number }, fold: Fold, people: readonly Participant[]) {
  const { saved, movedTo } = fold
  await audit(ctx, 'grievance.join', 'grievance', saved.id, { privacy: input.privacy, affectedCount: input.affectedCount, reroutedTo: movedTo?.id ?? null })
  if (movedTo) {
    await notifyOrg(ctx, movedTo.id, saved, 'grievance.received', '收到转来的集体诉求')
    await notifyWorkers(ctx, saved, 'grievance.rerouted', '诉求已转交', `已转给${movedTo.name}办理，须在规定时间内受理`, people)
  } else {
    await notifyOrg(ctx, saved.assignedOrgId, saved, 'grievance.joined', '又有职工反映了同一问题', `现涉及 ${saved.affectedCount} 人`)
  }
}
