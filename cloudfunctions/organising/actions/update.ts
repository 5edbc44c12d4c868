import { updateInput } from '../../../types/organising'
import { ORGANISED_STATUSES } from '../../../types/organising-labels'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail, isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { OrganisingEntry } from '../../_lib/store/organising-port'
import { loadEntry, organisingOfficer } from '../lib/access'
import { coverInDirectory } from '../lib/directory'

/** Notes kept per entry (newest last); older ones are in the audit log's counts only. */
const NOTES_KEPT = 50

/**
 * 更新建会进展: a status with a dated note, and the next contact day (a reminder to the organiser on that day). 已建会 /
 * 已纳入联合工会 first updates the directory (its import use case), which takes the row off the list.
 */
export const update = action({
  input: updateInput,
  async handle({ creditCode, status, note, nextContact, unionId, unionName, jointUnionId }, ctx) {
    const { officer, org } = await organisingOfficer(ctx)
    const e = await loadEntry(ctx, org, creditCode)
    const at = toIso(ctx.now)
    let covered: Partial<OrganisingEntry> = {}
    if (ORGANISED_STATUSES.includes(status)) {
      const out = await coverInDirectory(ctx, org, e, status === 'union_founded', { unionId, unionName, jointUnionId })
      if (isFailure(out)) return out
      covered = { enterpriseId: out.enterpriseId, covered: true, coveredAt: e.covered ? e.coveredAt : at }
    }
    const contact = nextContact === undefined ? e.nextContact : nextContact
    const next: OrganisingEntry = {
      ...e, ...covered, status,
      notes: [...e.notes, { at, by: officer.openid, byName: officer.name, status, text: note }].slice(-NOTES_KEPT),
      nextContact: covered.covered ? null : contact,
      remindAt: covered.covered ? null : nextContact === undefined ? e.remindAt : nextContact,
      updatedAt: at, version: e.version + 1,
    }
    if (!(await ctx.deps.store.organising.updateEntry(next))) return fail('CONFLICT')
    await audit(ctx, 'organising.update', 'organising_entry', creditCode, { status, covered: next.covered })
    return { creditCode, status, covered: next.covered, enterpriseId: next.enterpriseId, nextContact: next.nextContact, version: next.version }
  },
})
