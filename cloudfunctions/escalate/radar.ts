/**
 * The risk radar in the hourly sweep (issue 13 §3), once a day: only the runs of RADAR_HOURS (Shanghai, at night) do
 * it — the first recomputes every town whose snapshot is older than SWEEP_MAX_AGE_MS, the later ones finish what a
 * spent budget left. Every town's snapshot is read (one request a town), and every enterprise at or over
 * the threshold not alerted in the last 90 days gets ONE alert in the town's inbox — marked first (conditional, so
 * racing sweeps alert once), then written. The alert names the enterprise and its score, never a reporter.
 */
import { alertNotBeforeMs, alertsDue } from '../_lib/domain/radar/alerts'
import { rankRadar } from '../_lib/domain/radar/score'
import { RADAR_TABLE } from '../_lib/domain/radar/table'
import type { ActionContext } from '../_lib/runtime/deps'
import { recordInbox } from '../_lib/runtime/side-records'
import { toIso } from '../_lib/runtime/time'
import { orgInboxKey } from '../grievance/lib/notify'
import { isFresh, recompute, SWEEP_MAX_AGE_MS } from '../radar/lib/snapshot'
import type { Budget } from './budget'

/** The Shanghai hours whose runs look at the radar: [from, to). */
export const RADAR_HOURS = { from: 3, to: 6 } as const

const shanghaiHour = (now: Date) => Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 13))

export async function sweepRadar(ctx: ActionContext, budget: Budget) {
  const { store } = ctx.deps
  const counts = { towns: 0, recomputed: 0, alerts: 0 }
  const hour = shanghaiHour(ctx.now)
  if (hour < RADAR_HOURS.from || hour >= RADAR_HOURS.to) return counts
  const at = toIso(ctx.now)
  const notBefore = toIso(new Date(alertNotBeforeMs(ctx.now.getTime())))
  for (const t of await store.directory.listTowns()) {
    if (budget.spent()) {
      budget.incomplete = true
      return counts
    }
    const before = await store.radar.getTown(t.id)
    const town = isFresh(before, ctx.now, SWEEP_MAX_AGE_MS) ? before : await recompute(ctx.deps, before, ctx.now)
    counts.towns++
    if (town !== before) counts.recomputed++
    for (const s of alertsDue(rankRadar(town.rows, 'federation'), town.alertedAt, notBefore)) {
      if (!(await store.radar.markAlerted(t.id, s.enterpriseId, at, notBefore))) continue
      await recordInbox(ctx, {
        id: ctx.deps.ids(), recipientKey: orgInboxKey(t.id), at, type: 'radar.alert', caseId: null, read: false, dueAt: null,
        title: '企业风险预警：建议安排法律体检',
        body: `${s.name} 近${RADAR_TABLE.windowDays}天风险分 ${s.score}（预警线 ${RADAR_TABLE.threshold}）：${s.reasons.map((r) => r.text).join('；')}`,
      })
      counts.alerts++
    }
  }
  return counts
}
