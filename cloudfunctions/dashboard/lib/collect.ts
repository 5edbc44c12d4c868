/**
 * What one refresh reads: the whole tree's records of the last 12 months, through the statistics' own port methods
 * (grievances and consultations by creation window, claims per plan, pending applications from the sweep's list and
 * the roots' overdue queues). Each list is walked in pages of 100 up to a bound; beyond it `truncated`.
 */
import type { RollupInput } from '../../_lib/domain/dashboard/rollup'
import { lastMonths, monthOf } from '../../_lib/domain/dashboard/rollup'
import { consultFacts } from '../../_lib/domain/legal/stats'
import type { ActionContext } from '../../_lib/runtime/deps'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import { orgsForDisplay } from '../../_lib/store/org-cache'
import type { Application, Page } from '../../_lib/store/port'
import { caseFacts } from '../../grievance/lib/stats'
import { claimFacts, plansOfYear } from '../../mutualAid/lib/stats'

/** Per list: a city's year of cases or consultations fits well within it. */
export const MAX_RECORDS = 100_000
const NO_END = '9999-12-31T00:00:00+08:00'
const ALL = '/'

async function walk<T>(list: (after: string | undefined) => Promise<Page<T>>, flag: { truncated: boolean }): Promise<T[]> {
  const out: T[] = []
  let after: string | undefined
  for (;;) {
    const page = await list(after)
    out.push(...page.items)
    if (!page.next) return out
    if (out.length >= MAX_RECORDS) {
      flag.truncated = true
      return out
    }
    after = page.next
  }
}

/** Pending applications: those still on an escalation clock, plus those overdue at a root (whose clock has stopped). */
async function pendingApplications(ctx: ActionContext, flag: { truncated: boolean }): Promise<Application[]> {
  const { store } = ctx.deps
  const onClock = await walk((after) => store.memberships.listDue(NO_END, after, 100), flag)
  const roots = [...new Set((await store.directory.listTowns()).map((t) => t.parentId).filter((id): id is string => !!id))]
  const stopped = await Promise.all(roots.map((root) => walk((after) => store.memberships.listQueue(root, { status: 'pending', overdue: true }, after, 100), flag)))
  const seen = new Set(onClock.map((a) => a.id))
  return [...onClock, ...stopped.flat().filter((a) => !seen.has(a.id) && a.status === 'pending')]
}

export async function collect(ctx: ActionContext): Promise<RollupInput> {
  const { store } = ctx.deps
  const flag = { truncated: false }
  const now = toIso(ctx.now)
  const months = lastMonths(shanghaiDay(ctx.now).slice(0, 7))
  const from = `${months[0]}-01T00:00:00+08:00`
  const year = Number(months[11].slice(0, 4))
  const plans = [...(await plansOfYear(store, year)), ...(await plansOfYear(store, year - 1))]
  const [cases, consultations, claims, applications, calendar] = await Promise.all([
    walk((after) => store.grievances.listForStats(ALL, from, NO_END, after, 100), flag),
    walk((after) => store.legal.listConsultationsForStats(ALL, '', from, NO_END, after, 100), flag),
    Promise.all(plans.map((p) => walk((after) => store.mutualAid.listClaimsForStats(p.id, ALL, after, 100), flag))),
    pendingApplications(ctx, flag),
    ctx.deps.calendar(),
  ])
  const consultRows = consultations.map((c) => ({ month: monthOf(c.createdAt), facts: consultFacts(c) }))
  const reached = await orgsForDisplay(store.directory, [...new Set(consultRows.flatMap((c) => c.facts.reached))])
  return {
    months, computedAt: now, calendar, truncated: flag.truncated,
    cases: cases.map((c) => ({ assignedPath: c.assignedPath, status: c.status, month: monthOf(c.createdAt), missedPaths: c.missedPaths, facts: caseFacts(c) })),
    consultations: consultRows,
    paths: new Map(reached.map((o) => [o.id, o.path])),
    claims: claims.flat().map(claimFacts),
    applications: applications.map((a) => ({ assignedPath: a.assignedPath, overdue: a.overdue || a.reviewBy < now })),
  }
}
