/**
 * Property: under random submissions, joins, acceptances, pauses, transfers, take-overs and escalation sweeps
 * over random union trees, a case with an `employer_blind` or `anonymous` reporter is never placed at, nor
 * visible to, an enterprise union, joint union or area committee; and no officer's view of a reporter ever
 * carries an anonymous reporter's identity. Seeded (PROPERTY_SEED=n to replay one trial).
 */
import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import type { CaseState } from '../../../cloudfunctions/_lib/domain/grievance/case'
import { acceptClock, pauseClock, resumeClock } from '../../../cloudfunctions/_lib/domain/grievance/deadlines'
import { decideSweep } from '../../../cloudfunctions/_lib/domain/grievance/escalation'
import { isGrassroots, moveTo, strictestPrivacy } from '../../../cloudfunctions/_lib/domain/grievance/placement'
import { rerouteAfterJoin, routeGrievance, townIdFor } from '../../../cloudfunctions/_lib/domain/grievance/routing'
import { canTakeOver, canTransfer } from '../../../cloudfunctions/_lib/domain/grievance/transfer'
import { canSeeCase, reporterView, type Reporter } from '../../../cloudfunctions/_lib/domain/grievance/visibility'
import type { Enterprise, Org } from '../../../types/directory'
import { PRIVACY_MODES, type PrivacyMode } from '../../../types/grievance'
import { seededRandom, type Random } from '../../../scripts/lib/random'
import { chainOf, enterprise, org } from './directory'

const calendar = createWorkCalendar(officialCalendarData())

/** Seeded (mulberry32), so a failing trial replays from its seed. */
const random = seededRandom
type Rng = Random

function randomDirectory(rng: Rng) {
  const city = org('c', 'city_federation')
  const orgs: Org[] = [city]
  const enterprises: Enterprise[] = []
  const add = (o: Org) => (orgs.push(o), o)
  const addEnterprise = (townId: string, unionId: string | null, jointUnionId: string | null) =>
    enterprises.push(enterprise({ id: `ent${enterprises.length}`, townId, unionId, jointUnionId }))
  const cityJoint = rng.chance(0.5) ? add(org('c-ind', 'joint_union', city)) : null
  for (let t = 0; t < rng.int(1, 3); t++) {
    const town = add(org(`t${t}`, 'town_federation', city))
    addEnterprise(town.id, null, cityJoint && rng.chance(0.3) ? cityJoint.id : null)
    for (let a = 0; a < rng.int(0, 2); a++) {
      const area = add(org(`${town.id}a${a}`, 'area_committee', town))
      for (let e = 0; e < rng.int(0, 3); e++) addEnterprise(town.id, add(org(`${area.id}e${e}`, 'enterprise_union', area)).id, null)
    }
    for (let e = 0; e < rng.int(0, 2); e++) addEnterprise(town.id, add(org(`${town.id}e${e}`, 'enterprise_union', town)).id, null)
    for (let j = 0; j < rng.int(0, 2); j++) {
      const joint = add(org(`${town.id}j${j}`, 'joint_union', town))
      addEnterprise(town.id, null, joint.id)
      for (let e = 0; e < rng.int(0, 2); e++) addEnterprise(town.id, add(org(`${joint.id}e${e}`, 'enterprise_union', joint)).id, joint.id)
    }
  }
  return { city, orgs, byId: new Map(orgs.map((o) => [o.id, o])), enterprises }
}

/** Every reporter carries a contact, anonymous ones too (as if one slipped through): views must ignore it. */
function randomReporter(rng: Rng, n: number): Reporter & { contact: { name: string; phone: string } } {
  const privacy: PrivacyMode = rng.pick(PRIVACY_MODES)
  return { privacy, contact: { name: `报告人${n}号`, phone: `13${String(rng.int(0, 999_999_999)).padStart(9, '0')}` } }
}
type TestReporter = ReturnType<typeof randomReporter>

const stats = { trials: 0, steps: 0, protectedSteps: 0, privacyRefusals: 0, transfers: 0, escalations: 0, reroutes: 0 }

function trial(seed: number) {
  const rng = random(seed)
  const dir = randomDirectory(rng)
  let now = new Date(Date.UTC(2026, 0, 1) + rng.int(0, 360) * 86_400_000 + rng.int(0, 86_399) * 1000)
  const ent = rng.chance(0.8) ? rng.pick(dir.enterprises) : null
  const pickedTown = rng.chance(0.5) ? rng.pick(dir.orgs.filter((o) => o.type === 'town_federation')).id : null
  const townId = townIdFor(ent, pickedTown)
  const town = townId ? dir.byId.get(townId)! : null
  const first = randomReporter(rng, 0)
  const reporters: TestReporter[] = [first]
  const urgent = rng.chance(0.2)
  const affectedCount = rng.int(1, 12)
  const route = routeGrievance({ town, enterprise: ent, urgent, affectedCount, privacy: first.privacy, root: dir.city })
  let c: CaseState = {
    strictPrivacy: first.privacy,
    urgent,
    affectedCount,
    missedPaths: [],
    ...moveTo({ strictPrivacy: first.privacy, urgent, assignedOrgId: null }, dir.byId.get(route.orgId)!, { type: 'submitted', reason: route.reason, now, calendar }).patch,
  }
  stats.trials++

  for (let step = 0; step < rng.int(5, 40); step++) {
    const op = rng.int(0, 5)
    if (op === 0) {
      now = new Date(now.getTime() + rng.int(0, 6 * 86_400_000))
      const d = decideSweep(c, chainOf(c.assignedPath, dir.byId), now, calendar)
      if (d) c = { ...c, ...d.patch }
      if (d?.kind === 'escalate') stats.escalations++
    } else if (op === 1 && c.status === 'pending') {
      c = { ...c, ...acceptClock(now, calendar).patch }
    } else if (op === 2) {
      // Mostly officers who hold the case in scope, so transfers get past the scope check to the privacy one.
      const officer = rng.chance(0.7) ? rng.pick(chainOf(c.assignedPath, dir.byId)) : rng.pick(dir.orgs)
      const target = rng.chance(0.3) ? officer : rng.pick(dir.orgs)
      const check = canTransfer(c, officer, target)
      if (!check.ok && check.code === 'PRIVACY.TRANSFER_FORBIDDEN') stats.privacyRefusals++
      if (check.ok) {
        const reason = canTakeOver(c, officer) && target.id === officer.id ? 'TAKEN_OVER' : 'TRANSFERRED'
        c = { ...c, ...moveTo(c, target, { type: 'transferred', reason, now, calendar }).patch }
        stats.transfers++
      }
    } else if (op === 3 && c.status !== 'resolved') {
      const joiner = randomReporter(rng, reporters.length)
      reporters.push(joiner)
      c = { ...c, affectedCount: c.affectedCount + rng.int(1, 4), strictPrivacy: strictestPrivacy(c.strictPrivacy, joiner.privacy) }
      const reroute = rerouteAfterJoin(c, dir.byId.get(c.assignedOrgId)!, town)
      if (reroute) {
        c = { ...c, ...moveTo(c, reroute.to, { type: 'rerouted', reason: reroute.reason, now, calendar }).patch }
        stats.reroutes++
      }
    } else if (op === 4 && c.status === 'accepted') {
      c = { ...c, ...pauseClock(c, now) }
    } else if (op === 5 && c.status === 'awaiting_info') {
      now = new Date(now.getTime() + rng.int(0, 3 * 86_400_000))
      c = { ...c, ...resumeClock(c, now) }
    }
    checkInvariants(c, dir.orgs, dir.byId, reporters, seed)
    stats.steps++
    if (c.strictPrivacy !== 'named') stats.protectedSteps++
  }
}

/** Plain checks (not `expect` per step: 100k+ of them would dominate the run time). */
function checkInvariants(c: CaseState, orgs: Org[], byId: Map<string, Org>, reporters: TestReporter[], seed: number) {
  const fail = (what: string) => {
    throw new Error(`seed ${seed}: ${what} (case at ${c.assignedOrgId}, ${c.strictPrivacy})`)
  }
  const held = byId.get(c.assignedOrgId)!
  if (held.path !== c.assignedPath) fail('assigned path does not match the org')
  const guarded = reporters.filter((r) => r.privacy !== 'named')
  if (guarded.length && c.strictPrivacy === 'named') fail('a protected reporter did not make the case protected')
  if (guarded.length && isGrassroots(held.type)) fail(`a protected case is held by ${held.type}`)
  for (const viewer of orgs) {
    if (guarded.length && isGrassroots(viewer.type) && canSeeCase(viewer, c)) fail(`a protected case is visible to ${viewer.type} ${viewer.id}`)
    // Identity is checked for every officer, not only those who can see the case: a second line of defence.
    const response = JSON.stringify(reporters.map((r) => reporterView(r, viewer.type)))
    for (const r of reporters) {
      const hidden = r.privacy === 'anonymous' || (r.privacy === 'employer_blind' && isGrassroots(viewer.type))
      const { name, phone } = r.contact
      if (hidden && [name, phone, `${phone.slice(0, 3)}****${phone.slice(7)}`].some((s) => response.includes(s))) fail(`${viewer.id} sees a ${r.privacy} reporter`)
    }
  }
}

test('protected reporters are never placed at, visible to or identified by grassroots officers', () => {
  const only = process.env.PROPERTY_SEED
  const seeds = only ? [Number(only)] : Array.from({ length: 400 }, (_, i) => i + 1)
  for (const seed of seeds) trial(seed)
  if (!only) {
    // The generator must actually reach the interesting paths, or the property proves nothing.
    expect(stats.trials).toBe(400)
    expect(stats.protectedSteps).toBeGreaterThan(1000)
    expect(stats.privacyRefusals).toBeGreaterThan(50)
    expect(stats.transfers).toBeGreaterThan(100)
    expect(stats.escalations).toBeGreaterThan(100)
    expect(stats.reroutes).toBeGreaterThan(10)
  }
})
