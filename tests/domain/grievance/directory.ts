/** A small union tree for the grievance domain tests (plain data, no store). */
import type { Enterprise, Org, OrgType } from '../../../types/directory'
import type { CaseState } from '../../../cloudfunctions/_lib/domain/grievance/case'

export function org(id: string, type: OrgType, parent: Org | null = null): Org {
  const path = `${parent ? parent.path : '/'}${id}/`
  const townId = type === 'town_federation' ? id : (parent?.townId ?? null)
  return { id, name: `${id} 工会`, type, kind: type === 'joint_union' ? 'regional' : null, parentId: parent?.id ?? null, path, townId }
}

//  yw 市总
//  ├─ sx 镇总 ─┬─ sx-a1 片区 ── sx-a1-e1 企业工会
//  │           ├─ sx-e2 企业工会 (directly under the town)
//  │           └─ sx-j1 联合工会 ── sx-j1-e3 企业工会
//  ├─ fl 镇总 ── fl-e1 企业工会
//  └─ yw-ind 行业联合工会 (city level)
export const yw = org('yw', 'city_federation')
export const sx = org('sx', 'town_federation', yw)
export const sxA1 = org('sx-a1', 'area_committee', sx)
export const sxA1E1 = org('sx-a1-e1', 'enterprise_union', sxA1)
export const sxE2 = org('sx-e2', 'enterprise_union', sx)
export const sxJ1 = org('sx-j1', 'joint_union', sx)
export const sxJ1E3 = org('sx-j1-e3', 'enterprise_union', sxJ1)
export const fl = org('fl', 'town_federation', yw)
export const flE1 = org('fl-e1', 'enterprise_union', fl)
export const ywInd = { ...org('yw-ind', 'joint_union', yw), kind: 'industry' as const }
export const ALL_ORGS = [yw, sx, sxA1, sxA1E1, sxE2, sxJ1, sxJ1E3, fl, flE1, ywInd]
const byId = new Map(ALL_ORGS.map((o) => [o.id, o]))

/** Orgs on a path, root first: what the sweep loads for a case. */
export function chainOf(path: string, orgs: ReadonlyMap<string, Org> = byId): Org[] {
  return path.split('/').filter(Boolean).map((id) => orgs.get(id)!)
}

export function enterprise(over: Partial<Enterprise> = {}): Enterprise {
  return { id: 'ent-1', name: '义乌织造有限公司', creditCode: '91330782MA2XXXXXX1', townId: 'sx', unionId: null, jointUnionId: null, staff: 40, industry: null, ...over }
}

/** A pending case at `at`, received at `receivedAt`, with its accept-by as given. */
export function caseAt(at: Org, over: Partial<CaseState> = {}): CaseState {
  return {
    status: 'pending',
    strictPrivacy: 'named',
    urgent: false,
    affectedCount: 1,
    assignedOrgId: at.id,
    assignedPath: at.path,
    routeReason: 'ENTERPRISE_UNION',
    receivedAt: '2026-03-10T10:00:00+08:00',
    acceptBy: '2026-03-13T00:00:00+08:00',
    acceptByEstimated: false,
    acceptedAt: null,
    resolveBy: null,
    pausedMs: 0,
    pausedSince: null,
    supervised: false,
    supervisorOrgId: null,
    overdue: false,
    escalateAt: '2026-03-13T00:00:00+08:00',
    superviseAt: null,
    missedPaths: [],
    ...over,
  }
}
