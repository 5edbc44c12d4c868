/** Folding joiners into a collective case: counts, placement privacy, and the re-route they may trigger. */
import type { Org } from '../../../types/directory'
import { OPEN_STATUSES, type HistoryEntry } from '../../../types/grievance'
import { moveTo, strictestPrivacy } from '../../_lib/domain/grievance/placement'
import { rerouteAfterJoin } from '../../_lib/domain/grievance/routing'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { CaseWithParticipants, GrievanceCase, Participant } from '../../_lib/store/port'
import { findRoot } from './placement'

const ATTEMPTS = 3

export type Fold = { saved: GrievanceCase; movedTo: Org | null; changed: boolean }

/** A worker about to join, or on the case: what folding counts. */
type Counted = Pick<Participant, 'privacy' | 'affectedCount'>

/** What bringing `c` in line with `people` changes: null when it is in line already. */
type Plan = { next: GrievanceCase; movedTo: Org | null }

/**
 * Counts recomputed from all the participants (never incremented), the placement privacy the strictest of them
 * all, and a re-route off a grassroots org when that makes one necessary. The case as it is to be written.
 */
async function plan(ctx: ActionContext, c: GrievanceCase, people: readonly Counted[]): Promise<Plan | null> {
  const counts = {
    affectedCount: people.reduce((sum, p) => sum + p.affectedCount, 0),
    participantCount: people.length,
    strictPrivacy: people.map((p) => p.privacy).reduce(strictestPrivacy, c.strictPrivacy),
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
  if (unchanged) return null
  return { next: { ...c, ...patch, history: [...c.history, ...events], version: c.version + 1 }, movedTo }
}

const conflict = () => new AppError('CONFLICT', '这条诉求刚被其他人处理过，请刷新后再试')

async function reread(ctx: ActionContext, caseId: string): Promise<CaseWithParticipants> {
  const loaded = await ctx.deps.store.grievances.getWithParticipants(caseId)
  if (!loaded) throw new Error(`case ${caseId} vanished while joining`)
  return loaded
}

/**
 * Brings a stored case in line with its participants. Idempotent: a case already in line is not written. A retried
 * join calls it: a case written before joins were one atomic write may hold a joiner whose fold was lost.
 */
export async function foldInJoiners(ctx: ActionContext, loaded: CaseWithParticipants): Promise<Fold> {
  let { c, participants } = loaded
  for (let attempt = 1; ; attempt++) {
    const p = await plan(ctx, c, participants)
    if (!p) return { saved: c, movedTo: null, changed: false }
    if (await ctx.deps.store.grievances.update(p.next)) return { saved: p.next, movedTo: p.movedTo, changed: true }
    if (attempt >= ATTEMPTS) throw conflict()
    ;({ c, participants } = await reread(ctx, c.id))
  }
}

/**
 * `seen`: the worker is on the case already (a concurrent copy of the same join got there first); `duplicate`: the
 * request key is another case's participant's. `people`: everyone on the case once joined, the joiner last.
 */
export type JoinOutcome = { result: 'joined' | 'seen'; fold: Fold; people: Participant[] } | { result: 'duplicate' }

/**
 * Puts `joiner` on the case and folds them in, in ONE atomic write (store `join`): the counts, the strictest
 * privacy and any re-route land with the joiner's record, so no failure can leave a protected participant on a
 * case that an enterprise or joint union still holds. A lost race re-reads the case and folds again.
 */
export async function joinCase(ctx: ActionContext, loaded: CaseWithParticipants, joiner: Participant): Promise<JoinOutcome> {
  let { c, participants } = loaded
  for (let attempt = 1; ; attempt++) {
    if (participants.some((p) => p.reporterKey === joiner.reporterKey || p.requestKey === joiner.requestKey)) {
      return { result: 'seen', fold: await foldInJoiners(ctx, { c, participants }), people: participants }
    }
    const people = [...participants, joiner]
    const p = await plan(ctx, c, people)
    // Never null: the participant count grows. Written even so, to keep the joiner and the case one write.
    const next = p?.next ?? { ...c, version: c.version + 1 }
    const result = await ctx.deps.store.grievances.join(next, joiner)
    if (result === 'joined') return { result, fold: { saved: next, movedTo: p?.movedTo ?? null, changed: true }, people }
    if (result === 'duplicate') return { result }
    if (attempt >= ATTEMPTS) throw conflict()
    ;({ c, participants } = await reread(ctx, c.id))
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
