import { resubmitInput } from '../../../types/mutual-aid'
import { action } from '../../_lib/runtime/function'
import { toIso } from '../../_lib/runtime/time'
import { loadForMember } from '../lib/access'
import { notifyOrg } from '../lib/notify'
import { documentsMissing, missingSlots, ownPhotos } from '../lib/photos'
import { notInState, saveClaim } from '../lib/save'

/** 补正后重新提交: the member replaces the photos of a returned claim → submitted again, to the same union. */
export const resubmit = action({
  input: resubmitInput,
  async handle({ id, attachments, note }, ctx) {
    const c = await loadForMember(ctx, id)
    if (c.status !== 'returned') return notInState()
    const bad = ownPhotos(ctx, attachments)
    if (bad) return bad
    const missing = missingSlots(c.benefit, attachments)
    if (missing.length) return documentsMissing(missing)
    const saved = await saveClaim(ctx, c, { status: 'submitted', documents: attachments }, [{ at: toIso(ctx.now), type: 'resubmitted', actor: null, ...(note ? { note } : {}) }])
    await notifyOrg(ctx, saved.reviewOrgId, saved, 'mutualAid.resubmitted', '会员已补正互助申请材料', '请重新审核材料是否齐全')
    return { id, status: saved.status }
  },
})
