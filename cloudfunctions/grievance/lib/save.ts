import type { HistoryEntry } from '../../../types/grievance'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { GrievanceCase } from '../../_lib/store/port'

/**
 * Writes the case with its new history entries, iff nobody changed it since it was read (optimistic
 * concurrency: two officers accepting at once → exactly one wins, the other gets CONFLICT).
 */
export async function saveCase(
  ctx: ActionContext,
  before: GrievanceCase,
  patch: Partial<GrievanceCase>,
  events: HistoryEntry[] = [],
): Promise<GrievanceCase> {
  const next: GrievanceCase = { ...before, ...patch, history: [...before.history, ...events], version: before.version + 1 }
  if (!(await ctx.deps.store.grievances.update(next))) throw new AppError('CONFLICT', '这条诉求刚被其他人处理过，请刷新后再试')
  return next
}
