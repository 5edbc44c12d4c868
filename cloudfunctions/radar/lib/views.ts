/** The ranked list as the page shows it (scores computed from the snapshot's signals at read time, so a change of weights shows at once). */
import type { Org } from '../../../types/directory'
import type { RadarListView } from '../../../types/radar'
import { rankSignals, scoreEnterprise } from '../../_lib/domain/radar/score'
import { RADAR_TABLE } from '../../_lib/domain/radar/table'
import type { RadarTown } from '../../_lib/store/radar-port'

export function listView(org: Org, town: RadarTown, cursor: string | undefined, limit: number): RadarListView {
  // The radar is a federation's view: protected (anonymous, employer-blind) cases count.
  // Ranked by score alone; the reasons are built for the page's rows only (rankRadar's rows for them, and its order).
  const ranked = rankSignals(town.rows, 'federation')
  const offset = Math.min(Math.max(Number.parseInt(cursor ?? '0', 10) || 0, 0), ranked.length)
  const items = ranked.slice(offset, offset + limit).map(({ signals }) => scoreEnterprise(signals, 'federation')).map((s) => ({
    ...s,
    lastVisit: town.lastVisits[s.enterpriseId] ?? null,
    alertedAt: town.alertedAt[s.enterpriseId] ?? null,
  }))
  return {
    townId: org.id,
    townName: org.name,
    computedAt: town.computedAt ?? '',
    threshold: RADAR_TABLE.threshold,
    windowDays: RADAR_TABLE.windowDays,
    total: ranked.length,
    items,
    next: offset + limit < ranked.length ? String(offset + limit) : null,
  }
}
