import { getInput } from '../../../types/mutual-aid'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { loadForOfficer } from '../lib/access'

/** The full payout account, for the federation that pays (or above): audited, never listed, never logged. */
export const revealAccount = action({
  input: getInput,
  async handle({ id }, ctx) {
    const { c } = await loadForOfficer(ctx, id, 'approve')
    const account = JSON.parse(ctx.deps.crypto.decrypt(c.payoutEnc)) as { bankName: string; accountNo: string; accountName: string }
    await audit(ctx, 'mutualAid.revealAccount', 'mutual_aid_claim', id)
    return { id, bankName: account.bankName, accountNo: account.accountNo, accountName: account.accountName }
  },
})
