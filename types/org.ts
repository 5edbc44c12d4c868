/**
 * The directory's enums and their Chinese labels, free of zod: pages import these, and a page that imports a
 * value from a zod schema file pulls zod's locales into the mini-program's main package (~250 KB).
 */
export const ORG_TYPES = ['city_federation', 'town_federation', 'area_committee', 'enterprise_union', 'joint_union'] as const
export type OrgType = (typeof ORG_TYPES)[number]

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  city_federation: '市总工会',
  town_federation: '镇(街道)总工会',
  area_committee: '片区工委',
  enterprise_union: '企业工会',
  joint_union: '联合工会',
}

export const OFFICER_ROLES = ['officer', 'admin', 'lawyer'] as const
export type OfficerRole = (typeof OFFICER_ROLES)[number]

export const ROLE_LABELS: Record<OfficerRole, string> = {
  officer: '工会干部',
  admin: '管理员',
  lawyer: '工会律师',
}

/** "行业联合工会" / "区域联合工会" where the kind is known, else the type's label. */
export function orgTypeLabel(org: { type: OrgType; kind: 'regional' | 'industry' | null }): string {
  if (org.type !== 'joint_union' || !org.kind) return ORG_TYPE_LABELS[org.type]
  return org.kind === 'industry' ? '行业联合工会' : '区域联合工会'
}
