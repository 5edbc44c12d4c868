import { LEGAL_ERRORS, parametersInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'

/** The year's wage parameters for the calculators and the aid form (public). Default: this year (Shanghai). */
export const parameters = action({
  input: parametersInput,
  access: 'public',
  async handle({ year }, ctx) {
    const y = year ?? Number(shanghaiDay(ctx.now).slice(0, 4))
    const p = await ctx.deps.store.legal.getParameters(y)
    return p ?? fail('LEGAL.NO_PARAMETERS', LEGAL_ERRORS['LEGAL.NO_PARAMETERS'])
  },
})
