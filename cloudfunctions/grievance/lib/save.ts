import type { HistoryEntry } from '../../../types/grievance'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { CaseMessage, GrievanceCase } from '../../_lib/store/port'

/** A lost race: the case changed since it was read. */
export const caseConflict = () => new AppError('CONFLICT', '这条诉求刚被其他人处理过，请刷新后再试')

/** The case after `patch` and `events`, one version on: what saveCase and saveCaseWithMessage write. */
export function nextCase(before: GrievanceCase, patch: Partial<GrievanceCase>, events: HistoryEntry[] = []): GrievanceCase {
  return { ...before, ...patch, history: [...before.history, ...events], version: before.version + 1 }
}

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
  const next = nextCase(before, patch, events)
  if (!(await ctx.deps.store.grievances.update(next))) throw caseConflict()
  return next
}

/**
 * saveCase with the message the change comes with (a request for information, a reopening's reason), in one write:
 * both or neither (decision 0024). A message without a request key is refused only by a lost race: CONFLICT.
 */
export async function saveCaseWithMessage(
  ctx: ActionContext,
  before: GrievanceCase,
  patch: Partial<GrievanceCase>,
  events: HistoryEntry[],
  m: CaseMessage,
): Promise<GrievanceCase> {
  const next = nextCase(before, patch, events)
  if (!(await ctx.deps.store.grievances.updateWithMessage(next, m))) throw caseConflict()
  return next
}
