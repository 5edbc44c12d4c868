/**
 * The host benches of issues 11 and 12 run on the demo directory (scripts/demo/yiwu.json: 4 towns, 240 enterprises,
 * the demo officers and lawyers), written into a temporary SQLite file before the host starts in its own process.
 * Setup calls go through the host like any client's (`call`), so the state the load meets is what the functions wrote.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { seedDemo } from '../../scripts/host/demo'
import { startHostProcess, type HostProcess } from './host-process'

export async function startDemoHost(workDir: string, label: string): Promise<{ host: HostProcess; dbPath: string }> {
  const dbPath = join(workDir, `${label}.db`)
  const store = openSqliteStore(dbPath)
  try {
    if (!(await seedDemo(store))) throw new Error(`${dbPath} already held a directory`)
  } finally {
    await store.close()
  }
  return { host: await startHostProcess(dbPath, join(workDir, `${label}-host`)), dbPath }
}

/** One call through the host as `openid` (at `now` when given); its data, or an error naming the refusal. */
export async function call<T = any>(url: string, fn: string, openid: string, body: Record<string, unknown>, now?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-dev-openid': openid }
  if (now) headers['x-dev-now'] = now
  const reply = await fetch(`${url}/fn/${fn}`, { method: 'POST', headers, body: JSON.stringify(body) })
  const out = (await reply.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } }
  if (!out.ok) throw new Error(`${fn}.${String(body.action)} as ${openid}: ${out.error?.code} ${out.error?.message}`)
  return out.data as T
}

/** Rows in a table, read from the file while the host runs (WAL: a reader sees every committed write). */
export function countRows(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true })
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** Sends the first body of a side once and insists on `{ ok: true }`: a bench of refusals would measure nothing. */
export async function probe(url: string, side: { path: string; next: () => { body: string; headers?: Record<string, string> } }, what: string) {
  const first = side.next()
  const reply = await fetch(`${url}${side.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...first.headers }, body: first.body })
  const text = await reply.text()
  if (!text.startsWith('{"ok":true')) throw new Error(`${what} refused the bench body: ${text.slice(0, 300)}`)
  return text
}
