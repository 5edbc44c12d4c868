import { setParametersInput } from '../../../types/legal'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficer } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { LegalParameters } from '../../_lib/store/legal-port'

/**
 * 年度工资参数, per year, by an admin of the city federation only (like calendar years): the local average monthly
 * wage (the 3× cap of compensation), the minimum monthly wage, the legal-aid income threshold (default: the minimum).
 */
export const setParameters = action({
  input: setParametersInput,
  async handle(input, ctx) {
    const admin = await requireOfficer(ctx, 'admin')
    const org = await ctx.deps.store.directory.getOrg(admin.orgId)
    if (org?.type !== 'city_federation') throw new AppError('FORBIDDEN', '工资参数由市总工会管理员设置')
    const p: LegalParameters = {
      year: input.year, localAverageMonthlyWage: input.localAverageMonthlyWage, minimumMonthlyWage: input.minimumMonthlyWage,
      aidIncomeThreshold: input.aidIncomeThreshold ?? input.minimumMonthlyWage, demo: false, updatedAt: toIso(ctx.now),
    }
    await ctx.deps.store.legal.putParameters(p)
    await audit(ctx, 'legal.setParameters', 'legalParameters', String(input.year), { year: input.year })
    return p
  },
})
