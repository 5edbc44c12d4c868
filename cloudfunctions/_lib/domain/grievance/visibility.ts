/**
 * Who sees a case, and how much of its reporters.
 * - A case is visible to officers of its assigned org and every org above it (scope). A supervised case is
 *   also flagged in its parent org's queue. Protected (non-`named`) cases are never visible to grassroots
 *   officers, checked here as well as guaranteed by placement.
 * - Identity: `named` → name and masked phone for any officer who sees the case; `employer_blind` → only town
 *   and city federation officers; `anonymous` → nobody, ever (the contact is not even read).
 */
import type { Org, OrgType } from '../../../../types/directory'
import { FEDERATION_ORG_TYPES, type Contact, type PrivacyMode, type ReporterView } from '../../../../types/grievance'
import { inScope } from '../scope'
import { maskPhone } from './mask'
import { isGrassroots, type CaseState } from './placement'

export function canSeeCase(
  officerOrg: Pick<Org, 'id' | 'type'>,
  c: Pick<CaseState, 'assignedPath' | 'strictPrivacy' | 'supervised' | 'supervisorOrgId'>,
): boolean {
  if (c.strictPrivacy !== 'named' && isGrassroots(officerOrg.type)) return false
  return inScope(officerOrg.id, c.assignedPath) || isSupervisedFor(officerOrg.id, c)
}

/** Shown highlighted (督办) in this org's queue. */
export function isSupervisedFor(officerOrgId: string, c: Pick<CaseState, 'supervised' | 'supervisorOrgId'>): boolean {
  return c.supervised && c.supervisorOrgId === officerOrgId
}

export function mayIdentify(privacy: PrivacyMode, viewerOrgType: OrgType): boolean {
  if (privacy === 'named') return true
  if (privacy === 'employer_blind') return FEDERATION_ORG_TYPES.includes(viewerOrgType)
  return false
}

const HIDDEN_NOTICE: Record<PrivacyMode, string> = {
  named: '',
  employer_blind: '报告人选择了不让单位知道，只有镇（街道）总工会和市总工会能看到身份',
  anonymous: '报告人选择了匿名，任何人都看不到身份，请在诉求里回复',
}

export type Reporter = { privacy: PrivacyMode; contact: Contact | null }

/** What an officer (already allowed to see the case) may see of one reporter. */
export function reporterView(reporter: Reporter, viewerOrgType: OrgType): ReporterView {
  const { privacy } = reporter
  if (!mayIdentify(privacy, viewerOrgType) || !reporter.contact)
    return { privacy, visible: false, notice: HIDDEN_NOTICE[privacy] || '报告人没有留下联系方式' }
  return { privacy, visible: true, name: reporter.contact.name, phoneMasked: maskPhone(reporter.contact.phone) }
}

/** The full contact for an audited reveal, or null when this viewer may not identify the reporter. */
export function revealContact(reporter: Reporter, viewerOrgType: OrgType): Contact | null {
  return mayIdentify(reporter.privacy, viewerOrgType) ? reporter.contact : null
}
