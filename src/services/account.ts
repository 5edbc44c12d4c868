/** Typed calls to the `account` function (contract: docs/api.md). */
import type { Officer, OfficerRole, Org } from '../../types/directory'
import type { Page } from '../../types/zod'
import { call } from './api'

export type MeOfficer = Pick<Officer, 'orgId' | 'role' | 'name'> & { org: Org }
export type Me = { openid: string; officer: MeOfficer | null }
export type Invite = { code: string; expiresAt: string }

export const accountApi = {
  me: () => call<Me>('account', 'me'),
  createInvite: (input: { orgId: string; role: OfficerRole }) => call<Invite>('account', 'createInvite', input),
  redeemInvite: (input: { code: string; name: string }) => call<{ officer: Officer }>('account', 'redeemInvite', input),
  /** Admins only: the officers of one org in their scope (another org answers FORBIDDEN). */
  listOfficers: (input: { orgId: string; after?: string; limit?: number }) => call<Page<Officer>>('account', 'listOfficers', input),
}
