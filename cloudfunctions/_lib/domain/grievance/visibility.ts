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

/** Why an officer does not see a participant's identity: the exact mode they chose, in the third person. */
const HIDDEN_NOTICE: Record<PrivacyMode, string> = {
  named: '没有留下联系方式',
  employer_blind: '选择了“不让单位知道”：只有镇（街道）总工会和市总工会能看到其姓名和电话',
  anonymous: '选择了“匿名”：任何工会工作人员都看不到其身份，请在诉求里回复',
}

/** `role`: who the notice speaks of (the reporter unless a worker who joined the case). */
export type Reporter = { privacy: PrivacyMode; contact: Contact | null; role?: 'reporter' | 'joiner' }

/** What an officer (already allowed to see the case) may see of one reporter. */
export function reporterView(reporter: Reporter, viewerOrgType: OrgType): ReporterView {
  const { privacy } = reporter
  if (!mayIdentify(privacy, viewerOrgType) || !reporter.contact) {
    const notice = privacy === 'named' || mayIdentify(privacy, viewerOrgType) ? HIDDEN_NOTICE.named : HIDDEN_NOTICE[privacy]
    return { privacy, visible: false, notice: `${reporter.role === 'joiner' ? '这位职工' : '报告人'}${notice}` }
  }
  return { privacy, visible: true, name: reporter.contact.name, phoneMasked: maskPhone(reporter.contact.phone) }
}

/** The full contact for an audited reveal, or null when this viewer may not identify the reporter. */
export function revealContact(reporter: Reporter, viewerOrgType: OrgType): Contact | null {
  return mayIdentify(reporter.privacy, viewerOrgType) ? reporter.contact : null
}
