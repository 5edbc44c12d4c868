/**
 * The import use case, shared by the admin action and `npm run import`: validate the whole file against
 * itself and the stored directory, check the admin's scope, then write (see DirectoryStore.upsertBatch).
 */
import type { DirectoryFile, Enterprise, Officer } from '../../types/directory'
import { planImport, problemFields, referencedOrgIds, scopeProblems, storedOrgIds } from '../_lib/domain/directory-import'
import { fail, type Failure } from '../_lib/runtime/result'
import { toIso } from '../_lib/runtime/time'
import type { Store } from '../_lib/store/port'

export type ImportSummary = { orgs: number; enterprises: number; officers: number }

export async function importDirectory(
  store: Store,
  file: DirectoryFile,
  opts: { scopeOrgId?: string; fieldPrefix?: string; onProgress?: (done: number, total: number) => void; at?: string } = {},
): Promise<ImportSummary | Failure> {
  const { directory } = store
  // A scoped (admin) import also needs the stored records the rows would change; the CLI has no scope.
  const [byId, byCode, officers]: [Enterprise[], Enterprise[], Officer[]] = opts.scopeOrgId
    ? await Promise.all([
        directory.getEnterprises(file.enterprises.map((e) => e.id)),
        directory.getEnterprisesByCreditCodes(file.enterprises.map((e) => e.creditCode)),
        directory.getOfficers(file.officers.map((o) => o.openid)),
      ])
    : [[], [], []]
  const enterprises = [...byId, ...byCode]
  const orgIds = [...referencedOrgIds(file), ...storedOrgIds(enterprises, officers)]
  const existing = new Map((await directory.getOrgs(orgIds)).map((o) => [o.id, o]))
  const plan = planImport(file, existing)
  const prefixed = (fields: Record<string, string>) =>
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${opts.fieldPrefix ?? ''}${k}`, v]))
  if (!plan.ok) {
    return fail('DIRECTORY.IMPORT_INVALID', `导入文件有 ${plan.problems.length} 处错误，未写入任何数据`, prefixed(problemFields(plan.problems)))
  }
  if (opts.scopeOrgId) {
    const outside = scopeProblems(plan.batch, opts.scopeOrgId, { orgs: existing, enterprises, officers })
    if (outside.length) return fail('FORBIDDEN', '导入内容超出您的管辖范围，未写入任何数据', prefixed(problemFields(outside)))
  }
  await directory.upsertBatch(plan.batch, opts.onProgress)
  // The organising list derives from the directory: an enterprise given a union or joint union leaves it (issue 13 §2).
  const covered = plan.batch.enterprises.filter((e) => e.unionId || e.jointUnionId).map((e) => e.creditCode)
  if (covered.length && store.organising) await store.organising.markCovered(covered, opts.at ?? toIso(new Date()))
  return { orgs: plan.batch.orgs.length, enterprises: plan.batch.enterprises.length, officers: plan.batch.officers.length }
}
