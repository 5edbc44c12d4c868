/**
 * A member's cover as claims and estimates need it: the enrolment for the day of admission, its plan, what is
 * left of the annual cap, and the end of cover when the membership ended (stays admitted before the day the
 * member left still count).
 */
import { addDays } from '../../../types/legal/days'
import type { CoverState } from '../../_lib/domain/mutual-aid/cover'
import type { ActionContext } from '../../_lib/runtime/deps'
import { shanghaiDay } from '../../_lib/runtime/time'
import type { Enrolment, Plan } from '../../_lib/store/mutual-aid-port'
import type { Member } from '../../_lib/store/port'
import { readPlan } from './plans'

/** Enrolments a member may hold at once (a few cover years, a new version of a plan). */
export const HOLDER_ENROLMENTS = 10

/** The enrolment whose cover year ends first on or after `day` (planId, when given, picks it outright). */
export function enrolmentFor(es: readonly Enrolment[], day: string, planId?: string): Enrolment | null {
  if (planId) return es.find((e) => e.planId === planId) ?? null
  const candidates = es.filter((e) => e.coverTo >= day).sort((a, b) => (a.coverTo < b.coverTo ? -1 : 1))
  return candidates[0] ?? null
}

/** The day before the member left (their last covered day), or null while the membership stands. */
function lastMemberDay(m: Member | null): string | null {
  if (!m || m.status !== 'left') return null
  const left = [...m.history].reverse().find((e) => e.type === 'left')
  return addDays(shanghaiDay(new Date(left?.at ?? m.updatedAt)), -1)
}

export function coverState(e: Enrolment, member: Member | null): CoverState {
  const last = lastMemberDay(member)
  const coverTo = last !== null && last < e.coverTo ? last : e.coverTo
  return { status: e.status, coverFrom: e.coverFrom, coverTo }
}

const fen = (yuan: number) => Math.round(yuan * 100)
export const capLeft = (plan: Plan, e: Enrolment | null) => Math.max(0, fen(plan.annualCap) - fen(e?.capUsed ?? 0)) / 100

export type Cover = { enrolment: Enrolment; plan: Plan; cover: CoverState }

/** The holder's cover for a stay admitted on `day`: two reads (enrolments, then the member and the cached plan together). */
export async function coverFor(ctx: ActionContext, holderKey: string, day: string, planId?: string): Promise<Cover | null> {
  const { store } = ctx.deps
  const enrolment = enrolmentFor(await store.mutualAid.listEnrolmentsByHolder(holderKey, HOLDER_ENROLMENTS), day, planId)
  if (!enrolment) return null
  const [plan, member] = await Promise.all([readPlan(ctx, enrolment.planId), store.memberships.getMember(enrolment.memberId)])
  if (!plan) throw new Error(`mutual aid: enrolment ${enrolment.id} has no plan`)
  return { enrolment, plan, cover: coverState(enrolment, member) }
}
