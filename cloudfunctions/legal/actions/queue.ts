import { queueInput } from '../../../types/legal'
import { mayHoldLegal } from '../../_lib/domain/legal/routing'
import { inScope } from '../../_lib/domain/scope'
import { requireOfficer } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { queueRow } from '../lib/views'

/**
 * 咨询待办: the org's open consultations, earliest answer-by first (keyset), optionally of one status. For the lawyers and officers of the org
 * (default: the caller's own) and its admins or those of an org above it. Enterprise-level orgs hold none: refused.
 */
export const queue = action({
  input: queueInput,
  async handle({ orgId, status, cursor, limit }, ctx) {
    const officer = await requireOfficerAny(ctx)
    const org = await ctx.deps.store.directory.getOrg(orgId ?? officer.orgId)
    if (!org) throw new AppError('NOT_FOUND', '没有找到该组织')
    const allowed = org.id === officer.orgId || (officer.role === 'admin' && inScope(officer.orgId, org.path))
    if (!allowed) throw new AppError('FORBIDDEN', '该组织不在您的管辖范围内')
    if (!mayHoldLegal(org)) throw new AppError('FORBIDDEN', '法律咨询由镇（街道）总工会和市总工会办理')
    const page = await ctx.deps.store.legal.listConsultationQueue(org.id, status ? { status } : {}, cursor, limit ?? 20)
    return { orgId: org.id, items: page.items.map((c) => queueRow(c, officer.openid)), next: page.next }
  },
})

/** Any officer record (lawyer, officer or admin): the org check above decides the rest. */
async function requireOfficerAny(ctx: Parameters<typeof requireOfficer>[0]) {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  const officer = await ctx.deps.store.officers.get(ctx.caller.openid)
  if (!officer) throw new AppError('FORBIDDEN')
  ctx.actingOfficer = officer.openid
  return officer
}
