/** The shape of a case as the pure grievance rules see it. */
import type { GrievanceStatus, PrivacyMode } from '../../../../types/grievance'

/**
 * The case fields the pure rules read and write. Names match the store's `GrievanceCase`, so a stored case
 * can be passed as is and a patch spread over it.
 */
export type CaseState = {
  status: GrievanceStatus
  /** The strictest privacy among the case's reporters (`strictestPrivacy`): it governs placement. */
  strictPrivacy: PrivacyMode
  urgent: boolean
  affectedCount: number
  assignedOrgId: string
  /** Path of the assigned org, `/yw/sx/sx-a1/`. */
  assignedPath: string
  routeReason: string
  /** When the case reached its current org (ISO +08:00). */
  receivedAt: string
  acceptBy: string
  acceptByEstimated: boolean
  acceptedAt: string | null
  resolveBy: string | null
  /** Resolve-clock time spent waiting for the worker, finished pauses only. */
  pausedMs: number
  /** Set while waiting for the worker's information. */
  pausedSince: string | null
  /** 督办: past resolve-by; the supervisor (parent) org's queue shows it. */
  supervised: boolean
  supervisorOrgId: string | null
  /** Past accept-by at the root, where there is nowhere higher to go. */
  overdue: boolean
  /** Sweep keys: the instant the case becomes due for escalation / supervision, null while that clock is off. */
  escalateAt: string | null
  superviseAt: string | null
  /**
   * The paths of the orgs the case was escalated away from (one per hop, oldest first, repeats kept): the
   * statistics charge each miss there, and the store finds a union's misses by them after the case left it.
   */
  missedPaths: string[]
}

export type PlacementPatch = Pick<
  CaseState,
  | 'status'
  | 'assignedOrgId'
  | 'assignedPath'
  | 'routeReason'
  | 'receivedAt'
  | 'acceptBy'
  | 'acceptByEstimated'
  | 'acceptedAt'
  | 'resolveBy'
  | 'pausedMs'
  | 'pausedSince'
  | 'supervised'
  | 'supervisorOrgId'
  | 'overdue'
  | 'escalateAt'
  | 'superviseAt'
>
