/**
 * Where a case may sit, and the one way it moves between orgs (escalation, transfer, re-route, take-over).
 * Invariant guarded here: a case with any non-`named` reporter never sits at a grassroots org
 * (enterprise union, joint union, area committee), whose officers may answer to the employer.
 */
import type { Org, OrgType } from '../../../../types/directory'
import {
  GRASSROOTS_ORG_TYPES,
  type HistoryEntry,
  type HistoryType,
  type PrivacyMode,
  type RouteReason,
} from '../../../../types/grievance'
import type { WorkCalendar } from '../calendar'
import { toIso } from '../../runtime/time'
import { acceptDeadline } from './deadlines'
import type { CaseState, PlacementPatch } from './case'

export type { CaseState, PlacementPatch }

const PRIVACY_RANK: Record<PrivacyMode, number> = { named: 0, employer_blind: 1, anonymous: 2 }

/** The more protective of two modes: a case's placement privacy after a worker joins it. */
export function strictestPrivacy(a: PrivacyMode, b: PrivacyMode): PrivacyMode {
  return PRIVACY_RANK[a] >= PRIVACY_RANK[b] ? a : b
}

export function isGrassroots(type: OrgType): boolean {
  return GRASSROOTS_ORG_TYPES.includes(type)
}

/** Whether a case of this (placement) privacy may be held by an org of this type. */
export function mayHold(privacy: PrivacyMode, type: OrgType): boolean {
  return privacy === 'named' || !isGrassroots(type)
}

export type Move = { patch: PlacementPatch; event: HistoryEntry }

/**
 * Places the case at `to`, which must accept it itself: status back to pending, a fresh accept-by from `now`,
 * the resolve clock cleared. Throws (a bug, not a business outcome) if the privacy invariant would break.
 */
export function moveTo(
  /** `assignedOrgId` null for a new case (its `submitted` event has no `fromOrgId`). */
  c: Pick<CaseState, 'strictPrivacy' | 'urgent'> & { assignedOrgId: string | null },
  to: Org,
  how: { type: HistoryType; reason: RouteReason; now: Date; calendar: WorkCalendar; note?: string },
): Move {
  if (!mayHold(c.strictPrivacy, to.type))
    throw new Error(`privacy invariant: a ${c.strictPrivacy} case cannot be placed at ${to.type} ${to.id}`)
  const deadline = acceptDeadline(how.now, c.urgent, how.calendar)
  const at = toIso(how.now)
  return {
    patch: {
      status: 'pending',
      assignedOrgId: to.id,
      assignedPath: to.path,
      routeReason: how.reason,
      receivedAt: at,
      acceptBy: deadline.at,
      acceptByEstimated: deadline.estimated,
      acceptedAt: null,
      resolveBy: null,
      pausedMs: 0,
      pausedSince: null,
      supervised: false,
      supervisorOrgId: null,
      overdue: false,
      escalateAt: deadline.at,
      superviseAt: null,
    },
    event: {
      at,
      type: how.type,
      fromOrgId: c.assignedOrgId,
      toOrgId: to.id,
      reason: how.reason,
      ...(how.note ? { note: how.note } : {}),
    },
  }
}
