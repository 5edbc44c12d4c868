import { byReceiptInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { guess } from '../../_lib/runtime/guesses'
import { fail } from '../../_lib/runtime/result'
import { receiptHash } from '../lib/keys'
import { workerView } from '../lib/views'

/**
 * Follow-up with the 16-digit receipt code, from any WeChat account: the code is the credential, so a wrong one is
 * a failed guess (limited per account and per source, audited without the code: runtime/guesses.ts).
 */
export const byReceipt = action({
  input: byReceiptInput,
  access: 'public',
  async handle({ receipt }, ctx) {
    return guess(ctx, 'receipt', async () => {
      // The case and its reporter in one read.
      const found = await ctx.deps.store.grievances.getWithParticipantsByReceiptHash(receiptHash(ctx.deps.crypto, receipt))
      if (!found) return fail('NOT_FOUND', '没有找到这个回执码对应的诉求，请核对后重新输入')
      return workerView(ctx, found.c, found.participants[0] ?? null)
    })
  },
})
