import { getInput } from '../../../types/legal'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { loadById } from '../lib/access'
import { askerView, officerView } from '../lib/views'

/** The asker sees their consultation; a lawyer/officer who may read it sees the officer view (audited). */
export const get = action({
  input: getInput,
  async handle({ id }, ctx) {
    const access = await loadById(ctx, id)
    if (access.as === 'asker') return askerView(ctx, access.c)
    await audit(ctx, 'legal.view', 'consultation', id, { orgId: access.c.assignedOrgId, contact: access.c.contactEnc !== null })
    return officerView(ctx, access.c, access.officer, access.mayAnswer)
  },
})
