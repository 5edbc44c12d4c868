import { claimInput } from '../../../types/mutual-aid'
import { checkClaim } from '../../_lib/domain/mutual-aid/cover'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'
import { openidOf } from '../lib/access'
import { coverFor } from '../lib/cover'
import { benefitOf, buildClaim } from '../lib/file-claim'
import { claimRequestKey, invoiceHash, memberKey } from '../lib/keys'
import { notifyOrg } from '../lib/notify'
import { ownPhotos } from '../lib/photos'
import { lockPlan } from '../lib/plans'
import { futureDates, refuse } from '../lib/refusal'
import { claimAnswer } from '../lib/views'

const anyUsed = async (ctx: ActionContext, numbers: readonly string[]) =>
  (await Promise.all(numbers.map((n) => ctx.deps.store.mutualAid.invoiceUsed(invoiceHash(ctx.deps.crypto, n))))).some(Boolean)

/**
 * Another claim of the member moved the enrolment meanwhile (its cap totals are one version-guarded document):
 * read it again and compute again. Each lost race means another claim's reservation landed, so 16 at once settle
 * within 16 rounds; a short random pause spreads the racers out.
 */
const ATTEMPTS = 24
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(40, 5 * attempt)))

/**
 * 申请互助金: the rules (domain/mutual-aid/cover.ts) refuse with a code and nothing filed; otherwise the claim is
 * filed with its itemised payout (the one computation the estimate and the approval use), the payable reserved on
 * the enrolment, and the sampling draw recorded. Same requestId → the first claim. Round trips on a warm
 * container: the holder's enrolments (an ended membership has ended them), the filing (on CloudBase: the
 * enrolment's reservation, the invoice keys, the claim — store/cloudbase/mutual-aid-filing.ts), the union's inbox.
 */
export const claim = action({
  input: claimInput,
  async handle(input, ctx) {
    const { store, crypto } = ctx.deps
    const openid = openidOf(ctx)
    const requestKey = claimRequestKey(crypto, openid, input.requestId)
    const today = shanghaiDay(ctx.now)
    const bad = futureDates(input, today) ?? ownPhotos(ctx, input.attachments)
    if (bad) return bad
    const replay = async () => {
      const first = await store.mutualAid.getClaimByRequestKey(requestKey)
      return first && claimAnswer(first)
    }
    const slots = input.attachments.map((a) => a.slot)
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt > 0) await pause(attempt)
      const cover = await coverFor(ctx, memberKey(crypto, openid), input.admittedAt)
      const refusal = cover ? checkClaim(cover.plan, cover.cover, { ...input, today, slots }) : { code: 'MUTUAL_AID.NOT_ENROLLED' as const }
      if (refusal) return (await replay()) ?? refuse(refusal, input.benefit, slots)
      const benefit = benefitOf(cover!, input.benefit)
      if (!benefit) return fail('VALIDATION', '您参加的计划不包含这个保障项目', { benefit: '您参加的计划不包含这个保障项目' })
      // The first claims of a plan lock it: a used invoice must be refused before that write, not after it.
      if (!cover!.plan.locked && (await anyUsed(ctx, input.invoiceNumbers))) return refuse({ code: 'MUTUAL_AID.DUPLICATE_INVOICE' }, input.benefit, slots)
      const plan = await lockPlan(ctx, cover!.plan)
      if (!plan) continue // the plan changed before its first claim: its rules are read again
      const { claim: c, enrolment } = await buildClaim(ctx, input, { ...cover!, plan }, benefit, requestKey)
      const filed = await store.mutualAid.fileClaim(c, enrolment)
      if (filed.ok) {
        await notifyOrg(ctx, c.reviewOrgId, c, 'mutualAid.received', '收到医疗互助申请', '请审核材料是否齐全')
        return claimAnswer(c)
      }
      if (filed.reason === 'DUPLICATE_REQUEST') return claimAnswer((await store.mutualAid.getClaim(filed.existingId))!)
      if (filed.reason === 'DUPLICATE_INVOICE') return refuse({ code: 'MUTUAL_AID.DUPLICATE_INVOICE' }, input.benefit, slots)
    }
    return fail('CONFLICT')
  },
})
