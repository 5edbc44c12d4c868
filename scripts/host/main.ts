/** `npm run serve` / `npm start`: the local function host on the embedded SQLite default. */
import { existsSync } from 'node:fs'
import { readHostConfig } from './config'
import { startHost } from './server'
import { DEMO_IDENTITIES } from './demo'

async function main() {
  const config = readHostConfig()
  const host = await startHost(config)
  const lines = [
    `工会服务 local host: ${host.url}/`,
    `  database: ${config.dbPath}   dev mode: ${config.dev ? 'on (x-dev-openid accepted)' : 'off'}   timers: ${config.timers ? 'on' : 'off'}`,
    existsSync(config.staticDir) ? `  H5 app:   ${host.url}/` : '  H5 app:   not built — run `npm run build:h5` (npm start does it)',
  ]
  if (config.dev) {
    lines.push('  demo identities (pick one on 我的 → 演示身份, or send header x-dev-openid):')
    for (const id of DEMO_IDENTITIES) lines.push(`    ${id.openid.padEnd(18)} ${id.label}`)
  }
  console.log(lines.join('\n'))
  const stop = () => host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
