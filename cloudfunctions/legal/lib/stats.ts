/** Loading what the legal statistics count: the consultations touching an org's subtree, and the orgs they reached. */
import type { Org } from '../../../types/directory'
import type { AidRecord } from '../../_lib/domain/legal/aid-stats'
import { consultFacts, type ConsultFacts } from '../../_lib/domain/legal/stats'
import { orgsForDisplay } from '../../_lib/store/org-cache'
import type { Store } from '../../_lib/store/port'

/** Bounds one statistics request (pages of 100): a city-wide year fits; beyond it the answer says `truncated`. */
export const MAX_STATS_CONSULTATIONS = 50_000

/**
 * Consultations created in [from, to) held in the subtree at `org.path` now, or missed by `org` itself and held
 * elsewhere (a town's misses now at the city). Each once (the store lists each once).
 */
export async function consultationFacts(store: Store, org: Org, from: string, to: string) {
  const facts: ConsultFacts[] = []
  let after: string | undefined
  for (;;) {
    const page = await store.legal.listConsultationsForStats(org.path, org.id, from, to, after, 100)
    facts.push(...page.items.map(consultFacts))
    if (!page.next) return { facts, truncated: false }
    if (facts.length >= MAX_STATS_CONSULTATIONS) return { facts, truncated: true }
    after = page.next
  }
}

/** `inSubtree(row)(orgId)`: whether an org the consultations reached lies in `row`'s subtree (paths read once). */
export async function subtreeTest(store: Store, facts: readonly ConsultFacts[]) {
  const orgs = await orgsForDisplay(store.directory, [...new Set(facts.flatMap((f) => f.reached))])
  const paths = new Map(orgs.map((o) => [o.id, o.path]))
  return (row: Org) => (orgId: string) => (paths.get(orgId) ?? '').includes(`/${row.id}/`)
}

/** Aid applications created in [from, to) held in the subtree now, with the paths of the orgs holding them. */
export async function aidRecords(store: Store, org: Org, from: string, to: string) {
  const records: AidRecord[] = []
  let after: string | undefined
  let truncated = false
  for (;;) {
    const page = await store.legal.listAidForStats(org.path, from, to, after, 100)
    records.push(...page.items)
    if (!page.next) break
    if (records.length >= MAX_STATS_CONSULTATIONS) {
      truncated = true
      break
    }
    after = page.next
  }
  const holders = await orgsForDisplay(store.directory, [...new Set(records.map((a) => a.assignedOrgId))])
  return { records, truncated, paths: new Map(holders.map((o) => [o.id, o.path])) }
}
