/**
 * A town's radar as the list and the sweep use it: the stored snapshot while it is fresh, else recomputed from the
 * sources (one pass, lib/sources.ts) and stored. Reading the snapshot is ONE request on CloudBase, which keeps the
 * list within the read budget; a recompute costs a request per 1,000 cases and is done at most once an hour per town
 * by the list (or on 刷新), and once a night by the sweep (escalate/radar.ts) (decision 0018).
 */
import type { Deps } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { RadarTown } from '../../_lib/store/radar-port'
import { townSignals } from './sources'

/** The list recomputes a snapshot older than this. */
export const LIST_MAX_AGE_MS = 60 * 60_000
/** The sweep's nightly runs recompute a snapshot older than this (they alert from fresher ones as they are). */
export const SWEEP_MAX_AGE_MS = 20 * 60 * 60_000

export function isFresh(town: RadarTown, now: Date, maxAgeMs: number): boolean {
  if (town.computedAt === null) return false
  const age = now.getTime() - Date.parse(town.computedAt)
  return age >= 0 && age < maxAgeMs
}

export async function recompute(deps: Deps, town: RadarTown, now: Date): Promise<RadarTown> {
  const rows = await townSignals(deps, town.townId, now)
  const computedAt = toIso(now)
  await deps.store.radar.putSnapshot(town.townId, computedAt, rows)
  // Field by field, not `...town`: the old rows are never read (the SQLite adapter parses them only when they are).
  return { townId: town.townId, computedAt, rows, lastVisits: town.lastVisits, alertedAt: town.alertedAt }
}

export async function townRadar(deps: Deps, townId: string, now: Date, opts: { refresh?: boolean; maxAgeMs: number }): Promise<RadarTown> {
  const town = await deps.store.radar.getTown(townId)
  return opts.refresh || !isFresh(town, now, opts.maxAgeMs) ? recompute(deps, town, now) : town
}
