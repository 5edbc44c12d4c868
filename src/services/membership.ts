/**
 * Typed calls to the `membership` function, worker side (contract: issue 4, docs/api.md). Replies are the view
 * types of types/membership-views.ts; requests are the input types of types/membership.ts (types only: that
 * module carries zod, see docs/frontend.md "Size").
 */
import type { ApplyInput, LeaveInput, TransferInput } from '../../types/membership'
import type { ApplicationView, ApplySummary, MemberView, MineView } from '../../types/membership-views'
import { call } from './api'

/** The workplace part of `apply` and `transfer`, as the form sends it (defaults filled by the server). */
export type WorkplaceRequest = Pick<ApplyInput, 'enterpriseId' | 'enterpriseName' | 'townId' | 'occupation' | 'residenceTownId'> & {
  noFixedEmployer?: boolean
  employerBlind?: boolean
}
export type ApplyRequest = Pick<ApplyInput, 'requestId' | 'name' | 'idNumber' | 'phone' | 'consents'> & WorkplaceRequest
export type TransferRequest = Pick<TransferInput, 'requestId'> & WorkplaceRequest

export const membershipApi = {
  apply: (input: ApplyRequest) => call<ApplySummary>('membership', 'apply', input),
  get: (id: string) => call<ApplicationView>('membership', 'get', { id }),
  mine: (after?: string) => call<MineView>('membership', 'mine', after ? { after } : {}),
  transfer: (input: TransferRequest) => call<ApplySummary>('membership', 'transfer', input),
  leave: (input: LeaveInput = {}) => call<MemberView>('membership', 'leave', input),
}
