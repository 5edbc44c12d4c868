/**
 * Who may file for an enterprise: an officer (or admin) of exactly the org that files for it — its own union, else
 * the joint union that covers it, else its town federation (domain/arrears/filer.ts). Nobody files for another
 * union's enterprise, not even an org above it: the report is the grassroots union's own statement.
 */
import { ARREARS_ERRORS } from '../../../types/arrears-labels'
import type { Enterprise, Officer } from '../../../types/directory'
import { filerOf } from '../../_lib/domain/arrears/filer'
import { requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'

export const refuse = (code: keyof typeof ARREARS_ERRORS, field: string) =>
  new AppError(code, ARREARS_ERRORS[code], { [field]: ARREARS_ERRORS[code] })

export async function requireFiler(ctx: ActionContext, enterpriseId: string): Promise<{ officer: Officer; enterprise: Enterprise; filerOrgId: string }> {
  const officer = await requireOfficer(ctx, 'officer')
  const enterprise = await ctx.deps.store.directory.getEnterprise(enterpriseId)
  if (!enterprise) throw refuse('ARREARS.UNKNOWN_ENTERPRISE', 'enterpriseId')
  const filerOrgId = filerOf(enterprise)
  if (officer.orgId !== filerOrgId) throw new AppError('FORBIDDEN', ARREARS_ERRORS['ARREARS.NOT_FILER'])
  return { officer, enterprise, filerOrgId }
}
