/** Legal aid's small shared pieces: the consent text version, the daily allowance, this year's parameters. */
import type { ActionContext } from '../../_lib/runtime/deps'
import type { Allowance } from '../../_lib/runtime/quota'
import type { LegalParameters } from '../../_lib/store/legal-port'

/** The version of the 同意提供给工会 text the form shows (src/legal): stored with the consent. */
export const CONSENT_VERSION = 'aid-share-2026-12'

export function aidAllowance(ctx: ActionContext): Allowance {
  const max = ctx.deps.limits.dailyReportLimit
  return { name: 'legal-aid', max, per: 'day', refusal: `每天最多提交 ${max} 份法律援助申请，请明天再试` }
}

/** This year's city parameters, else last year's (the admin sets the new year's when they are published). */
export async function aidParameters(ctx: ActionContext): Promise<LegalParameters | null> {
  const year = Number(ctx.now.toISOString().slice(0, 4))
  return (await ctx.deps.store.legal.getParameters(year)) ?? (await ctx.deps.store.legal.getParameters(year - 1))
}
