/**
 * Writes an application or a member with its new history entries, iff nobody changed it since it was read
 * (optimistic concurrency: two officers deciding at once → exactly one wins, the other gets CONFLICT).
 */
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { Application, Member, MembershipEvent } from '../../_lib/store/port'

/** The application after `patch` and `events`, at the next version (what saveApplication writes). */
export const nextApplication = (before: Application, patch: Partial<Application>, events: MembershipEvent[] = []): Application =>
  ({ ...before, ...patch, history: [...before.history, ...events], version: before.version + 1 })

export async function saveApplication(
  ctx: ActionContext,
  before: Application,
  patch: Partial<Application>,
  events: MembershipEvent[] = [],
): Promise<Application> {
  const next = nextApplication(before, patch, events)
  if (!(await ctx.deps.store.memberships.updateApplication(next))) throw new AppError('CONFLICT', '这份申请刚被其他人处理过，请刷新后再试')
  return next
}

export async function saveMember(ctx: ActionContext, before: Member, patch: Partial<Member>, events: MembershipEvent[] = []): Promise<Member> {
  const next: Member = {
    ...before, ...patch, history: [...before.history, ...events], updatedAt: events[0]?.at ?? before.updatedAt, version: before.version + 1,
  }
  if (!(await ctx.deps.store.memberships.updateMember(next))) throw new AppError('CONFLICT', '会籍刚被其他人更新过，请刷新后再试')
  return next
}
