import { randomBytesPooled as randomBytes } from '../../_lib/runtime/random'
import { deadlineLabel, routeExplanation, submitInput, type PrivacyMode, type SubmitInput } from '../../../types/grievance'
import { moveTo } from '../../_lib/domain/grievance/placement'
import { newReceipt } from '../../_lib/domain/grievance/receipt'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { unlessFiledMeanwhile, withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { ActionContext } from '../../_lib/runtime/deps'
import type { GrievanceCase, Participant } from '../../_lib/store/port'
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
    // A retried submission: its insert clashed on the requestKey; the first filing is found by it.
    const filed = async () => {
      const first = await store.grievances.getByRequestKey(reqKey)
      return first && summary(first.c, crypto.decrypt(first.c.receiptEnc), first.participant.privacy)
    }
    // The daily cap: a unit taken in one atomic step before anything is looked up or written (the answer for a
    // capped worker), given back unless this call inserted the case.
    const created = await withQuota(ctx, reportAllowance(ctx), me, () => file(ctx, input, me, reqKey), (f) => !isFailure(f) && f.inserted)
    // A refusal may be a retry's whose first copy was filed (its photo since moved, its enterprise since removed…).
    if (isFailure(created)) return created.code === 'RATE_LIMITED' ? unlessFiledMeanwhile(created, filed) : ((await filed()) ?? created)
    // Refused at the requestKey: a retry, or a concurrent copy of the same request that won the insert.
    if (!created.inserted) return (await filed()) ?? fail('CONFLICT')
    const { c, to, reason, receipt, reporter } = created
    await audit(ctx, 'grievance.submit', 'grievance', c.id, { orgId: to.id, reason })
    await notifyWorkers(ctx, c, 'grievance.submitted', '诉求已提交', `已交给${to.name}，须在规定时间内受理`, [reporter])
    await notifyOrg(ctx, to.id, c, 'grievance.received', '收到新的诉求')
    return summary(c, receipt, input.privacy)
  },
})

/** Checks the photos, routes the report and inserts the case with its reporter (`inserted` false: the requestKey exists). */
async function file(ctx: ActionContext, input: SubmitInput, me: string, reqKey: string) {
  const { store, crypto } = ctx.deps
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
  const reporter: Participant = {
    caseId: c.id, reporterKey: me, role: 'reporter', privacy: input.privacy, requestKey: reqKey, joinedAt: at, day: shanghaiDay(ctx.now),
    contactEnc: input.contact ? crypto.encrypt(JSON.stringify(input.contact)) : null, affectedCount: input.affectedCount,
  }
  return { inserted: await store.grievances.create(c, reporter), c, to, reason, receipt, reporter }
}
