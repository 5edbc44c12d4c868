/**
 * Reading what the radar scores for one town — the one pass over its grievance cases, the zero-reports of the last
 * report months (arrears store), the insured counts of the last two imports (organising store) — and merging it
 * into the town's signals (domain/radar). Every read is by town; none is per enterprise.
 */
import { addMonths, dueByOf, monthOf } from '../../_lib/domain/arrears/due'
import { arrearsFactsOf, insuredFactOf, REPORT_MONTHS } from '../../_lib/domain/radar/arrears'
import { mergeSignals, windowStartMs, type EnterpriseSignals, type InsuredFacts } from '../../_lib/domain/radar/signals'
import { RADAR_TABLE } from '../../_lib/domain/radar/table'
import type { Deps } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { EnterpriseName } from '../../_lib/store/port'

/** Per enterprise of the town: report months with arrears, and months unfiled past their due day. */
export async function arrearsFactsFor(deps: Deps, townId: string, enterprises: readonly EnterpriseName[], now: Date) {
  const months = Array.from({ length: REPORT_MONTHS }, (_, i) => addMonths(monthOf(now), -(i + 1)))
  const [calendar, filers] = await Promise.all([deps.calendar(), Promise.all(months.map((m) => deps.store.arrears.listTownMonthFilers(townId, m)))])
  const at = toIso(now)
  return arrearsFactsOf(
    enterprises.map((e) => e.id),
    months.map((m, i) => ({ ...filers[i], pastDue: at >= dueByOf(m, calendar).at })),
  )
}

/** Enterprises of the town whose insured staff is known from two imports or more (未入库 ones have no enterprise id). */
export async function insuredFactsFor(deps: Deps, townId: string): Promise<InsuredFacts[]> {
  const out: InsuredFacts[] = []
  let after: string | undefined
  for (;;) {
    const page = await deps.store.organising.listInsuredLatest(townId, after, 1000)
    for (const h of page.items) {
      const fact = insuredFactOf(h.enterpriseId, h.latest, h.previous)
      if (fact) out.push(fact)
    }
    if (!page.next) return out
    after = page.next
  }
}

/** The town's signals as of `now`: every enterprise with any of them, named from the directory. */
export async function townSignals(deps: Deps, townId: string, now: Date): Promise<EnterpriseSignals[]> {
  const { store } = deps
  const since = toIso(new Date(windowStartMs(now.getTime(), RADAR_TABLE.windowDays)))
  // Ids and names only: the town's directory is read for its names and for whom the zero-report is owed.
  const enterprises = await store.directory.listTownEnterpriseNames(townId)
  const [cases, arrears, insured] = await Promise.all([
    store.grievances.countsByEnterprise({ townId, since, collectiveFrom: RADAR_TABLE.collectiveFrom }),
    arrearsFactsFor(deps, townId, enterprises, now),
    insuredFactsFor(deps, townId),
  ])
  const names = new Map(enterprises.map((e) => [e.id, e.name]))
  // A case may name an enterprise that has since moved to another town: its name is read apart.
  const strays = [...new Set(cases.map((c) => c.enterpriseId).filter((id) => !names.has(id)))]
  if (strays.length > 0) for (const e of await store.directory.getEnterprises(strays)) names.set(e.id, e.name)
  return mergeSignals({ cases, arrears, insured, names })
}
