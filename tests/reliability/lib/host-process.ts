/**
 * The real `npm run serve` entry (scripts/host/main.ts) in a child process on a given database, so it can be killed
 * with SIGKILL mid-load and started again on the same file.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(__dirname, '..', '..', '..')

export type HostProcess = { url: string; child: ChildProcess; exited: Promise<void>; kill(signal: NodeJS.Signals): Promise<void> }

export function startHostProcess(dbPath: string, timeoutMs = 60_000): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/host/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, PORT: '0', UNION_DB: dbPath, UNION_DEV: '1', UNION_DEMO: '1', UNION_TIMERS: '0',
      // Many reports per client: the load is about durability, not the daily cap.
      UNION_DAILY_REPORT_LIMIT: '1000000',
    },
  })
  const exited = new Promise<void>((done) => child.once('close', () => done()))
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  let out = ''
  let err = ''
  return new Promise((resolveHost, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`host did not start in ${timeoutMs} ms: ${err.slice(-500)}`))
    }, timeoutMs)
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (err = (err + c).slice(-4000)))
    let started = false
    // Keep draining stdout once started: a full pipe would stall the host.
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      if (started) return
      out += c
      const m = /local host: (http:\/\/[^\s/]+)/.exec(out)
      if (!m) return
      started = true
      clearTimeout(timer)
      resolveHost({ url: m[1], child, exited, kill })
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if (!started) reject(new Error(`host exited (${code ?? signal}) before listening: ${err.slice(-500)}`))
    })
  })
}
