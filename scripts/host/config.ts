/** The host's environment, read once through a schema at start-up. */
import { resolve } from 'node:path'
import * as z from 'zod/mini'

const flag = (fallback: '0' | '1') => z._default(z.enum(['0', '1'], '应为 0 或 1'), fallback)

const envSchema = z.object({
  PORT: z._default(z.string().check(z.regex(/^\d{1,5}$/, 'PORT 应为端口号')), '8080'),
  HOST: z._default(z.string(), '127.0.0.1'),
  UNION_DB: z._default(z.string(), '.data/union.db'),
  UNION_DEV: flag('1'),
  UNION_DEMO: flag('1'),
  UNION_TIMERS: flag('1'),
  UNION_DAILY_REPORT_LIMIT: z._default(z.string().check(z.regex(/^\d+$/)), '10'),
})

export type HostConfig = {
  port: number
  host: string
  dbPath: string
  dataDir: string
  dev: boolean
  demo: boolean
  timers: boolean
  dailyReportLimit: number
  staticDir: string
}

export function readHostConfig(env: NodeJS.ProcessEnv = process.env): HostConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) throw new Error(`bad environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const e = parsed.data
  const dbPath = resolve(e.UNION_DB)
  return {
    port: Number(e.PORT),
    host: e.HOST,
    dbPath,
    dataDir: resolve(dbPath, '..'),
    dev: e.UNION_DEV === '1',
    demo: e.UNION_DEMO === '1',
    timers: e.UNION_TIMERS === '1',
    dailyReportLimit: Number(e.UNION_DAILY_REPORT_LIMIT),
    staticDir: resolve('dist/h5'),
  }
}
