import { byReceiptInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { loadByReceipt } from '../lib/access'
import { askerView } from '../lib/views'

/** Anonymous follow-up with the 16-digit receipt code, from any account (or none, like grievance.byReceipt). */
export const byReceipt = action({
  input: byReceiptInput,
  access: 'public',
  async handle({ receipt }, ctx) {
    return askerView(ctx, await loadByReceipt(ctx, receipt))
  },
})
