import { calculateInput } from '../../../types/legal'
import { compensation, noContractPay, overtimePay } from '../../../types/legal/calculators'
import { action } from '../../_lib/runtime/function'

/**
 * 权益计算器 (public; the page runs the same module offline): overtime pay, double wages without a written
 * contract, N / N+1 / 2N. → `{ amount, lines: [{ label, amount, basis }], warnings }`, yuan exact to the fen.
 */
export const calculate = action({
  input: calculateInput,
  access: 'public',
  async handle(input) {
    if (input.kind === 'overtime') return { kind: input.kind, ...overtimePay(input) }
    if (input.kind === 'no_contract') return { kind: input.kind, ...noContractPay(input) }
    return { kind: input.kind, ...compensation(input) }
  },
})
