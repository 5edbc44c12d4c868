/**
 * The crash proof: concurrent clients submit reports to the host process, which is killed with SIGKILL once some
 * have been answered; restarted on the same database, every report answered `ok` must be there (read back through
 * the host by its reporter), none half-written (SQL over the tables), and a retry of each unanswered request must
 * land on at most one case.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Random } from '../../../scripts/lib/random'
import { as, call } from './client'
import { startHostProcess } from './host-process'

export type CrashResult = {
  acknowledged: number
  unanswered: number
  /** Acknowledged reports not found after the restart (must be 0). */
  lost: string[]
  /** SQL checks over the restarted database: each must be 0. */
  halfWritten: { caseWithoutReporter: number; participantWithoutCase: number; participantCountMismatch: number }
  integrity: string
  /**
   * Unanswered requests retried after the restart: answered ok; the case was already there (committed before the
   * kill) or filed now; anything else (a refusal, two cases for one request) in `wrong`.
   */
  retried: { ok: number; alreadyStored: number; stored: number; wrong: string[] }
  /** Cases without their submit audit row or their org's inbox entry (side effects after the case's own commit). */
  withoutAudit: number
  withoutOrgInbox: number
  seconds: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Sent = { requestId: string; openid: string; id?: string }

const report = (requestId: string) => ({
  requestId, townId: 'sx', category: 'wage_arrears', privacy: 'anonymous', description: '单位拖欠工资，已经两个月了。',
})

export async function crashOnce(rnd: Random, opts: { clients: number; killAfter: number }): Promise<CrashResult> {
  if (opts.killAfter > opts.clients * 90) throw new Error('killAfter: at most 90 reports per client (mine pages 100)')
  const started = Date.now()
  const dir = mkdtempSync(join(tmpdir(), 'union-crash-'))
  const dbPath = join(dir, 'union.db')
  try {
    const first = await startHostProcess(dbPath)
    const acked: Sent[] = []
    const unanswered: Sent[] = []
    const tag = rnd.int(0, 2 ** 30).toString(36)
    let killed: Promise<void> | null = null
    const client = async (c: number) => {
      for (let i = 0; ; i++) {
        const sent: Sent = { requestId: `crash-${tag}-${c}-${i}`, openid: `o-crash-${tag}-${c}` }
        try {
          const out = await call(first.url, 'grievance', 'submit', report(sent.requestId), as(sent.openid))
          if (!out?.ok) throw new Error(`submit answered ${JSON.stringify(out)}`)
          acked.push({ ...sent, id: out.data.id })
          // A random few milliseconds after the threshold, so the kill lands at any point of a submit's writes.
          if (acked.length >= opts.killAfter && !killed) killed = sleep(rnd.int(0, 20)).then(() => first.kill('SIGKILL'))
        } catch (err) {
          if (!killed) throw err
          unanswered.push(sent)
          return
        }
      }
    }
    await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)))
    await killed

    const second = await startHostProcess(dbPath)
    try {
      const lost: string[] = []
      for (const s of acked) {
        const out = await call(second.url, 'grievance', 'get', { id: s.id }, as(s.openid))
        if (!out?.ok || out.data.id !== s.id) lost.push(`${s.requestId} → ${s.id}: ${JSON.stringify(out).slice(0, 200)}`)
      }
      const retried = { ok: 0, alreadyStored: 0, stored: 0, wrong: [] as string[] }
      for (const s of unanswered) {
        // One client = one reporter, one request in flight: the retry may find it (committed before the kill) or file it.
        const before = (await call(second.url, 'grievance', 'mine', { limit: 100 }, as(s.openid))).data.items.length
        const out = await call(second.url, 'grievance', 'submit', report(s.requestId), as(s.openid))
        const after = (await call(second.url, 'grievance', 'mine', { limit: 100 }, as(s.openid))).data.items.length
        if (out?.ok) retried.ok++
        if (after === before) retried.alreadyStored++
        else if (after === before + 1) retried.stored++
        if (!out?.ok || after > before + 1) retried.wrong.push(`${s.requestId}: ${JSON.stringify(out).slice(0, 200)}, cases ${before} → ${after}`)
      }
      return { acknowledged: acked.length, unanswered: unanswered.length, lost, retried, ...inspect(dbPath), seconds: (Date.now() - started) / 1000 }
    } finally {
      await second.kill('SIGTERM')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function inspect(dbPath: string) {
  const db = new Database(dbPath, { readonly: true })
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    return {
      halfWritten: {
        caseWithoutReporter: n(`SELECT count(*) AS n FROM grievances g
          WHERE NOT EXISTS (SELECT 1 FROM grievance_participants p WHERE p.case_id = g.id AND p.role = 'reporter')`),
        participantWithoutCase: n(`SELECT count(*) AS n FROM grievance_participants p
          WHERE NOT EXISTS (SELECT 1 FROM grievances g WHERE g.id = p.case_id)`),
        participantCountMismatch: n(`SELECT count(*) AS n FROM grievances g
          WHERE g.participant_count != (SELECT count(*) FROM grievance_participants p WHERE p.case_id = g.id)`),
      },
      integrity: (db.pragma('integrity_check', { simple: true }) as string),
      withoutAudit: n(`SELECT count(*) AS n FROM grievances g WHERE NOT EXISTS
          (SELECT 1 FROM audit a WHERE a.record_type = 'grievance' AND a.record_id = g.id AND a.action = 'grievance.submit')`),
      withoutOrgInbox: n(`SELECT count(*) AS n FROM grievances g WHERE NOT EXISTS
          (SELECT 1 FROM inbox i WHERE i.case_id = g.id AND i.type = 'grievance.received')`),
    }
  } finally {
    db.close()
  }
}
