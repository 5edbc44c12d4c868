/**
 * Validates a whole directory file against itself and the orgs already stored, before anything is written.
 * Pure: the caller passes the existing orgs the file refers to. Every bad row is reported with its index.
 */
import type { DirectoryFile, Enterprise, ImportProblem, Officer, Org, OrgType } from '../../../types/directory'
import { inScope, orgPath } from './scope'

export type ImportBatch = { orgs: Org[]; enterprises: Enterprise[]; officers: Officer[] }
export type ImportPlan = { ok: true; batch: ImportBatch } | { ok: false; problems: ImportProblem[] }

/** Which parent types each org type may hang under. */
const PARENTS: Record<OrgType, OrgType[]> = {
  city_federation: [],
  town_federation: ['city_federation'],
  area_committee: ['town_federation'],
  enterprise_union: ['area_committee', 'town_federation', 'joint_union'],
  joint_union: ['town_federation', 'city_federation'],
}

/** Ids of every org the file defines or refers to: the caller loads those already stored. */
export function referencedOrgIds(file: DirectoryFile): string[] {
  const refs = new Set<string>()
  const add = (id: string | null | undefined) => id && refs.add(id)
  file.orgs.forEach((o) => (add(o.id), add(o.parentId)))
  file.enterprises.forEach((e) => [e.townId, e.unionId, e.jointUnionId].forEach(add))
  file.officers.forEach((o) => add(o.orgId))
  return [...refs]
}

export function planImport(file: DirectoryFile, existing: ReadonlyMap<string, Org>): ImportPlan {
  const problems: ImportProblem[] = []
  const orgs = resolveOrgs(file, existing, problems)
  const lookup = (id: string) => orgs.get(id) ?? existing.get(id)
  const enterprises = checkEnterprises(file, lookup, problems)
  const officers = checkOfficers(file, lookup, problems)
  if (problems.length) return { ok: false, problems }
  const fileOrgIds = new Set(file.orgs.map((o) => o.id))
  return { ok: true, batch: { orgs: [...orgs.values()].filter((o) => fileOrgIds.has(o.id)), enterprises, officers } }
}

function resolveOrgs(file: DirectoryFile, existing: ReadonlyMap<string, Org>, problems: ImportProblem[]): Map<string, Org> {
  const rows = new Map<string, { row: DirectoryFile['orgs'][number]; index: number }>()
  file.orgs.forEach((row, index) => {
    const bad = (reason: string) => problems.push({ section: 'orgs', index, id: row.id, reason })
    if (rows.has(row.id)) return bad(`组织编号 ${row.id} 在文件中重复`)
    if (row.type === 'joint_union' && !row.kind) bad('联合工会须注明类型 kind：regional（区域）或 industry（行业）')
    if (row.type !== 'joint_union' && row.kind) bad('只有联合工会才有 kind')
    if (row.type === 'city_federation' && row.parentId) bad('市总工会不能有上级组织')
    if (row.type !== 'city_federation' && !row.parentId) bad('缺少上级组织 parentId')
    const stored = existing.get(row.id)
    // Moving an org would leave its stored descendants with stale paths: not done by import.
    if (stored && (stored.parentId !== (row.parentId ?? null) || stored.type !== row.type))
      bad('已有组织不能通过导入更改类型或上级组织')
    rows.set(row.id, { row, index })
  })

  const resolved = new Map<string, Org>()
  const resolving = new Set<string>()
  const typeOf = (id: string) => rows.get(id)?.row.type ?? existing.get(id)?.type

  const resolve = (id: string): Org | null => {
    const done = resolved.get(id)
    if (done) return done
    const entry = rows.get(id)
    if (!entry) return existing.get(id) ?? null
    const { row, index } = entry
    const bad = (reason: string) => (problems.push({ section: 'orgs', index, id, reason }), null)
    if (resolving.has(id)) return bad(`上级关系出现循环（${id}）`)
    let ancestors: string[] = []
    if (row.parentId) {
      if (!rows.has(row.parentId) && !existing.has(row.parentId)) return bad(`上级组织 ${row.parentId} 不存在`)
      const parentType = typeOf(row.parentId)!
      if (!PARENTS[row.type].includes(parentType)) return bad(`${row.type} 不能挂在 ${parentType} 之下`)
      resolving.add(id)
      const parent = resolve(row.parentId)
      resolving.delete(id)
      if (!parent) return rows.has(row.parentId) ? bad(`上级组织 ${row.parentId} 有误`) : null
      ancestors = parent.path.split('/').filter(Boolean)
    }
    const path = orgPath([...ancestors, id])
    const parentTown = row.parentId ? (resolved.get(row.parentId) ?? existing.get(row.parentId))?.townId ?? null : null
    const org: Org = {
      id,
      name: row.name,
      type: row.type,
      kind: row.kind ?? null,
      parentId: row.parentId ?? null,
      path,
      townId: row.type === 'town_federation' ? id : parentTown,
    }
    resolved.set(id, org)
    return org
  }

  for (const id of rows.keys()) resolve(id)
  return resolved
}

function checkEnterprises(file: DirectoryFile, lookup: (id: string) => Org | undefined, problems: ImportProblem[]): Enterprise[] {
  const ids = new Set<string>()
  const codes = new Map<string, number>()
  return file.enterprises.map((row, index) => {
    const bad = (reason: string) => problems.push({ section: 'enterprises', index, id: row.id, reason })
    if (ids.has(row.id)) bad(`企业编号 ${row.id} 在文件中重复`)
    ids.add(row.id)
    const dup = codes.get(row.creditCode)
    if (dup !== undefined) bad(`统一社会信用代码与第 ${dup} 行重复`)
    else codes.set(row.creditCode, index)
    const town = lookup(row.townId)
    if (town?.type !== 'town_federation') bad(`所在镇街 ${row.townId} 不是已知的镇(街道)总工会`)
    if (row.unionId) {
      const u = lookup(row.unionId)
      if (u?.type !== 'enterprise_union') bad(`企业工会 ${row.unionId} 不存在`)
      else if (u.townId !== row.townId) bad(`企业工会 ${row.unionId} 不在该企业所在镇街`)
    }
    if (row.jointUnionId) {
      const j = lookup(row.jointUnionId)
      if (j?.type !== 'joint_union') bad(`联合工会 ${row.jointUnionId} 不存在`)
      else if (j.townId !== null && j.townId !== row.townId) bad(`联合工会 ${row.jointUnionId} 不在该企业所在镇街`)
    }
    return {
      id: row.id,
      name: row.name,
      creditCode: row.creditCode,
      townId: row.townId,
      unionId: row.unionId ?? null,
      jointUnionId: row.jointUnionId ?? null,
      staff: row.staff,
      industry: row.industry || null,
    }
  })
}

function checkOfficers(file: DirectoryFile, lookup: (id: string) => Org | undefined, problems: ImportProblem[]): Officer[] {
  const seen = new Set<string>()
  return file.officers.map((row, index) => {
    const bad = (reason: string) => problems.push({ section: 'officers', index, id: row.openid, reason })
    if (seen.has(row.openid)) bad(`openid ${row.openid} 在文件中重复（一人只能在一个组织任职）`)
    seen.add(row.openid)
    if (!lookup(row.orgId)) bad(`所属组织 ${row.orgId} 不存在`)
    return { openid: row.openid, orgId: row.orgId, role: row.role, name: row.name }
  })
}

/** What is already stored under the keys a file touches (see `scopeProblems`). */
export type StoredRecords = {
  /** Stored orgs the file refers to, and those the stored enterprises and officers below refer to. */
  orgs: ReadonlyMap<string, Org>
  /** Stored enterprises with a file row's id or credit code. */
  enterprises: readonly Enterprise[]
  /** Stored officers with a file row's openid. */
  officers: readonly Officer[]
}

/** Org ids the stored enterprises and officers refer to: their paths decide whether the admin may change them. */
export function storedOrgIds(enterprises: readonly Enterprise[], officers: readonly Officer[]): string[] {
  const ids = new Set<string>()
  enterprises.forEach((e) => [e.townId, e.unionId, e.jointUnionId].forEach((id) => id && ids.add(id)))
  officers.forEach((o) => ids.add(o.orgId))
  return [...ids]
}

const ATTACHMENTS = [['unionId', '企业工会'], ['jointUnionId', '联合工会']] as const

/**
 * An admin may change only orgs, enterprises and officers already in its subtree, or add new ones placed in
 * it: every row is checked as stored and as written. An enterprise is in the subtree when its town is; a
 * union it is attached to or detached from must be too (attachments route reports). A credit code held by an
 * enterprise outside the subtree cannot be taken over or shadowed. A stored org missing from `orgs` counts as
 * outside (fail closed).
 */
export function scopeProblems(batch: ImportBatch, scopeOrgId: string, stored: StoredRecords): ImportProblem[] {
  const problems: ImportProblem[] = []
  const written = new Map(batch.orgs.map((o) => [o.id, o]))
  const wasMine = (id: string) => inScope(scopeOrgId, stored.orgs.get(id)?.path ?? '')
  const isMine = (id: string) => inScope(scopeOrgId, (written.get(id) ?? stored.orgs.get(id))?.path ?? '')

  batch.orgs.forEach((o, index) => {
    if ((stored.orgs.has(o.id) && !wasMine(o.id)) || !isMine(o.id))
      problems.push({ section: 'orgs', index, id: o.id, reason: `组织 ${o.id} 不在您的管辖范围内` })
  })

  const byId = new Map(stored.enterprises.map((e) => [e.id, e]))
  const byCode = new Map(stored.enterprises.map((e) => [e.creditCode, e]))
  batch.enterprises.forEach((e, index) => {
    const bad = (reason: string) => problems.push({ section: 'enterprises', index, id: e.id, reason })
    const before = byId.get(e.id)
    if (before && !wasMine(before.townId)) return bad(`企业 ${e.id} 属于您管辖范围以外的镇街，不能通过导入更改`)
    if (!isMine(e.townId)) bad(`企业 ${e.id} 所在镇街不在您的管辖范围内`)
    for (const [field, label] of ATTACHMENTS) {
      const was = before?.[field] ?? null
      const now = e[field]
      if (was === now) continue
      if (was !== null && !wasMine(was)) bad(`不能解除企业与您管辖范围以外的${label} ${was} 的关联`)
      if (now !== null && !isMine(now)) bad(`${label} ${now} 不在您的管辖范围内`)
    }
    const holder = byCode.get(e.creditCode)
    if (holder && holder.id !== e.id && !wasMine(holder.townId)) bad('该统一社会信用代码已属于您管辖范围以外的企业')
  })

  const officers = new Map(stored.officers.map((o) => [o.openid, o]))
  batch.officers.forEach((o, index) => {
    const bad = (reason: string) => problems.push({ section: 'officers', index, id: o.openid, reason })
    const before = officers.get(o.openid)
    if (before && !wasMine(before.orgId)) return bad(`openid ${o.openid} 已在您管辖范围以外的组织任职，不能通过导入更改`)
    if (!isMine(o.orgId)) bad(`干部所属组织 ${o.orgId} 不在您的管辖范围内`)
  })
  return problems
}

/** Problems as envelope `fields`: `{ "orgs.3": "上级组织 x 不存在" }`. */
export function problemFields(problems: ImportProblem[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of problems) {
    const key = `${p.section}.${p.index}`
    out[key] = out[key] ? `${out[key]}；${p.reason}` : p.reason
  }
  return out
}
