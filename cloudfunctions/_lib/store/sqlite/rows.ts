/** Row ↔ domain mapping for the directory tables (snake_case columns, camelCase types). */
import type { Enterprise, Org } from '../../../../types/directory'

export type OrgRow = {
  id: string
  name: string
  type: Org['type']
  kind: Org['kind']
  parent_id: string | null
  path: string
  town_id: string | null
}

export type EnterpriseRow = {
  id: string
  name: string
  credit_code: string
  town_id: string
  union_id: string | null
  joint_union_id: string | null
  staff: number
  industry: string | null
}

export const toOrg = (r: OrgRow): Org => ({
  id: r.id,
  name: r.name,
  type: r.type,
  kind: r.kind ?? null,
  parentId: r.parent_id ?? null,
  path: r.path,
  townId: r.town_id ?? null,
})

export const fromOrg = (o: Org): OrgRow => ({
  id: o.id,
  name: o.name,
  type: o.type,
  kind: o.kind ?? null,
  parent_id: o.parentId ?? null,
  path: o.path,
  town_id: o.townId ?? null,
})

export const toEnterprise = (r: EnterpriseRow): Enterprise => ({
  id: r.id,
  name: r.name,
  creditCode: r.credit_code,
  townId: r.town_id,
  unionId: r.union_id ?? null,
  jointUnionId: r.joint_union_id ?? null,
  staff: r.staff,
  industry: r.industry ?? null,
})

export const fromEnterprise = (e: Enterprise): EnterpriseRow => ({
  id: e.id,
  name: e.name,
  credit_code: e.creditCode,
  town_id: e.townId,
  union_id: e.unionId ?? null,
  joint_union_id: e.jointUnionId ?? null,
  staff: e.staff,
  industry: e.industry ?? null,
})
