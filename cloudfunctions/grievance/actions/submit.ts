import { randomBytesPooled as randomBytes } from '../../_lib/runtime/random'
import { deadlineLabel, routeExplanation, submitInput, type PrivacyMode } from '../../../types/grievance'
import { moveTo } from '../../_lib/domain/grievance/placement'
import { newReceipt } from '../../_lib/domain/grievance/receipt'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { unlessFiledMeanwhile, usedUp, withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { GrievanceCase } from '../../_lib/store/port'
import { callerKey } from '../lib/access'
import { checkAttachments } from '../lib/evidence'
import { receiptHash, requestKey } from '../lib/keys'
import { reportAllowance } from '../lib/limits'
import { notifyOrg, notifyWorkers } from '../lib/notify'
import { resolveRoute } from '../lib/route'

/** `privacy`: the reporter's own choice, named in the explanation ("您选择了“匿名”…"). */
const summary = (c: GrievanceCase, receipt: string, privacy: PrivacyMode) => ({
  id: c.id, receipt, status: c.status, assignedOrgId: c.assignedOrgId, routeReason: c.routeReason, acceptBy: c.acceptBy,
  acceptByEstimated: c.acceptByEstimated, acceptByLabel: deadlineLabel(c.acceptBy),
  routeExplanation: routeExplanation(c.routeReason, { kind: 'worker', privacy }),
})

export const submit = action({
  input: submitInput,
  async handle(input, ctx) {
    const { store, crypto } = ctx.deps
    const me = callerKey(ctx)
    const reqKey = requestKey(crypto, (ctx.caller as { openid: string }).openid, input.requestId)
    const filed = async () => {
      const seen = await store.grievances.getParticipantByRequestKey(reqKey)
      const first = seen && (await store.grievances.get(seen.caseId))
      return first && seen ? summary(first, crypto.decrypt(first.receiptEnc), seen.privacy) : null
    }
    const before = await filed()
    if (before) return before
    const capped = await usedUp(ctx, reportAllowance(ctx), me) // the early answer; the insert takes the unit itself
    if (capped) return unlessFiledMeanwhile(capped, filed)
    const badPhotos = await checkAttachments(ctx, input.attachments)
    if (badPhotos) return badPhotos

    const resolved = await resolveRoute(store, input)
    if (isFailure(resolved)) return resolved
    const { enterprise, townId, to, reason } = resolved
    const calendar = await ctx.deps.calendar()
    const move = moveTo({ strictPrivacy: input.privacy, urgent: input.urgent, assignedOrgId: null }, to, { type: 'submitted', reason, now: ctx.now, calendar })

    const receipt = newReceipt(randomBytes)
    const at = toIso(ctx.now)
    const c: GrievanceCase = {
      id: ctx.deps.ids(), receiptHash: receiptHash(crypto, receipt), receiptEnc: crypto.encrypt(receipt),
      enterpriseId: enterprise?.id ?? null, enterpriseName: enterprise?.name ?? input.enterpriseName ?? null, townId,
      category: input.category, urgent: input.urgent, affectedCount: input.affectedCount, strictPrivacy: input.privacy,
      description: input.description, attachments: input.attachments, ...move.patch,
      outcome: null, summary: null, resolvedAt: null, closedAt: null, rating: null, ratingComment: null, reopenCount: 0,
      linkedCaseId: null, participantCount: 1, createdAt: at, history: [move.event], missedPaths: [], version: 1,
    }
    // The daily cap: a unit taken in one atomic step before the insert, given back if nothing was inserted.
    const created = await withQuota(ctx, reportAllowance(ctx), me, () => store.grievances.create(c, {
      caseId: c.id, reporterKey: me, role: 'reporter', privacy: input.privacy, requestKey: reqKey, joinedAt: at, day: shanghaiDay(ctx.now),
      contactEnc: input.contact ? crypto.encrypt(JSON.stringify(input.contact)) : null, affectedCount: input.affectedCount,
    }), (inserted) => inserted)
    if (isFailure(created)) return created.code === 'RATE_LIMITED' ? unlessFiledMeanwhile(created, filed) : created
    // A concurrent retry of the same request won the insert: answer with its case.
    if (!created) return (await filed()) ?? fail('CONFLICT')
    await audit(ctx, 'grievance.submit', 'grievance', c.id, { orgId: to.id, reason })
    await notifyWorkers(ctx, c, 'grievance.submitted', '诉求已提交', `已交给${to.name}，须在规定时间内受理`)
    await notifyOrg(ctx, to.id, c, 'grievance.received', '收到新的诉求')
    return summary(c, receipt, input.privacy)
  },
})
