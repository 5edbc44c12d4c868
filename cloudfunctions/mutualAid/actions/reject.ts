import { rejectInput } from '../../../types/mutual-aid'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Claim, Enrolment } from '../../_lib/store/mutual-aid-port'
import { loadForOfficer } from '../lib/access'
import { notifyMember } from '../lib/notify'
import { notInState } from '../lib/save'

const fen = (y: number) => Math.round(y * 100)

/** The enrolment with this claim's reservation given back (the critical flag too, when this claim set it). */
function released(e: Enrolment, c: Claim): Enrolment {
  const setCritical = c.benefit === 'critical_illness' && c.payout.payable > 0
  return {
    ...e, capUsed: Math.max(0, fen(e.capUsed) - fen(c.payout.payable)) / 100,
    criticalUsed: setCritical ? false : e.criticalUsed, version: e.version + 1,
  }
}

/**
 * 不予互助 by the approving federation (or above), with a reason code and a note: the claim → rejected and the cap
 * it reserved is released on the enrolment, both in one store unit. Another claim moving the enrolment meanwhile
 * → read again; another decision on this claim → NOT_IN_STATE / CONFLICT.
 */
export const reject = action({
  input: rejectInput,
  async handle({ id, reasonCode, note }, ctx) {
    const store = ctx.deps.store.mutualAid
    let { c, officer } = await loadForOfficer(ctx, id, 'approve')
    const at = toIso(ctx.now)
    for (let attempt = 0; attempt < 3; attempt++) {
      if (c.status !== 'checked') return notInState()
      const e = await store.getEnrolment(c.enrolmentId)
      if (!e) throw new Error(`mutual aid: claim ${c.id} has no enrolment`)
      const next: Claim = {
        ...c, status: 'rejected', rejection: { code: reasonCode, note }, escalateAt: null,
        history: [...c.history, { at, type: 'rejected', actor: officer.openid, code: reasonCode, note }], version: c.version + 1,
      }
      if (await store.updateClaim(next, released(e, c))) {
        await audit(ctx, 'mutualAid.reject', 'mutual_aid_claim', id, { reasonCode })
        await notifyMember(ctx, next, 'mutualAid.rejected', '互助申请未获批准', '请打开申请查看原因和说明')
        return { id, status: next.status, reasonCode }
      }
      const now = await store.getClaim(id)
      if (!now || now.version !== c.version) return fail('CONFLICT')
      c = now
    }
    return fail('CONFLICT')
  },
})
