/** The consultation state the pure clock works on; the store's Consultation extends it (as grievances' CaseState). */
import type { ConsultStatus, LegalRouteReason } from '../../../../types/legal-labels'

export type LegalHistoryType =
  | 'asked' | 'claimed' | 'answered' | 'escalated' | 'supervised' | 'closed' | 'rated' | 'published' // consultations
  | 'applied' | 'material_requested' | 'material_supplied' | 'granted' | 'refused' | 'withdrawn' // aid

export type LegalHistoryEntry = {
  at: string
  type: LegalHistoryType
  fromOrgId: string | null
  toOrgId: string | null
  /** Officer openid for officer events; null for the worker and the system. Never shown to workers. */
  actor: string | null
  note?: string
}

export type ConsultClockState = {
  status: ConsultStatus
  assignedOrgId: string
  assignedPath: string
  routeReason: LegalRouteReason
  answerBy: string
  escalateAt: string | null
  supervised: boolean
  missedOrgIds: string[]
  claimedBy: string | null
  claimedAt: string | null
  firstAnsweredAt: string | null
}
