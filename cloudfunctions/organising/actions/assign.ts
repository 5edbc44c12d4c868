import { assignInput } from '../../../types/organising'
import { ORGANISING_ERRORS } from '../../../types/organising-labels'
import { can } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadEntry, organisingOfficer } from '../lib/access'

/**
 * 指定建会联系人: an officer of the enterprise's town or of an area committee in it. An area committee's organiser
 * puts the row in that committee's list.
 */
export const assign = action({
  input: assignInput,
  async handle({ creditCode, organiserOpenid }, ctx) {
    const { officer, org } = await organisingOfficer(ctx)
    const e = await loadEntry(ctx, org, creditCode)
    const { store } = ctx.deps
    const organiser = await store.officers.get(organiserOpenid)
    const home = organiser && can(organiser.role, 'officer') ? await store.directory.getOrg(organiser.orgId) : null
    const fits = home && (home.id === e.townId || (home.type === 'area_committee' && home.townId === e.townId))
    if (!organiser || !home || !fits) return fail('ORGANISING.BAD_ORGANISER', ORGANISING_ERRORS['ORGANISING.BAD_ORGANISER'], { organiserOpenid: ORGANISING_ERRORS['ORGANISING.BAD_ORGANISER'] })
    const at = toIso(ctx.now)
    // The dated note is the record of who assigned whom (no separate audit line: one write).
    const note = { at, by: officer.openid, byName: officer.name, status: e.status, text: `指定建会联系人：${organiser.name}` }
    const next = {
      ...e, organiserOpenid: organiser.openid, organiserName: organiser.name, areaId: home.type === 'area_committee' ? home.id : null,
      notes: [...e.notes, note].slice(-50), updatedAt: at, version: e.version + 1,
    }
    if (!(await store.organising.updateEntry(next))) return fail('CONFLICT')
    return { creditCode, organiserOpenid: organiser.openid, organiserName: organiser.name, areaId: next.areaId, version: next.version }
  },
})
