/**
 * Typed calls to the `membership` function, officer side (issue 4: queue, approve, reject, revealId, members,
 * suspend, reinstate). `get` is shared with the worker side (services/membership.ts). Request types only from
 * types/membership.ts: its values carry zod (docs/frontend.md "Size").
 */
import type { RejectInput, RevealField } from '../../types/membership'
import type { ApplicationStatus, MemberStatus } from '../../types/membership-labels'
import type { ApplicationQueueItemView, MemberView } from '../../types/membership-views'
import type { Page } from '../../types/zod'
import { call } from './api'

export type ApplicationFilter = { status?: ApplicationStatus; overdue?: boolean }
/** Whose full number to show: exactly one application or one member. */
export type RevealTarget = { applicationId: string } | { memberId: string }

const after_ = (after?: string) => (after ? { after } : {})

export const membershipOfficerApi = {
  queue: (filter: ApplicationFilter, after?: string) =>
    call<Page<ApplicationQueueItemView> & { orgId: string }>('membership', 'queue', { ...filter, limit: 20, ...after_(after) }),
  approve: (id: string) => call<{ id: string; memberId: string; memberNo: string }>('membership', 'approve', { id }),
  reject: (input: Pick<RejectInput, 'id' | 'reason' | 'note'>) => call<{ id: string; status: ApplicationStatus }>('membership', 'reject', input),
  revealId: (target: RevealTarget, field: RevealField) => call<{ value: string }>('membership', 'revealId', { ...target, field }),
  members: (after?: string) => call<Page<MemberView> & { orgId: string }>('membership', 'members', { limit: 20, ...after_(after) }),
  suspend: (memberId: string, reason: string) => call<{ memberId: string; status: MemberStatus }>('membership', 'suspend', { memberId, reason }),
  reinstate: (memberId: string) => call<{ memberId: string; status: MemberStatus }>('membership', 'reinstate', { memberId }),
}
