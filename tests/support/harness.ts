/**
 * Runs functions through their real entry (`invoke`) on a fresh SQLite database per test file,
 * seeded with the demo directory. `as(openid)` / `anon()` / `timer()` choose the caller.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import type { Caller } from '../../cloudfunctions/_lib/runtime/deps'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'
import { localDeps, type LocalDeps } from '../../scripts/host/deps'
import { seedDemo } from '../../scripts/host/demo'

export type Harness = {
  deps: LocalDeps
  log: ReturnType<typeof memoryLogger>
  call(fn: string, caller: Caller, event: Record<string, unknown>, now?: Date): Promise<any>
  as(openid: string): (fn: string, action: string, input?: Record<string, unknown>, now?: Date) => Promise<any>
  close(): Promise<void>
}

export async function openHarness(opts: { demo?: boolean } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'union-test-'))
  const log = memoryLogger()
  const deps = localDeps({ dbPath: join(dir, 'union.db'), dataDir: dir, baseUrl: () => 'http://127.0.0.1:0', log })
  deps.calendar = (await import('../../cloudfunctions/_lib/calendar/cache')).loadCalendarCached(deps.store, 0)
  if (opts.demo ?? true) await seedDemo(deps.store)
  const call: Harness['call'] = (fn, caller, event, now) => FUNCTIONS[fn].invoke(event, caller, deps, now ?? new Date())
  return {
    deps,
    log,
    call,
    as: (openid) => (fn, action, input = {}, now) => call(fn, { kind: 'user', openid }, { action, ...input }, now),
    async close() {
      await deps.store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const anon: Caller = { kind: 'none' }
export const timer: Caller = { kind: 'system' }
