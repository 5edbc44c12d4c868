/**
 * Property (issue 9), through the real handlers: under random reports, joins (workers and officers trying),
 * transfers and escalation sweeps, no enterprise-union, joint-union or area-committee officer ever receives a
 * protected case — its id, its text, its count or a notification about it — in ANY answer they can ask for:
 * get, queue, messages, inbox, mine, stats (JSON and CSV), collective, join.
 * A case born protected must never appear at all; a case that became protected by a joiner may only appear
 * in inbox entries written before that moment (the union held it while it was named).
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { seededRandom } from '../../../scripts/lib/random'
import { reporterKey } from '../../../cloudfunctions/grievance/lib/keys'

const ENTERPRISES = ['e-hx', 'e-sx-002', 'e-sx-003', 'e-sx-007', 'e-sx-010', 'e-sx-011']
const CATEGORIES = ['wage_arrears', 'safety', 'overtime'] as const
const GRASSROOTS: Record<string, string> = {
  'o-eu-hx-1': 'eu-hx', 'o-eu-sx-002-1': 'eu-sx-002', 'o-ju-sx1-1': 'ju-sx1', 'o-ju-sx2-1': 'ju-sx2',
  'o-sx-a1-1': 'sx-a1', 'o-sx-a2-1': 'sx-a2', 'o-ju-yw-express-1': 'ju-yw-express',
}
const OFFICERS = Object.keys(GRASSROOTS)
const TRANSFERRERS = ['o-town-sx-1', 'o-city-1', ...OFFICERS]
const TARGETS = ['yw', 'sx', 'sx-a1', 'eu-hx', 'eu-sx-002', 'ju-sx1', 'ju-sx2', 'ju-yw-express']
const PRIVACY = ['named', 'employer_blind', 'anonymous'] as const

type Tracked = { id: string; text: string; bornProtected: boolean; protectedAt: string | null }

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  h.deps.limits.dailyReportLimit = 10_000
})
afterAll(() => h.close())

/** Every answer a grassroots officer can ask for about their own org. */
async function everythingSeenBy(officer: string, tracked: Tracked[], now: Date): Promise<{ text: string; inbox: any[] }> {
  const ask = h.as(officer)
  const org = GRASSROOTS[officer]
  const answers = [
    await ask('grievance', 'queue', { limit: 100 }, now),
    await ask('grievance', 'mine', {}, now),
    await ask('grievance', 'stats', { orgId: org }, now),
    await ask('grievance', 'stats', { orgId: org, format: 'csv' }, now),
  ]
  for (const e of ENTERPRISES) for (const category of CATEGORIES) answers.push(await ask('grievance', 'collective', { enterpriseId: e, category }, now))
  for (const t of tracked) {
    answers.push(await ask('grievance', 'get', { id: t.id }, now), await ask('grievance', 'messages', { id: t.id }, now))
    answers.push(await ask('grievance', 'join', { caseId: t.id, requestId: uid('req'), privacy: 'named', contact: { name: '干部', phone: '13800000000' } }, now))
  }
  const inbox = await ask('grievance', 'inbox', { limit: 100 }, now)
  const items = inbox.ok ? [...inbox.data.mine.items, ...(inbox.data.org?.items ?? [])] : []
  return { text: JSON.stringify(answers), inbox: items }
}

it.each([5, 23, 71])('When random casework runs (seed %i), then no grassroots officer ever receives a protected case in any answer', async (seed) => {
  const { next: random, pick } = seededRandom(seed)
  let now = new Date('2026-03-09T09:00:00+08:00')
  const tracked: Tracked[] = []

  for (let step = 0; step < 30; step++) {
    now = new Date(now.getTime() + Math.floor(random() * 30) * 3600_000)
    const roll = random()
    if (roll < 0.35 || tracked.length === 0) {
      const privacy = pick(PRIVACY)
      const text = `随机诉求${seed}-${step}：工资拖欠了两个月。`
      const out = await h.as(uid('o-prop'))('grievance', 'submit', {
        requestId: uid('req'), enterpriseId: pick(ENTERPRISES), category: pick(CATEGORIES), privacy, description: text,
        affectedCount: 1 + Math.floor(random() * 4),
        ...(privacy === 'anonymous' ? {} : { contact: { name: `职工${step}`, phone: `139${String(10_000_000 + step).slice(-8)}` } }),
      }, now)
      expect(out.ok).toBe(true)
      tracked.push({ id: out.data.id, text, bornProtected: privacy !== 'named', protectedAt: null })
    } else if (roll < 0.55) {
      const privacy = pick(PRIVACY)
      const joiner = random() < 0.3 ? pick(OFFICERS) : uid('o-prop')
      await h.as(joiner)('grievance', 'join', {
        caseId: pick(tracked).id, requestId: uid('req'), privacy, affectedCount: 1 + Math.floor(random() * 5),
        ...(privacy === 'anonymous' ? {} : { contact: { name: `同事${step}`, phone: `137${String(20_000_000 + step).slice(-8)}` } }),
      }, now)
    } else if (roll < 0.8) {
      await h.as(pick(TRANSFERRERS))('grievance', 'transfer', { id: pick(tracked).id, toOrgId: pick(TARGETS), reason: '随机转办' }, now)
    } else {
      await h.call('escalate', timer, { action: 'sweep' }, now)
    }
    for (const t of tracked) {
      const c = (await h.deps.store.grievances.get(t.id))!
      if (c.strictPrivacy !== 'named' && !t.protectedAt) t.protectedAt = now.toISOString()
    }

    if (step % 5 !== 4) continue // the full sweep of answers is costly: every fifth step, and at the end
    for (const officer of OFFICERS) {
      const { text, inbox } = await everythingSeenBy(officer, tracked, now)
      for (const t of tracked.filter((x) => x.protectedAt)) {
        expect({ step, officer, leaked: text.includes(t.text) || (t.bornProtected && text.includes(t.id)) }).toEqual({ step, officer, leaked: false })
        const joined = (await h.deps.store.grievances.listParticipants(t.id)).some((p) => p.role === 'joiner' && text.includes(p.requestKey))
        expect(joined).toBe(false)
        for (const item of inbox.filter((i) => i.caseId === t.id)) {
          const late = t.bornProtected || new Date(item.at).getTime() >= new Date(t.protectedAt!).getTime()
          expect({ step, officer, case: t.id, late }).toEqual({ step, officer, case: t.id, late: false })
        }
      }
    }
  }
  // Officers joined nothing: no participant record anywhere carries an officer's key.
  const officerKeys = new Set(OFFICERS.map((o) => reporterKey(h.deps.crypto, o)))
  for (const t of tracked) for (const p of await h.deps.store.grievances.listParticipants(t.id)) expect(officerKeys.has(p.reporterKey)).toBe(false)
  expect(tracked.filter((t) => t.protectedAt).length).toBeGreaterThan(2)
}, 120_000)
