/** Wall time from spawning `node <file>` to the child printing its first line (its result). */
import { spawn } from 'node:child_process'
import { msSince } from './stats'

export type Timed = { ms: number; line: string }

export function timeToFirstLine(file: string, env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(process.execPath, [file], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timed: Timed | undefined
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const nl = out.indexOf('\n')
      if (!timed && nl >= 0) timed = { ms: msSince(start), line: out.slice(0, nl) }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.on('error', reject)
    // Resolve only once the child is gone, so rounds never overlap on the two cores.
    child.on('close', (code) => {
      clearTimeout(timer)
      if (timed) resolve(timed)
      else reject(new Error(`${file} exited (${code}) without a result line: ${err.slice(-500)}`))
    })
  })
}
