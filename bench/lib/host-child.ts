/**
 * The local host in its own process (`node --import tsx bench/lib/host-child.ts <dbPath> <dataDir>`), so the
 * load generator and the server do not share one event loop. Prints `{"url":…}` once listening; stops on SIGTERM.
 */
import { startHost } from '../../scripts/host/server'

async function main() {
  const [dbPath, dataDir] = process.argv.slice(2)
  if (!dbPath || !dataDir) throw new Error('usage: host-child.ts <dbPath> <dataDir>')
  const host = await startHost({ port: 0, dbPath, dataDir, dev: true, demo: false, timers: false })
  process.once('SIGTERM', () => {
    host.close().then(() => process.exit(0))
  })
  process.stdout.write(JSON.stringify({ url: host.url }) + '\n')
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
