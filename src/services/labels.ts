/**
 * Chinese labels for the directory's enums, kept zod-free: importing values from types/directory.ts
 * pulls zod with every locale (~250 KB minified) into the mini-program's main package.
 * The `Record<…>` types make the compiler flag a new org type or role that has no label here.
 */
import type { Org, OfficerRole, OrgType } from '../../types/directory'

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  city_federation: '市总工会',
  town_federation: '镇(街道)总工会',
  area_committee: '片区工委',
  enterprise_union: '企业工会',
  joint_union: '联合工会',
}

export const ROLE_LABELS: Record<OfficerRole, string> = {
  officer: '工会干部',
  admin: '管理员',
  lawyer: '工会律师',
}

export const ROLES = Object.keys(ROLE_LABELS) as OfficerRole[]

/** "行业联合工会" / "区域联合工会" where the kind is known, else the type's label. */
export function orgTypeLabel(org: Pick<Org, 'type' | 'kind'>): string {
  if (org.type !== 'joint_union' || !org.kind) return ORG_TYPE_LABELS[org.type]
  return org.kind === 'industry' ? '行业联合工会' : '区域联合工会'
}
