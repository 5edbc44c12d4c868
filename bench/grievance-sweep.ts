/**
 * The real hourly sweep (`escalate.sweep`) through the host, as the timer calls it (`x-dev-trigger: timer`),
 * at a `now` (`x-dev-now`) when nothing, 1 % and 10 % of the generated cases are past accept-by. One run
 * works until its wall-clock budget (SWEEP_BUDGET_MS) is spent; each level is run `runs` times in a row, so
 * the second run continues where the first stopped. Escalated cases get a new accept-by two working days after
 * that `now`: at the 10 % level, cases escalated at the 1 % level are due again (their count is in `dueBefore`).
 */
import Database from 'better-sqlite3'
import { dueNow } from './grievance-store'
import { msSince, round } from './lib/stats'

export { SWEEP_BUDGET_MS } from '../cloudfunctions/escalate/budget'

export type SweepRun = {
  /** share of the generated cases past accept-by at `now` (0: before every deadline) */
  duePercent: number
  now: string
  /** cases in the escalation index due at `now`, counted just before the run */
  dueBefore: number
  /** wall time of the HTTP call (the sweep runs inside it; HTTP adds well under a millisecond) */
  ms: number
  escalated: number
  overdue: number
  conflicts: number
  /** ms ÷ (escalated + overdue), null when nothing was handled */
  perCaseMs: number | null
  /** false when the run's budget ran out with cases still due */
  complete: boolean
}

type SweepReply = { ok: boolean; data?: { escalated: number; overdue: number; supervised: number; conflicts: number; complete: boolean } }

async function sweepOnce(url: string, now: string) {
  const start = process.hrtime.bigint()
  const res = await fetch(`${url}/fn/escalate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-trigger': 'timer', 'x-dev-now': now },
    body: '{}',
  })
  const reply = (await res.json()) as SweepReply
  const ms = msSince(start)
  if (!reply.ok || !reply.data) throw new Error(`sweep failed: ${JSON.stringify(reply).slice(0, 300)}`)
  return { ms, ...reply.data }
}

export async function benchSweep(url: string, dbPath: string, cases: number, runs: number): Promise<SweepRun[]> {
  const db = new Database(dbPath, { readonly: true })
  try {
    const due = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM grievances INDEXED BY grievances_escalate_due WHERE escalate_at <= ?')
    // Fixed before any run changes the data: the moments at which 1 % and 10 % of the generated cases are late.
    const levels: [number, string][] = [
      [0, '2000-01-01T00:00:00+08:00'],
      [1, dueNow(db, cases, 1)],
      [10, dueNow(db, cases, 10)],
    ]
    const out: SweepRun[] = []
    for (const [duePercent, now] of levels) {
      for (let r = 0; r < (duePercent === 0 ? 1 : runs); r++) {
        const dueBefore = due.get(now)!.n
        const { ms, escalated, overdue, conflicts, complete } = await sweepOnce(url, now)
        const handled = escalated + overdue
        out.push({ duePercent, now, dueBefore, ms: round(ms, 1), escalated, overdue, conflicts, perCaseMs: handled ? round(ms / handled, 3) : null, complete })
      }
    }
    return out
  } finally {
    db.close()
  }
}
