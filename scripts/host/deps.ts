/** Deps for the embedded default: SQLite, files under the data folder, keys generated on first run. */
import { join } from 'node:path'
import { loadCalendarCached } from '../../cloudfunctions/_lib/calendar/cache'
import { localFiles } from '../../cloudfunctions/_lib/files/local'
import { fieldCrypto } from '../../cloudfunctions/_lib/runtime/crypto'
import type { Deps, Logger } from '../../cloudfunctions/_lib/runtime/deps'
import { createIdGenerator } from '../../cloudfunctions/_lib/runtime/ids'
import { localKeys } from '../../cloudfunctions/_lib/runtime/keys'
import { consoleLogger } from '../../cloudfunctions/_lib/runtime/log'
import { openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { logSender } from '../../cloudfunctions/_lib/notify/log-sender'
import { localTicketIssuer, localTicketKey } from './desktop-login'

export type LocalDeps = Deps & { files: ReturnType<typeof localFiles> }

export function localDeps(opts: {
  dbPath: string
  dataDir: string
  baseUrl: () => string
  dailyReportLimit?: number
  log?: Logger
  /** Clock for file links (tests move it to expire a link); the system clock by default. */
  now?: () => Date
}): LocalDeps {
  const keys = localKeys(opts.dataDir)
  const store = openSqliteStore(opts.dbPath)
  const log = opts.log ?? consoleLogger
  return {
    store,
    files: localFiles({ dir: join(opts.dataDir, 'files'), secret: keys.hashKey, baseUrl: opts.baseUrl, now: opts.now }),
    crypto: fieldCrypto(keys),
    calendar: loadCalendarCached(store, 30_000),
    ids: createIdGenerator(),
    log,
    // pushLagMs 0: one process, and its subscribe messages only reach the log (a message missed in a race costs nothing).
    limits: { dailyReportLimit: opts.dailyReportLimit ?? 10, pushLagMs: 0 },
    // No WeChat here: the host logs what it would send (tests swap in the HTTP sender against a fake).
    subscribe: logSender(log),
    // Desktop sign-in: the stand-in for CloudBase custom-login tickets (desktop-login.ts).
    tickets: localTicketIssuer(localTicketKey(keys.hashKey), opts.now),
  }
}
