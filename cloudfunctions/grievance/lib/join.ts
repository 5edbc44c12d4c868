/** Folding a joiner into a collective case: counts, placement privacy, and the re-route it may trigger. */
import type { Org } from '../../../types/directory'
import { OPEN_STATUSES, type HistoryEntry, type PrivacyMode } from '../../../types/grievance'
import { moveTo, strictestPrivacy } from '../../_lib/domain/grievance/placement'
import { rerouteAfterJoin } from '../../_lib/domain/grievance/routing'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { GrievanceCase } from '../../_lib/store/port'
import { saveCase } from './save'

const ATTEMPTS = 3

/**
 * Runs after the joiner's participant record is written. Counts are recomputed from the participants rather
 * than incremented, so a retry after a lost race (another joiner, an officer) gives the same answer and a
 * join whose case update failed is repaired by the next one.
 */
export async function foldInJoiner(ctx: ActionContext, caseId: string, privacy: PrivacyMode): Promise<{ saved: GrievanceCase; movedTo: Org | null }> {
  const { store } = ctx.deps
  for (let attempt = 1; ; attempt++) {
    const c = await store.grievances.get(caseId)
    if (!c) throw new Error(`case ${caseId} vanished while joining`)
    const people = await store.grievances.listParticipants(caseId)
    const counts = {
      affectedCount: people.reduce((sum, p) => sum + p.affectedCount, 0),
      participantCount: people.length,
      strictPrivacy: strictestPrivacy(c.strictPrivacy, privacy),
    }
    const events: HistoryEntry[] = [{ at: toIso(ctx.now), type: 'joined', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }]
    let patch: Partial<GrievanceCase> = counts
    let movedTo: Org | null = null
    // A case that closed meanwhile keeps its place: re-routing would reopen it as pending.
    if (OPEN_STATUSES.includes(c.status)) {
      const [current, town] = await Promise.all([store.directory.getOrg(c.assignedOrgId), c.townId ? store.directory.getOrg(c.townId) : null])
      const target = current && rerouteAfterJoin(counts, current, town)
      if (target) {
        const move = moveTo({ ...c, ...counts }, target.to, { type: 'rerouted', reason: target.reason, now: ctx.now, calendar: await ctx.deps.calendar() })
        patch = { ...counts, ...move.patch }
        events.push(move.event)
        movedTo = target.to
      }
    }
    try {
      return { saved: await saveCase(ctx, c, patch, events), movedTo }
    } catch (err) {
      if (!(err instanceof AppError) || err.failure.code !== 'CONFLICT' || attempt >= ATTEMPTS) throw err
    }
  }
}
