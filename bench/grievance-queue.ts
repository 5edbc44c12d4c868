/**
 * The officer queue through the host: a town officer of the big town posts `grievance.queue` (default
 * org: their own, 20 per page) with a cursor that rotates over the first page and keyset pages at evenly
 * spaced depths down to `depth` (500,000 in the full run), against `listCalendarYears` in alternating
 * slices. Each cursor is first checked to return a full page of the officer's org.
 */
import Database from 'better-sqlite3'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'

export type QueueHostResult = {
  connections: number
  seconds: number
  slices: number
  /** the depths the cursors point at (0 = the first page) */
  depths: number[]
  queue: LoadResult
  noop: LoadResult
  /** queue req/s ÷ listCalendarYears req/s */
  ratio: number
}

type Opts = AlternateOptions & { orgId: string; officer: string; depth: number; cursors: number }

/** `${accept_by}|${id}` of the row just above each depth, in the queue's own order (store/cursor.ts). */
function cursorsAt(dbPath: string, orgId: string, depths: number[]): (string | undefined)[] {
  const db = new Database(dbPath, { readonly: true })
  try {
    const at = db.prepare<[string, number], { accept_by: string; id: string }>(
      'SELECT accept_by, id FROM grievances INDEXED BY grievances_queue WHERE assigned_org_id = ? ORDER BY accept_by, id LIMIT 1 OFFSET ?',
    )
    return depths.map((d) => {
      if (d === 0) return undefined
      const row = at.get(orgId, d - 1)
      if (!row) throw new Error(`the queue of ${orgId} is shallower than ${d}`)
      return `${row.accept_by}|${row.id}`
    })
  } finally {
    db.close()
  }
}

export async function benchQueueHost(url: string, dbPath: string, opts: Opts): Promise<QueueHostResult> {
  const depths = Array.from({ length: opts.cursors }, (_, k) => Math.round((opts.depth * k) / (opts.cursors - 1)))
  const bodies = cursorsAt(dbPath, opts.orgId, depths).map((after) => JSON.stringify({ action: 'queue', ...(after ? { after } : {}) }))
  const headers = { 'x-dev-openid': opts.officer }
  for (const body of bodies) {
    const res = await fetch(`${url}/fn/grievance`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
    const reply = (await res.json()) as { ok: boolean; data?: { orgId: string; items: unknown[] } }
    if (!reply.ok || reply.data?.orgId !== opts.orgId || reply.data.items.length !== 20)
      throw new Error(`queue page for ${body} is not a full page of ${opts.orgId}: ${JSON.stringify(reply).slice(0, 300)}`)
  }
  let i = 0
  const side: LoadSide = { path: '/fn/grievance', next: () => ({ body: bodies[i++ % bodies.length], headers }) }
  const run = await alternate(url, side, NOOP, opts)
  return {
    connections: opts.connections,
    seconds: run.seconds,
    slices: opts.slices,
    depths,
    queue: run.subject,
    noop: run.baseline,
    ratio: run.subject.reqPerSec / run.baseline.reqPerSec,
  }
}
