/** Folding joiners into a collective case: counts, placement privacy, and the re-route they may trigger. */
import type { Org } from '../../../types/directory'
import { OPEN_STATUSES, type HistoryEntry, type PrivacyMode } from '../../../types/grievance'
import { moveTo, strictestPrivacy } from '../../_lib/domain/grievance/placement'
import { rerouteAfterJoin } from '../../_lib/domain/grievance/routing'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { GrievanceCase } from '../../_lib/store/port'
import { findRoot } from './placement'
import { saveCase } from './save'

const ATTEMPTS = 3

export type Fold = { saved: GrievanceCase; movedTo: Org | null; changed: boolean }

/**
 * Brings a case in line with all its participants: counts recomputed from them (never incremented) and the
 * placement privacy the strictest of them all, re-routing it off a grassroots org when needed. Idempotent: a
 * retry after a lost race or a crash repairs the case, and a case already in line is not written.
 * `pending` is a joiner about to be written: join folds their privacy in BEFORE their record exists, so no
 * crash can leave a protected participant on a case that an enterprise or joint union still holds.
 */
export type PendingJoiner = { privacy: PrivacyMode; affectedCount: number }

export async function foldInJoiners(ctx: ActionContext, caseId: string, pending: PendingJoiner | null = null): Promise<Fold> {
  const { store } = ctx.deps
  for (let attempt = 1; ; attempt++) {
    const c = await store.grievances.get(caseId)
    if (!c) throw new Error(`case ${caseId} vanished while joining`)
    const people = await store.grievances.listParticipants(caseId)
    const all = pending ? [...people, pending] : people
    const counts = {
      affectedCount: all.reduce((sum, p) => sum + p.affectedCount, 0),
      participantCount: all.length,
      strictPrivacy: all.map((p) => p.privacy).reduce(strictestPrivacy, c.strictPrivacy),
    }
    const joined = counts.participantCount - c.participantCount
    const events: HistoryEntry[] = Array.from({ length: Math.max(joined, 0) }, () => (
      { at: toIso(ctx.now), type: 'joined' as const, fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }
    ))
    let patch: Partial<GrievanceCase> = counts
    let movedTo: Org | null = null
    // A case that closed meanwhile keeps its place: re-routing would reopen it as pending.
    if (OPEN_STATUSES.includes(c.status)) {
      const target = await rerouteTarget(ctx, c, counts)
      if (target) {
        const move = moveTo({ ...c, ...counts }, target.to, { type: 'rerouted', reason: target.reason, now: ctx.now, calendar: await ctx.deps.calendar() })
        patch = { ...counts, ...move.patch, townId: c.townId ?? target.to.townId }
        events.push(move.event)
        movedTo = target.to
      }
    }
    const unchanged = !movedTo && counts.affectedCount === c.affectedCount && counts.participantCount === c.participantCount && counts.strictPrivacy === c.strictPrivacy
    if (unchanged) return { saved: c, movedTo: null, changed: false }
    try {
      return { saved: await saveCase(ctx, c, patch, events), movedTo, changed: true }
    } catch (err) {
      if (!(err instanceof AppError) || err.failure.code !== 'CONFLICT' || attempt >= ATTEMPTS) throw err
    }
  }
}

/**
 * Where a grassroots-held case must go: its town federation — the case's own, else the town of the org
 * holding it (a city-triage case transferred down has no townId) — and the city federation when the holder
 * sits under no town (a city-level joint union). A protected case never stays put for want of a town.
 */
async function rerouteTarget(ctx: ActionContext, c: GrievanceCase, counts: Pick<GrievanceCase, 'affectedCount' | 'strictPrivacy'>) {
  const { directory } = ctx.deps.store
  const current = await directory.getOrg(c.assignedOrgId)
  if (!current) return null
  const townId = c.townId ?? current.townId
  const town = (townId ? await directory.getOrg(townId) : null) ?? (await findRoot(ctx.deps.store, current))
  return rerouteAfterJoin(counts, current, town)
}
