/**
 * An officer may hand a case they hold (in their scope) to another org in their scope or to an ancestor of
 * their own org; the receiving org accepts it itself (`moveTo`). A protected case never goes to a grassroots org.
 * A supervising parent taking a case over is a transfer to its own org with reason TAKEN_OVER.
 */
import type { Org } from '../../../../types/directory'
import { GRIEVANCE_ERRORS, OPEN_STATUSES, type GrievanceErrorCode } from '../../../../types/grievance'
import { GENERIC_MESSAGES } from '../../../../types/envelope'
import { inScope } from '../scope'
import { mayHold, type CaseState } from './placement'

export type TransferCheck =
  | { ok: true }
  | { ok: false; code: 'FORBIDDEN' | GrievanceErrorCode; message: string }

const refuse = (code: GrievanceErrorCode): TransferCheck => ({ ok: false, code, message: GRIEVANCE_ERRORS[code] })

export function canTransfer(
  c: Pick<CaseState, 'status' | 'strictPrivacy' | 'assignedOrgId' | 'assignedPath'>,
  officerOrg: Pick<Org, 'id' | 'path'>,
  target: Pick<Org, 'id' | 'path' | 'type'>,
): TransferCheck {
  const ancestorOfOfficer = officerOrg.path.includes(`/${target.id}/`)
  if (!inScope(officerOrg.id, c.assignedPath) || !(inScope(officerOrg.id, target.path) || ancestorOfOfficer))
    return { ok: false, code: 'FORBIDDEN', message: GENERIC_MESSAGES.FORBIDDEN }
  if (!OPEN_STATUSES.includes(c.status)) return refuse('GRIEVANCE.NOT_OPEN')
  if (target.id === c.assignedOrgId) return refuse('GRIEVANCE.SAME_ORG')
  if (!mayHold(c.strictPrivacy, target.type)) return refuse('PRIVACY.TRANSFER_FORBIDDEN')
  return { ok: true }
}

/** The supervising (parent) org's officers may take a supervised case over: `moveTo` their org, TAKEN_OVER. */
export function canTakeOver(c: Pick<CaseState, 'supervised' | 'supervisorOrgId'>, officerOrg: Pick<Org, 'id'>): boolean {
  return c.supervised && c.supervisorOrgId === officerOrg.id
}
