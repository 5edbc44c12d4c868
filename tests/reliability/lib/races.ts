/**
 * Races through the real entry: two officers acting on one case at once, and many identical retries of one request
 * at once. `invoke` is either HTTP to the host (real concurrency across requests) or the function entry on another
 * adapter (the CloudBase fake) under Promise.all. Each round checks the answers against the case's history.
 */
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { idNumberFor } from './world'

export type Invoke = (fn: string, action: string, input: Record<string, unknown>, openid: string) => Promise<any>
export type RaceResult = { scenario: string; rounds: number; calls: number; ok: number; refusals: Record<string, number>; violations: string[] }

const A = 'o-town-sx-1'
const B = 'o-town-sx-2'
const READER = 'o-city-admin' // sees every case: the history is read as the root org
/** What the loser of a race on one case may be told. */
export const LOSER_CODES = ['CONFLICT', 'GRIEVANCE.NOT_OPEN', 'GRIEVANCE.SAME_ORG']

let serial = 0
const fresh = (what: string) => `race-${what}-${process.pid}-${Date.now().toString(36)}-${++serial}`

async function newCase(invoke: Invoke, accepted: boolean): Promise<string> {
  // A named report with a town and no enterprise: held by 苏溪镇总工会, which may hand it down to sx-a1.
  const out = await invoke('grievance', 'submit', {
    requestId: fresh('case'), townId: 'sx', category: 'contract', privacy: 'named', description: '单位不签劳动合同，请工会帮助。',
    contact: { name: '赵竞态', phone: '13700000003' },
  }, fresh('o-w'))
  if (!out.ok) throw new Error(`race setup: submit ${JSON.stringify(out)}`)
  if (accepted && !(await invoke('grievance', 'accept', { id: out.data.id }, A)).ok) throw new Error('race setup: accept')
  return out.data.id
}

async function events(invoke: Invoke, id: string, type: string): Promise<{ n: number; assignedOrgId: string }> {
  const out = await invoke('grievance', 'get', { id }, READER)
  if (!out.ok) throw new Error(`race check: get ${JSON.stringify(out)}`)
  return { n: (out.data.history as { type: string }[]).filter((h) => h.type === type).length, assignedOrgId: out.data.assignedOrgId }
}

function tally(r: RaceResult, answers: any[]) {
  r.calls += answers.length
  for (const a of answers) {
    if (a.ok) r.ok++
    else r.refusals[a.error.code] = (r.refusals[a.error.code] ?? 0) + 1
  }
}

type Step = { action: string; input: Record<string, unknown>; by: string; event: string }

/** Two officers at once on one case: exactly one answer ok, one history event, the other a clear refusal. */
async function twoOfficers(invoke: Invoke, r: RaceResult, accepted: boolean, steps: (id: string) => [Step, Step]) {
  const id = await newCase(invoke, accepted)
  const [s1, s2] = steps(id)
  const answers = await Promise.all([s1, s2].map((s) => invoke('grievance', s.action, s.input, s.by)))
  tally(r, answers)
  const oks = answers.filter((a) => a.ok).length
  const loser = answers.find((a) => !a.ok)
  const seen = await events(invoke, id, s1.event)
  if (oks !== 1) r.violations.push(`${id}: ${oks} answers ok (${JSON.stringify(answers.map((a) => a.ok || a.error.code))})`)
  if (loser && !LOSER_CODES.includes(loser.error.code)) r.violations.push(`${id}: loser answered ${loser.error.code}`)
  if (seen.n !== oks) r.violations.push(`${id}: ${seen.n} ${s1.event} events for ${oks} ok answers`)
  const winner = answers.find((a) => a.ok)
  if (s1.action === 'transfer' && winner && winner.data.assignedOrgId !== seen.assignedOrgId)
    r.violations.push(`${id}: answered ${winner.data.assignedOrgId}, holds ${seen.assignedOrgId}`)
}

/** `n` copies of one request at once: every answer ok and the same, one record behind them. */
async function sameRequest(invoke: Invoke, r: RaceResult, n: number, kind: 'submit' | 'apply' | 'reply') {
  const requestId = fresh('req')
  let caseId = ''
  const who = kind === 'reply' ? `o-w-${fresh('r')}` : fresh('o-w')
  if (kind === 'reply') {
    const made = await invoke('grievance', 'submit', {
      requestId: fresh('case'), townId: 'sx', category: 'other', privacy: 'anonymous', description: '想问问社保的事情。',
    }, who)
    caseId = made.data.id
  }
  const call = () => kind === 'submit'
    ? invoke('grievance', 'submit', { requestId, townId: 'sx', category: 'safety', privacy: 'anonymous', description: '车间没有防护装置。' }, who)
    : kind === 'apply'
      ? invoke('membership', 'apply', {
        requestId, name: '钱并发', idNumber: idNumberFor(serial * 7919), phone: '13600000004', enterpriseId: 'e-sx-007',
        consents: { idNumber: true, shareWithUnion: true },
      }, who)
      : invoke('grievance', 'reply', { id: caseId, text: '补充一下情况。', requestId }, who)
  const answers = await Promise.all(Array.from({ length: n }, call))
  tally(r, answers)
  const ids = new Set(answers.map((a) => (a.ok ? JSON.stringify(a.data.id ?? a.data.messageId) : `refused ${a.error.code}`)))
  if (ids.size !== 1 || !answers[0].ok) r.violations.push(`${kind} ${requestId}: answers ${[...ids].join(', ')}`)
  const stored = kind === 'submit'
    ? (await invoke('grievance', 'mine', {}, who)).data.items.length
    : kind === 'apply'
      ? (await invoke('membership', 'mine', {}, who)).data.applications.length
      : (await invoke('grievance', 'messages', { id: caseId }, who)).data.items.filter((m: { mine?: boolean }) => m.mine).length
  if (stored !== 1) r.violations.push(`${kind} ${requestId}: ${stored} records for one request`)
}

/** Whether `reply` takes a requestId yet (another change adds one): the reply race runs only then. */
const replyIsIdempotent = () => 'requestId' in ((FUNCTIONS.grievance.actions.reply.input as any)._zod.def.shape ?? {})

export async function runRaces(invoke: Invoke, rounds: number, copies = 20): Promise<RaceResult[]> {
  const scenarios: [string, (r: RaceResult) => Promise<void>][] = [
    ['two officers accept one case', (r) => twoOfficers(invoke, r, false, (id) => [
      { action: 'accept', input: { id }, by: A, event: 'accepted' }, { action: 'accept', input: { id }, by: B, event: 'accepted' }])],
    // One destination: done one after the other, the second is refused too (SAME_ORG), so exactly one must win.
    ['two officers transfer one case', (r) => twoOfficers(invoke, r, false, (id) => [
      { action: 'transfer', input: { id, toOrgId: 'sx-a1', reason: '交片区办理' }, by: A, event: 'transferred' },
      { action: 'transfer', input: { id, toOrgId: 'sx-a1', reason: '请片区跟进' }, by: B, event: 'transferred' }])],
    ['two officers resolve one case', (r) => twoOfficers(invoke, r, true, (id) => [
      { action: 'resolve', input: { id, outcome: 'resolved', summary: '已协调解决。' }, by: A, event: 'resolved' },
      { action: 'resolve', input: { id, outcome: 'partly_resolved', summary: '部分解决。' }, by: B, event: 'resolved' }])],
    [`${copies} submits with one requestId`, (r) => sameRequest(invoke, r, copies, 'submit')],
    [`${copies} membership applications with one requestId`, (r) => sameRequest(invoke, r, copies, 'apply')],
  ]
  if (replyIsIdempotent()) scenarios.push([`${copies} replies with one requestId`, (r) => sameRequest(invoke, r, copies, 'reply')])
  const results: RaceResult[] = []
  for (const [scenario, round] of scenarios) {
    const r: RaceResult = { scenario, rounds: rounds, calls: 0, ok: 0, refusals: {}, violations: [] }
    for (let i = 0; i < rounds; i++) await round(r)
    results.push(r)
  }
  return results
}
