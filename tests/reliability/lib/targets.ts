/**
 * Where the races run, each as an `Invoke` over the real function entry: the host over HTTP (SQLite; concurrency
 * from parallel requests), the entry in-process on SQLite, and the entry on the CloudBase adapter (real
 * @cloudbase/node-sdk → tests/support/cloudbase-fake) — the last two under Promise.all, so both racers read before
 * either writes. All on the demo directory, with the default limits.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadCalendarCached } from '../../../cloudfunctions/_lib/calendar/cache'
import type { Logger } from '../../../cloudfunctions/_lib/runtime/deps'
import { openCloudbaseStore } from '../../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../../scripts/cloudbase-init'
import { seedDemo } from '../../../scripts/host/demo'
import { startHost } from '../../../scripts/host/server'
import { startCloudbaseFake } from '../../support/cloudbase-fake'
import { openHarness, type Harness } from '../../support/harness'
import { as, call } from './client'
import type { Invoke } from './races'

export type Target = { invoke: Invoke; close(): Promise<void>; errors: string[] }

const entry = (h: Harness): Invoke => (fn, action, input, openid) => h.call(fn, { kind: 'user', openid }, { action, ...input })

export async function hostTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'union-races-'))
  const errors: string[] = []
  const log: Logger = { info() {}, error: (m, f) => void errors.push(`${m} ${JSON.stringify(f)}`) }
  const host = await startHost({ port: 0, dbPath: join(dir, 'union.db'), dataDir: dir, dev: true, demo: true, timers: false, log })
  return {
    invoke: (fn, action, input, openid) => call(host.url, fn, action, input, as(openid)),
    errors,
    async close() {
      await host.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function sqliteEntryTarget(): Promise<Target> {
  const h = await openHarness()
  return { invoke: entry(h), errors: errorsOf(h), close: () => h.close() }
}

export async function cloudbaseEntryTarget(): Promise<Target> {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  const h = await openHarness({ demo: false })
  const store = openCloudbaseStore(fake.app)
  await seedDemo(store)
  const sqlite = h.deps.store // the harness's own, unused here: closed with it
  h.deps.store = store
  h.deps.calendar = loadCalendarCached(store, 0)
  return {
    invoke: entry(h),
    errors: errorsOf(h),
    async close() {
      await sqlite.close()
      await h.close()
      await fake.close()
    },
  }
}

/** The harness's logged errors, read live (an INTERNAL answer logs one). */
function errorsOf(h: Harness): string[] {
  return new Proxy([] as string[], {
    get: (_t, p) => Reflect.get(h.log.entries.filter((e) => e.level === 'error').map((e) => `${e.message} ${JSON.stringify(e.fields)}`), p),
  })
}

export const TARGETS: { label: string; open(): Promise<Target> }[] = [
  { label: 'host over HTTP (SQLite)', open: hostTarget },
  { label: 'entry, Promise.all (SQLite)', open: sqliteEntryTarget },
  { label: 'entry, Promise.all (CloudBase adapter → fake)', open: cloudbaseEntryTarget },
]
