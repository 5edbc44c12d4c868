/**
 * `legal.ask` through the host under load (issue 11: p99 ≤ 50 ms at 16 clients), against `listCalendarYears` on
 * the same host, same load generator, same run (alternating slices, see lib/load.ts), on the demo directory. Every
 * request is a new consultation: a fresh requestId, and a worker openid that changes every 8 requests, so the
 * 10-a-day cap never trips and every reply is a real filing (routing, the keyed hashes, the receipt, the insert
 * under the daily quota). The bodies cycle through categories, named (contact encrypted) and anonymous askers,
 * a picked town, an employer from the directory, and no place at all.
 */
import { readFileSync } from 'node:fs'
import { DEMO_FILE } from '../scripts/host/demo'
import type { DirectoryFile } from '../types/directory'
import { LEGAL_CATEGORIES } from '../types/legal-labels'
import { countRows, probe, startDemoHost } from './lib/demo-host'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'

export type LegalAskBenchResult = {
  connections: number
  /** seconds of load per action, in `slices` slices (after a warm-up of each) */
  seconds: number
  slices: number
  ask: LoadResult
  noop: LoadResult
  /** ask req/s ÷ listCalendarYears req/s */
  ratio: number
  /** ok replies to ask, warm-up included, and the consultations the database gained meanwhile */
  okReplies: number
  consultationsCreated: number
  /** route reasons the replies named, over the ok replies */
  routes: Record<string, number>
}

const REQUESTS_PER_WORKER = 8
const QUESTIONS = [
  '公司已经两个月没有发工资了，老板说资金周转困难，我该怎么办？',
  '试用期被公司辞退了，没有任何补偿，这样合法吗？需要准备什么材料？',
  '每天加班到晚上十点，加班费按最低工资算，能不能要求补发？',
  '上班路上骑电动车摔伤了，公司说不算工伤，我应该找谁认定？',
  '入职一年多了公司一直没给交社保，现在离职能不能要求补缴？',
]
const NAMES = ['王秀英', '李建军', '张伟', '刘芳', '陈静']

type Place = { townId?: string; enterpriseId?: string; enterpriseName?: string }

/** Eight places per cycle: a picked town (four of them), an employer in the directory, an unnamed small employer, nowhere. */
function places(file: DirectoryFile): (i: number) => Place {
  const towns = file.orgs.filter((o) => o.type === 'town_federation').map((o) => o.id)
  const ents = file.enterprises
  return (i) => {
    const k = Math.floor(i / 8)
    switch (i % 8) {
      case 0: case 1: case 2: return { townId: towns[k % towns.length] }
      case 3: case 4: return { enterpriseId: ents[(i * 7) % ents.length].id }
      case 5: return { townId: towns[(k + 1) % towns.length], enterpriseName: '街边一家小服装加工店' }
      default: return {}
    }
  }
}

export function askSide(file: DirectoryFile, routes: Record<string, number>): LoadSide {
  const place = places(file)
  const run = Date.now().toString(36)
  let i = 0
  return {
    path: '/fn/legal',
    next() {
      const n = i++
      const named = n % 3 !== 2
      const body = {
        action: 'ask',
        requestId: `bench-${run}-${n}`,
        category: LEGAL_CATEGORIES[n % LEGAL_CATEGORIES.length],
        question: QUESTIONS[n % QUESTIONS.length],
        privacy: named ? 'named' : 'anonymous',
        ...place(n),
        ...(named && n % 2 === 0 ? { contact: { name: NAMES[n % NAMES.length], phone: `139${10_000_000 + (n % 89_999_999)}` } } : {}),
      }
      return { body: JSON.stringify(body), headers: { 'x-dev-openid': `bench-asker-${run}-${Math.floor(n / REQUESTS_PER_WORKER)}` } }
    },
    onReply(text) {
      const reason = /"routeReason":"([A-Z_]+)"/.exec(text)?.[1] ?? 'none'
      routes[reason] = (routes[reason] ?? 0) + 1
    },
  }
}

export async function benchLegalAsk(workDir: string, opts: AlternateOptions, step: (m: string) => void = () => {}): Promise<LegalAskBenchResult> {
  const file = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as DirectoryFile
  const { host, dbPath } = await startDemoHost(workDir, 'legal')
  try {
    step(`legal: ask through the host, ${opts.connections} connections`)
    const routes: Record<string, number> = {}
    const side = askSide(file, routes)
    await probe(host.url, side, 'legal.ask')
    const before = countRows(dbPath, 'legal_consultations')
    const run = await alternate(host.url, side, NOOP, opts)
    return {
      connections: opts.connections,
      seconds: run.seconds,
      slices: opts.slices,
      ask: run.subject,
      noop: run.baseline,
      ratio: run.subject.reqPerSec / run.baseline.reqPerSec,
      okReplies: Object.values(routes).reduce((a, b) => a + b, 0),
      consultationsCreated: countRows(dbPath, 'legal_consultations') - before,
      routes,
    }
  } finally {
    await host.stop()
  }
}
