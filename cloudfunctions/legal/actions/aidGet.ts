import { aidGetInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { applicantView, loadAid, officerView } from '../lib/aid'

/** The applicant's own view, or a deciding officer's (identity and income in full; the read is audited). */
export const aidGet = action({
  input: aidGetInput,
  async handle({ id }, ctx) {
    const access = await loadAid(ctx, id)
    return access.as === 'applicant' ? applicantView(access.a) : officerView(ctx, access.a)
  },
})
