/**
 * Commits an insured-list import: the rows of every chunk checked together (duplicates across chunks), their
 * towns and directory records resolved, merged with the stored entries and written — all, or nothing and the
 * problems by row number.
 */
import { duplicateProblems, type InsuredRow } from '../../../types/organising-rows'
import { ORGANISING_ERRORS } from '../../../types/organising-labels'
import { planInsuredImport } from '../../_lib/domain/organising/plan-import'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'

export const invalid = (problems: Record<string, string>) =>
  fail('VALIDATION', `${ORGANISING_ERRORS['ORGANISING.IMPORT_INVALID']}（${Object.keys(problems).length} 处）`, problems)

export async function commitRows(ctx: ActionContext, importId: string, rows: InsuredRow[], scopeTownId: string | null): Promise<{ imported: number; onList: number } | Failure> {
  const dups = duplicateProblems(rows)
  if (Object.keys(dups).length) return invalid(dups)
  const { directory, organising } = ctx.deps.store
  const codes = rows.map((r) => r.creditCode)
  const [towns, enterprises, existing] = await Promise.all([directory.listTowns(), directory.getEnterprisesByCreditCodes(codes), organising.getEntries(codes)])
  const plan = planInsuredImport(rows, {
    importId, at: toIso(ctx.now), towns, scopeTownId,
    enterprises: new Map(enterprises.map((e) => [e.creditCode, e])),
    existing: new Map(existing.map((e) => [e.creditCode, e])),
  })
  if (!plan.ok) return invalid(plan.problems)
  await organising.putEntries(plan.entries)
  return { imported: plan.entries.length, onList: plan.entries.filter((e) => !e.covered && e.insured >= 25).length }
}
