/**
 * The import use case, shared by the admin action and `npm run import`: validate the whole file against
 * itself and the stored directory, check the admin's scope, then write (see DirectoryStore.upsertBatch).
 */
import type { DirectoryFile } from '../../types/directory'
import { planImport, problemFields, referencedOrgIds, type ImportBatch } from '../_lib/domain/directory-import'
import { inScope } from '../_lib/domain/scope'
import { fail, type Failure } from '../_lib/runtime/result'
import type { Store } from '../_lib/store/port'

export type ImportSummary = { orgs: number; enterprises: number; officers: number }

export async function importDirectory(
  store: Store,
  file: DirectoryFile,
  opts: { scopeOrgId?: string; fieldPrefix?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportSummary | Failure> {
  const existing = new Map((await store.directory.getOrgs(referencedOrgIds(file))).map((o) => [o.id, o]))
  const plan = planImport(file, existing)
  const prefixed = (fields: Record<string, string>) =>
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${opts.fieldPrefix ?? ''}${k}`, v]))
  if (!plan.ok) {
    return fail('DIRECTORY.IMPORT_INVALID', `导入文件有 ${plan.problems.length} 处错误，未写入任何数据`, prefixed(problemFields(plan.problems)))
  }
  if (opts.scopeOrgId) {
    const outside = outOfScope(plan.batch, opts.scopeOrgId, existing)
    if (Object.keys(outside).length) return fail('FORBIDDEN', '导入内容超出您的管辖范围，未写入任何数据', prefixed(outside))
  }
  await store.directory.upsertBatch(plan.batch, opts.onProgress)
  return { orgs: plan.batch.orgs.length, enterprises: plan.batch.enterprises.length, officers: plan.batch.officers.length }
}

function outOfScope(batch: ImportBatch, scopeOrgId: string, existing: Map<string, { path: string }>): Record<string, string> {
  const paths = new Map<string, string>([...existing].map(([id, o]) => [id, o.path]))
  batch.orgs.forEach((o) => paths.set(o.id, o.path))
  const ok = (orgId: string) => inScope(scopeOrgId, paths.get(orgId) ?? '')
  const out: Record<string, string> = {}
  batch.orgs.forEach((o, i) => ok(o.id) || (out[`orgs.${i}`] = `组织 ${o.id} 不在您的管辖范围内`))
  batch.enterprises.forEach((e, i) => ok(e.townId) || (out[`enterprises.${i}`] = `企业 ${e.id} 所在镇街不在您的管辖范围内`))
  batch.officers.forEach((o, i) => ok(o.orgId) || (out[`officers.${i}`] = `干部所属组织 ${o.orgId} 不在您的管辖范围内`))
  return out
}
