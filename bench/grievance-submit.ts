/**
 * `grievance.submit` through the host under load, against `listCalendarYears` on the same host, same
 * load generator, same run (alternating slices, see lib/load.ts). Every request is a new report: a fresh
 * requestId, and a worker openid that changes every 8 requests, so the 10-a-day limit never trips and
 * every reply is a real submission (validation, routing, the case + reporter insert, the audit record,
 * two inbox entries). The bodies cycle through the privacy modes and routing branches.
 */
import Database from 'better-sqlite3'
import type { GrievanceDirectory } from './lib/grievance-directory'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'

export type SubmitBenchResult = {
  connections: number
  /** seconds of load per action, in `slices` slices (after a warm-up of each) */
  seconds: number
  slices: number
  submit: LoadResult
  noop: LoadResult
  /** submit req/s ÷ listCalendarYears req/s */
  ratio: number
  /** ok replies to submit, warm-up included, and the cases the database gained meanwhile: equal */
  okReplies: number
  casesCreated: number
  /** route reasons the replies named, over the ok replies */
  routes: Record<string, number>
}

const REQUESTS_PER_WORKER = 8
const DESCRIPTIONS = [
  '公司已经两个月没有发工资了，车间里的人都一样，老板说资金周转困难让我们再等等。',
  '入职一年多了公司一直没有给我们交社保，问人事说试用期不交，现在也还不交。',
  '车间的机器防护罩拆掉了一直没装回去，上个月已经有人被夹伤了手指。',
  '每天要干十二个小时，周末也经常加班，加班费一直按最低标准算，还经常少算。',
]
const NAMES = ['王秀英', '李建军', '张伟', '刘芳', '陈静']

type Template = { enterpriseId?: string; enterpriseName?: string; townId?: string; privacy: 'named' | 'employer_blind' | 'anonymous'; urgent?: boolean }

/** Ten bodies per cycle: named reports to the enterprise union, the joint union and the town; protected ones; an urgent one. */
function templates(dir: GrievanceDirectory): (i: number) => Template {
  const ents = dir.file.enterprises
  const withUnion = ents.filter((e) => e.unionId)
  const withJoint = ents.filter((e) => !e.unionId && e.jointUnionId)
  const bare = ents.filter((e) => !e.unionId && !e.jointUnionId)
  if (!withUnion.length || !withJoint.length || !bare.length) throw new Error('the bench directory lacks a kind of enterprise')
  const at = <T>(list: T[], i: number) => list[i % list.length]
  return (i) => {
    const k = Math.floor(i / 10)
    switch (i % 10) {
      case 0: case 1: case 2: return { enterpriseId: at(withUnion, i).id, privacy: 'named' }
      case 3: return { enterpriseId: at(withJoint, k).id, privacy: 'named' }
      case 4: return { enterpriseId: at(bare, k).id, privacy: 'named' }
      case 5: case 6: return { enterpriseId: at(ents, i).id, privacy: 'employer_blind' }
      case 7: return { enterpriseId: at(ents, i).id, privacy: 'anonymous' }
      case 8: return { enterpriseName: '不知道全称的一家小加工厂', townId: at(ents, k).townId, privacy: 'anonymous' }
      default: return { enterpriseId: at(withUnion, k).id, privacy: 'named', urgent: true }
    }
  }
}

export function submitSide(dir: GrievanceDirectory, routes: Record<string, number>): LoadSide {
  const template = templates(dir)
  const run = Date.now().toString(36)
  let i = 0
  return {
    path: '/fn/grievance',
    next() {
      const n = i++
      const t = template(n)
      const body = {
        action: 'submit',
        requestId: `bench-${run}-${n}`,
        ...t,
        category: ['wage_arrears', 'social_insurance', 'safety', 'overtime', 'contract', 'work_injury', 'other'][n % 7],
        affectedCount: n % 20 === 4 ? 12 : 1 + (n % 3),
        description: DESCRIPTIONS[n % DESCRIPTIONS.length],
        ...(t.privacy === 'anonymous' ? {} : { contact: { name: NAMES[n % NAMES.length], phone: `139${10_000_000 + (n % 89_999_999)}` } }),
      }
      return { body: JSON.stringify(body), headers: { 'x-dev-openid': `bench-worker-${run}-${Math.floor(n / REQUESTS_PER_WORKER)}` } }
    },
    onReply(text) {
      const reason = /"routeReason":"([A-Z_]+)"/.exec(text)?.[1] ?? 'none'
      routes[reason] = (routes[reason] ?? 0) + 1
    },
  }
}

const countCases = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM grievances').get() as { n: number }).n
  } finally {
    db.close()
  }
}

export async function benchSubmit(url: string, dbPath: string, dir: GrievanceDirectory, opts: AlternateOptions): Promise<SubmitBenchResult> {
  const routes: Record<string, number> = {}
  const side = submitSide(dir, routes)
  const probe = side.next()
  const reply = await fetch(`${url}${side.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...probe.headers }, body: probe.body })
  const text = await reply.text()
  if (!text.startsWith('{"ok":true')) throw new Error(`submit refused the bench body: ${text.slice(0, 300)}`)
  const before = countCases(dbPath)
  const run = await alternate(url, side, NOOP, opts)
  const okReplies = Object.values(routes).reduce((a, b) => a + b, 0)
  return {
    connections: opts.connections,
    seconds: run.seconds,
    slices: opts.slices,
    submit: run.subject,
    noop: run.baseline,
    ratio: run.subject.reqPerSec / run.baseline.reqPerSec,
    okReplies,
    casesCreated: countCases(dbPath) - before,
    routes,
  }
}
