/**
 * Who may read and who may act on a consultation (issue 11), pure. Only federations hold consultations
 * (routing.ts), so an enterprise union's or joint union's officer never matches: they read nothing, even about
 * their own enterprise. A town's lawyer loses a consultation once it moves up to the city.
 */
import type { Officer } from '../../../../types/directory'
import { inScope } from '../scope'

type Held = { assignedOrgId: string; assignedPath: string }

/** Lawyers and officers of the holding org; admins of it or of an org above it. */
export function mayReadConsultation(officer: Pick<Officer, 'orgId' | 'role'>, c: Held): boolean {
  if (officer.role === 'admin') return inScope(officer.orgId, c.assignedPath)
  return officer.orgId === c.assignedOrgId
}

/** Claim, answer, follow up, close, publish: lawyers of the holding org; admins of it or of an org above it. */
export function mayAnswerConsultation(officer: Pick<Officer, 'orgId' | 'role'>, c: Held): boolean {
  if (officer.role === 'admin') return inScope(officer.orgId, c.assignedPath)
  return officer.role === 'lawyer' && officer.orgId === c.assignedOrgId
}
