/** Org and enterprise documents ↔ domain records: fields picked one by one, nulls kept, no `_id` leak. */
import type { Enterprise, Org } from '../../../../types/directory'
import type { Doc } from './db'

const nullable = <T>(value: unknown) => (value ?? null) as T | null

export function toOrg(d: Doc): Org {
  return {
    id: d._id,
    name: d.name as string,
    type: d.type as Org['type'],
    kind: nullable<NonNullable<Org['kind']>>(d.kind),
    parentId: nullable<string>(d.parentId),
    path: d.path as string,
    townId: nullable<string>(d.townId),
  }
}

export function orgFields(o: Org): Record<string, unknown> {
  return { name: o.name, type: o.type, kind: o.kind, parentId: o.parentId, path: o.path, townId: o.townId }
}

export function toEnterprise(d: Doc): Enterprise {
  return {
    id: d._id,
    name: d.name as string,
    creditCode: d.creditCode as string,
    townId: d.townId as string,
    unionId: nullable<string>(d.unionId),
    jointUnionId: nullable<string>(d.jointUnionId),
    staff: d.staff as number,
    industry: nullable<string>(d.industry),
  }
}

export function enterpriseFields(e: Enterprise): Record<string, unknown> {
  return {
    name: e.name,
    creditCode: e.creditCode,
    townId: e.townId,
    unionId: e.unionId,
    jointUnionId: e.jointUnionId,
    staff: e.staff,
    industry: e.industry,
  }
}
