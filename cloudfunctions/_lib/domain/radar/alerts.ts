/**
 * When the radar alerts a town (pure): an enterprise at or over the threshold whose last alert is older than
 * `alertEveryDays` (or that was never alerted). The store's conditional mark makes it once even when two sweeps race.
 */
import type { RadarScore } from './score'
import { RADAR_TABLE, type RadarTable } from './table'

/** Alerts older than this instant (ISO, same format as `alertedAt`) no longer hold a new one back. */
export const alertNotBeforeMs = (nowMs: number, table: RadarTable = RADAR_TABLE) => nowMs - table.alertEveryDays * 86_400_000

export function alertsDue(
  scores: readonly RadarScore[],
  alertedAt: Readonly<Record<string, string>>,
  notBefore: string,
  table: RadarTable = RADAR_TABLE,
): RadarScore[] {
  return scores.filter((s) => s.score >= table.threshold && !(alertedAt[s.enterpriseId] && alertedAt[s.enterpriseId] >= notBefore))
}
