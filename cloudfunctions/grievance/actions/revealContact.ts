import { revealContactInput } from '../../../types/grievance'
import { revealContact as reveal, reporterView, type Reporter } from '../../_lib/domain/grievance/visibility'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { loadForOfficer } from '../lib/access'

/**
 * The full phone of one reporter (`reporterId` as in the officer view), for an officer allowed to identify
 * them. Every attempt is audited, refused ones too; the audit records who asked, never the phone.
 */
export const revealContact = action({
  input: revealContactInput,
  async handle({ id, reporterId }, ctx) {
    const { org, c, people } = await loadForOfficer(ctx, id)
    const index = reporterId === undefined ? 0 : Number(reporterId)
    const p = Number.isInteger(index) ? people[index] : undefined
    if (!p) return fail('NOT_FOUND', '没有找到这位报告人')
    // An anonymous reporter's contact is never even decrypted.
    const reporter: Reporter = { privacy: p.privacy, role: p.role, contact: p.privacy !== 'anonymous' && p.contactEnc ? JSON.parse(ctx.deps.crypto.decrypt(p.contactEnc)) : null }
    const contact = reveal(reporter, org.type)
    await audit(ctx, 'grievance.revealContact', 'grievance', c.id, { orgId: org.id, reporterId: String(index), granted: contact !== null })
    if (!contact) {
      const view = reporterView(reporter, org.type)
      return fail('FORBIDDEN', view.visible ? '您不能查看这位报告人的联系方式' : view.notice)
    }
    return { id: c.id, reporterId: String(index), name: contact.name, phone: contact.phone }
  },
})
