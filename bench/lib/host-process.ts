/**
 * Starts bench/lib/host-child.ts under tsx and waits for its URL; `stop()` ends that one process.
 * BENCH_HOST_NODE_ARGS adds node flags to the child, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the host.
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..', '..')

export type HostProcess = { url: string; pid: number; stop(): Promise<void> }

export function startHostProcess(dbPath: string, dataDir: string, timeoutMs = 30_000): Promise<HostProcess> {
  const extra = (process.env.BENCH_HOST_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', join(__dirname, 'host-child.ts'), dbPath, dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  const exited = new Promise<void>((done) => child.once('close', () => done()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolveHost, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`host did not start in ${timeoutMs} ms: ${err.slice(-500)}`))
    }, timeoutMs)
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err = (err + c).slice(-4000)))
    let started = false
    // Keep draining stdout after the first line: a full pipe would stall the host.
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      if (started) return
      out += c
      const nl = out.indexOf('\n')
      if (nl < 0) return
      started = true
      clearTimeout(timer)
      resolveHost({ url: (JSON.parse(out.slice(0, nl)) as { url: string }).url, pid: child.pid!, stop })
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited (${code}) before listening: ${err.slice(-500)}`))
    })
  })
}
