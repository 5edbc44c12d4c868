/**
 * What the hourly sweep does to one late case. The store feeds only late cases (pending past accept-by and
 * not yet marked overdue; accepted past resolve-by and not yet supervised), so the cost follows the late ones.
 * - not accepted in time → up to the parent org (enterprise union → area committee or town → city), a fresh
 *   accept-by from now, reason ESCALATED, the path it left appended to `missedPaths`; at the root it stays and
 *   is marked overdue;
 * - not resolved in time → 督办 supervised: it stays, and the parent org's queue shows it.
 */
import type { Org } from '../../../../types/directory'
import type { HistoryEntry } from '../../../../types/grievance'
import type { WorkCalendar } from '../calendar'
import { toIso } from '../../runtime/time'
import { nearestHolder } from '../escalation-ladder'
import { isPastAcceptBy, isPastResolveBy } from './deadlines'
import { mayHold, moveTo, type CaseState, type PlacementPatch } from './placement'

export type SweepDecision =
  | { kind: 'escalate'; to: Org; patch: PlacementPatch & Pick<CaseState, 'missedPaths'>; event: HistoryEntry }
  | { kind: 'overdue'; patch: { overdue: true; escalateAt: null }; event: HistoryEntry }
  | { kind: 'supervise'; patch: { supervised: true; supervisorOrgId: string | null; superviseAt: null }; event: HistoryEntry }

/**
 * `chain`: the orgs on the case's assigned path, root first, the assigned org last (the sweep loads them by
 * `pathIds(case.assignedPath)`). Null when nothing is due.
 */
export function decideSweep(c: CaseState, chain: readonly Org[], now: Date, calendar: WorkCalendar): SweepDecision | null {
  const current = chain[chain.length - 1]
  if (!current || current.id !== c.assignedOrgId || current.path !== c.assignedPath)
    throw new Error(`sweep: chain does not end at the assigned org ${c.assignedOrgId}`)
  const at = toIso(now)

  if (isPastAcceptBy(c, now)) {
    const to = escalationTarget(c, chain)
    if (to) {
      const move = moveTo(c, to, { type: 'escalated', reason: 'ESCALATED', now, calendar })
      // The org that missed is charged where it sat when it missed, whatever the directory later becomes.
      return { kind: 'escalate', to, patch: { ...move.patch, missedPaths: [...c.missedPaths, current.path] }, event: move.event }
    }
    if (c.overdue) return null
    return { kind: 'overdue', patch: { overdue: true, escalateAt: null }, event: { at, type: 'overdue', fromOrgId: current.id, toOrgId: current.id, reason: null } }
  }

  if (isPastResolveBy(c, now) && !c.supervised) {
    const parent = chain.length >= 2 ? chain[chain.length - 2] : null
    const supervisorOrgId = parent?.id ?? null
    return {
      kind: 'supervise',
      patch: { supervised: true, supervisorOrgId, superviseAt: null },
      event: { at, type: 'supervised', fromOrgId: current.id, toOrgId: supervisorOrgId, reason: null },
    }
  }
  return null
}

/**
 * The nearest ancestor that may hold the case. Escalation only goes up and protected cases never sit below a
 * town, so skipping is a safeguard, never the expected path.
 */
function escalationTarget(c: Pick<CaseState, 'strictPrivacy'>, chain: readonly Org[]): Org | null {
  return nearestHolder(chain, (o) => mayHold(c.strictPrivacy, o.type))
}
