/**
 * Property, through the real handlers: under random reports, joins, transfers and escalation sweeps, a case with
 * any employer-blind or anonymous worker is never shown to enterprise-union, joint-union or area-committee
 * officers, and no officer response ever contains an anonymous worker's name, phone or openid.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { seededRandom } from '../../../scripts/lib/random'

const ENTERPRISES = ['e-hx', 'e-sx-002', 'e-sx-003', 'e-sx-007', 'e-sx-010', 'e-sx-011']
const GRASSROOTS = ['o-eu-hx-1', 'o-eu-sx-002-1', 'o-ju-sx1-1', 'o-ju-sx2-1', 'o-sx-a1-1', 'o-sx-a2-1', 'o-ju-yw-express-1']
const TRANSFERRERS = ['o-town-sx-1', 'o-city-1', ...GRASSROOTS]
const TARGETS = ['yw', 'sx', 'sx-a1', 'sx-a2', 'eu-hx', 'eu-sx-002', 'ju-sx1', 'ju-sx2', 'ju-yw-express', 'ft']
const PRIVACY = ['named', 'employer_blind', 'anonymous'] as const

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  h.deps.limits.dailyReportLimit = 10_000
})
afterAll(() => h.close())

it.each([11, 29, 47])('When random casework runs (seed %i), then protected cases never reach grassroots officers and anonymous identities never leak', async (seed) => {
  const { next: random, pick } = seededRandom(seed)
  let now = new Date('2026-03-09T09:00:00+08:00')
  const cases: { id: string }[] = []
  const secrets: string[] = [] // what must never appear in any officer response

  for (let step = 0; step < 40; step++) {
    now = new Date(now.getTime() + Math.floor(random() * 30) * 3600_000)
    const roll = random()
    if (roll < 0.35 || cases.length === 0) {
      const openid = uid('o-prop')
      const privacy = pick(PRIVACY)
      const name = `匿名者${step}${seed}`
      const phone = `139${String(10_000_000 + step * 1000 + seed).slice(-8)}`
      if (privacy === 'anonymous') secrets.push(openid)
      const out = await h.as(openid)('grievance', 'submit', {
        requestId: uid('req'), enterpriseId: pick(ENTERPRISES), category: 'wage_arrears', privacy,
        description: '工资拖欠了两个月。', affectedCount: 1 + Math.floor(random() * 4),
        ...(privacy === 'anonymous' ? {} : { contact: { name: privacy === 'named' ? `实名${step}` : name, phone } }),
      }, now)
      expect(out.ok).toBe(true)
      cases.push({ id: out.data.id })
    } else if (roll < 0.5) {
      const openid = uid('o-prop')
      const privacy = pick(PRIVACY)
      if (privacy === 'anonymous') secrets.push(openid)
      await h.as(openid)('grievance', 'join', {
        caseId: pick(cases).id, requestId: uid('req'), privacy, affectedCount: 1 + Math.floor(random() * 5),
        ...(privacy === 'anonymous' ? {} : { contact: { name: `同事${step}`, phone: `137${String(20_000_000 + step).slice(-8)}` } }),
      }, now)
    } else if (roll < 0.8) {
      await h.as(pick(TRANSFERRERS))('grievance', 'transfer', { id: pick(cases).id, toOrgId: pick(TARGETS), reason: '随机转办' }, now)
    } else {
      await h.call('escalate', timer, { action: 'sweep' }, now)
    }

    for (const { id } of cases) {
      const c = (await h.deps.store.grievances.get(id))!
      const protectedCase = c.strictPrivacy !== 'named'
      for (const officer of GRASSROOTS) {
        const seen = await h.as(officer)('grievance', 'get', { id }, now)
        if (protectedCase) expect({ step, officer, code: seen.ok ? 'VISIBLE' : seen.error.code }).toEqual({ step, officer, code: 'NOT_FOUND' })
        if (seen.ok) for (const s of secrets) expect(JSON.stringify(seen.data)).not.toContain(s)
      }
      for (const officer of ['o-town-sx-1', 'o-city-admin']) {
        const seen = await h.as(officer)('grievance', 'get', { id }, now)
        if (seen.ok) {
          const json = JSON.stringify(seen.data)
          for (const s of secrets) expect(json).not.toContain(s)
          for (const r of seen.data.reporters) if (r.privacy === 'anonymous') expect(r.visible).toBe(false)
        }
      }
    }
    for (const officer of GRASSROOTS) {
      const queue = await h.as(officer)('grievance', 'queue', {}, now)
      for (const item of queue.ok ? queue.data.items : []) {
        const c = (await h.deps.store.grievances.get(item.id))!
        expect({ step, officer, id: item.id, privacy: c.strictPrivacy }).toEqual({ step, officer, id: item.id, privacy: 'named' })
      }
    }
  }
  expect(cases.length).toBeGreaterThan(5)
}, 60_000)
