import { savePlanInput } from '../../../types/mutual-aid'
import { MUTUAL_AID_ERRORS } from '../../../types/mutual-aid-labels'
import { moneyRulesChanged } from '../../_lib/domain/mutual-aid/decide'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Plan } from '../../_lib/store/mutual-aid-port'
import { remember } from '../lib/plans'

const LOCKED_FIELD = '已有理赔的计划不能修改此项，请新建一个版本'

/**
 * 互助保障计划 (city federation admin): a new plan without `id`; with `id` the stored plan is replaced. Once a claim
 * exists under a plan its money rules are frozen (MUTUAL_AID.PLAN_LOCKED names each changed field); its name and
 * dates may still change. Version-guarded: two saves at once → one wins.
 */
export const savePlan = action({
  input: savePlanInput,
  async handle({ plan: { id, ...fields } }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'admin')
    if (org.type !== 'city_federation') throw new AppError('FORBIDDEN', '只有市总工会管理员才能设置互助保障计划')
    const { store } = ctx.deps
    const at = toIso(ctx.now)
    let plan: Plan
    if (!id) {
      plan = { ...fields, id: ctx.deps.ids(), locked: false, demo: false, createdAt: at, updatedAt: at, version: 1 }
    } else {
      const stored = await store.mutualAid.getPlan(id)
      if (!stored) return fail('NOT_FOUND', '没有找到这个互助保障计划')
      const changed = stored.locked ? moneyRulesChanged(stored, fields) : []
      if (changed.length) return fail('MUTUAL_AID.PLAN_LOCKED', MUTUAL_AID_ERRORS['MUTUAL_AID.PLAN_LOCKED'], Object.fromEntries(changed.map((k) => [`plan.${k}`, LOCKED_FIELD])))
      plan = { ...stored, ...fields, demo: false, updatedAt: at, version: stored.version + 1 }
    }
    if (!(await store.mutualAid.savePlan(plan))) return fail('CONFLICT')
    remember(ctx, plan)
    await audit(ctx, 'mutualAid.savePlan', 'mutual_aid_plan', plan.id, { year: plan.year, version: plan.version })
    return { id: plan.id, version: plan.version, locked: plan.locked }
  },
})
