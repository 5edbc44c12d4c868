/**
 * The mutual aid store contract, part 1 (run inside mutual-aid-contract.ts): plans (insert at version 1, replace iff
 * the stored version is one less; newest year first) and enrolments (added once per id, the ones already stored
 * reported and left as they were; a holder's newest cover year first; a union's roster for a plan by member number).
 */
import type { Enrolment, MutualAidStore } from '../../cloudfunctions/_lib/store/mutual-aid-port'
import * as make from '../support/factories'
import * as aid from '../support/mutual-aid-factories'
import { collect, ids } from './paging'

const newestFirst = (a: { year: number; id: string }, b: { year: number; id: string }) => b.year - a.year || (a.id < b.id ? 1 : -1)

export function runMutualAidEnrolmentContract(m: () => MutualAidStore) {
  async function enrolled(overrides: Partial<Enrolment> = {}): Promise<Enrolment> {
    const e = aid.enrolment(overrides)
    expect(await m().addEnrolments([e])).toEqual({ existing: [] })
    return e
  }

  describe('plans', () => {
    test('When a plan is saved and edited, then it is read back whole; a second insert, stale or skipped versions are refused', async () => {
      const p = aid.plan()
      expect(await m().savePlan(p)).toBe(true)
      expect(await m().getPlan(p.id)).toEqual(p)
      expect(await m().savePlan({ ...p, name: '同一编号的另一个计划' })).toBe(false)
      const edited = { ...p, benefits: [p.benefits[0]], sampleRate: 0.2, locked: true, version: 2 }
      expect(await m().savePlan(edited)).toBe(true)
      expect(await m().savePlan({ ...edited, name: '过时的修改' })).toBe(false)
      expect(await m().savePlan({ ...edited, version: 4 })).toBe(false)
      expect(await m().getPlan(p.id)).toEqual(edited)
      expect(await m().getPlan(make.uid('plan'))).toBeNull()
    })

    test('When two admins save the same version at once, then exactly one wins', async () => {
      const p = aid.plan()
      await m().savePlan(p)
      const edits = [0.3, 0.4].map((sampleRate) => ({ ...p, sampleRate, version: 2 }))
      const results = await Promise.all(edits.map((x) => m().savePlan(x)))
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await m().getPlan(p.id)).toEqual(edits[results.indexOf(true)])
    })

    test('When plans of several years exist, then they page newest year first, ties by id descending', async () => {
      // Years above every other test's (2027): this test's plans come first from the cursor `3003|`.
      const mine = [3001, 3002, 3001, 3000, 3002].map((year) => aid.plan({ year }))
      for (const p of mine) expect(await m().savePlan(p)).toBe(true)
      const page = await m().listPlans('3003|', 2)
      expect(ids(page.items)).toEqual(ids([...mine].sort(newestFirst).slice(0, 2)))
      expect(page.next).toBe(`3002|${page.items[1].id}`)
      const all = await collect((after) => m().listPlans(after, 3))
      expect(ids(all.items.slice(0, 5))).toEqual(ids([...mine].sort(newestFirst)))
      expect(ids(all.items)).toEqual(ids([...all.items].sort(newestFirst)))
      expect((await m().listPlans('3000|', 100)).items.some((p) => p.year >= 3000)).toBe(false)
    })
  })

  describe('enrolments', () => {
    test('When members are enrolled twice, then the second time reports them as existing and the first enrolments stay', async () => {
      const planId = make.uid('plan')
      const orgId = make.uid('eu')
      const first = [0, 1, 2].map(() => aid.enrolment({ planId, orgId }))
      expect(await m().addEnrolments(first)).toEqual({ existing: [] })
      for (const e of first) expect(await m().getEnrolment(e.id)).toEqual(e)
      const again = first.slice(0, 2).map((e) => ({ ...e, by: 'self' as const, enrolledAt: '2027-02-01T10:00:00+08:00' }))
      const added = aid.enrolment({ planId, orgId })
      const res = await m().addEnrolments([again[0], added, again[1]])
      expect([...res.existing].sort()).toEqual([first[0].id, first[1].id].sort())
      expect(await m().getEnrolment(first[0].id)).toEqual(first[0])
      expect(await m().getEnrolment(added.id)).toEqual(added)
      expect((await m().listEnrolmentsOfOrg(orgId, planId, undefined, 100)).items).toHaveLength(4)
      expect(await m().getEnrolment(`${planId}:${make.uid('member')}`)).toBeNull()
      expect(await m().addEnrolments([])).toEqual({ existing: [] })
    })

    test('When the same member is enrolled by two officers at once, then one enrolment is stored and one call reports it', async () => {
      const e = aid.enrolment()
      const results = await Promise.all([m().addEnrolments([e]), m().addEnrolments([{ ...e, enrolledAt: '2026-12-01T10:00:01+08:00' }])])
      expect(results.flatMap((r) => r.existing)).toEqual([e.id])
      const stored = await m().getEnrolment(e.id)
      expect([e.enrolledAt, '2026-12-01T10:00:01+08:00']).toContain(stored?.enrolledAt)
    })

    test('When a union enrols 250 members of whom 30 are already enrolled, then the 220 are added and the 30 reported', async () => {
      const planId = make.uid('plan')
      const orgId = make.uid('eu')
      const roster = Array.from({ length: 250 }, () => aid.enrolment({ planId, orgId, status: 'enrolled', paymentReference: null, paymentConfirmedAt: null }))
      const early = roster.filter((_, i) => i % 8 === 3).slice(0, 30)
      expect(await m().addEnrolments(early)).toEqual({ existing: [] })
      const res = await m().addEnrolments(roster)
      expect([...res.existing].sort()).toEqual(ids(early).sort())
      const { items } = await collect((after) => m().listEnrolmentsOfOrg(orgId, planId, after, 100))
      expect(ids(items).sort()).toEqual(ids(roster).sort())
    })

    test('When a payment is confirmed from the stored version, then the enrolment is replaced; stale or skipped versions are refused', async () => {
      const e = await enrolled({ status: 'enrolled', paymentReference: null, paymentConfirmedAt: null })
      const active = { ...e, status: 'active' as const, paymentReference: 'BANK-7', paymentConfirmedAt: '2026-12-06T10:00:00+08:00', version: 2 }
      expect(await m().updateEnrolment(active)).toBe(true)
      expect(await m().updateEnrolment({ ...active, paymentReference: 'BANK-8' })).toBe(false)
      expect(await m().updateEnrolment({ ...active, version: 4 })).toBe(false)
      expect(await m().updateEnrolment(aid.enrolment({ version: 2 }))).toBe(false)
      expect(await m().getEnrolment(e.id)).toEqual(active)
    })

    test('When a payment is confirmed in one conditional write, then an enrolled one in scope becomes active; anything else is left and answered null', async () => {
      const at = '2026-12-06T10:00:00+08:00'
      const e = await enrolled({ status: 'enrolled', paymentReference: null, paymentConfirmedAt: null })
      // Out of scope: an org that is not on its path (a prefix of a segment is not the segment).
      expect(await m().confirmEnrolment(e.id, e.orgId.slice(0, -1), 'BANK-1', at)).toBeNull()
      expect(await m().confirmEnrolment(e.id, 'elsewhere', 'BANK-1', at)).toBeNull()
      expect(await m().getEnrolment(e.id)).toEqual(e)
      const active = { ...e, status: 'active' as const, paymentReference: 'BANK-7', paymentConfirmedAt: at, version: 2 }
      // The town above the union: in scope.
      expect(await m().confirmEnrolment(e.id, 'town', 'BANK-7', at)).toEqual(active)
      expect(await m().getEnrolment(e.id)).toEqual(active)
      // Active already, ended, or no such enrolment: nothing written.
      expect(await m().confirmEnrolment(e.id, 'town', 'BANK-8', at)).toBeNull()
      const over = await enrolled({ status: 'ended', endedOn: '2027-02-01', paymentReference: null, paymentConfirmedAt: null })
      expect(await m().confirmEnrolment(over.id, 'city', 'BANK-9', at)).toBeNull()
      expect(await m().confirmEnrolment(`${e.planId}:${make.uid('member')}`, 'city', 'BANK-9', at)).toBeNull()
      expect(await m().getEnrolment(e.id)).toEqual(active)
      expect(await m().getEnrolment(over.id)).toEqual(over)
    })

    test('When two federations confirm the same payment at once, then exactly one write lands', async () => {
      const e = await enrolled({ status: 'enrolled', paymentReference: null, paymentConfirmedAt: null })
      const results = await Promise.all(['BANK-A', 'BANK-B'].map((ref) => m().confirmEnrolment(e.id, 'city', ref, '2026-12-06T10:00:00+08:00')))
      expect(results.filter((r) => r !== null)).toHaveLength(1)
      expect(await m().getEnrolment(e.id)).toEqual(results.find((r) => r !== null))
      expect((await m().getEnrolment(e.id))?.version).toBe(2)
    })

    test('When a member holds enrolments of several cover years, then they list newest cover year first, up to the limit', async () => {
      const holderKey = make.uid('holder')
      const years = ['2026-12-31', '2028-12-31', '2027-12-31', '2028-12-31']
      const mine = years.map((coverTo) => aid.enrolment({ holderKey, coverTo }))
      await m().addEnrolments([aid.enrolment(), ...mine])
      const byYear = (a: Enrolment, b: Enrolment) => (a.coverTo === b.coverTo ? (a.id < b.id ? 1 : -1) : a.coverTo < b.coverTo ? 1 : -1)
      expect(ids(await m().listEnrolmentsByHolder(holderKey, 10))).toEqual(ids([...mine].sort(byYear)))
      expect(ids(await m().listEnrolmentsByHolder(holderKey, 2))).toEqual(ids([...mine].sort(byYear).slice(0, 2)))
      expect(await m().listEnrolmentsByHolder(make.uid('holder'), 10)).toEqual([])
    })

    test('When a union lists its roster for a plan, then it pages by member number; other plans and unions stay out', async () => {
      const planId = make.uid('plan')
      const orgId = make.uid('eu')
      const mine = Array.from({ length: 7 }, () => aid.enrolment({ planId, orgId }))
      await m().addEnrolments([aid.enrolment({ orgId }), aid.enrolment({ planId }), ...[...mine].reverse()])
      const { sizes, items } = await collect((after) => m().listEnrolmentsOfOrg(orgId, planId, after, 3))
      expect(sizes).toEqual([3, 3, 1])
      expect(ids(items)).toEqual(ids([...mine].sort((a, b) => (a.memberNo < b.memberNo ? -1 : 1))))
      const page = await m().listEnrolmentsOfOrg(orgId, planId, undefined, 3)
      expect(page.next).toBe(`${page.items[2].memberNo}|${page.items[2].id}`)
    })

    test('When a membership ends, then its running enrolments end (status, last covered day, next version), others stay, and again ends nothing', async () => {
      const holderKey = make.uid('holder')
      const memberId = make.uid('member')
      const active = await enrolled({ holderKey, memberId })
      const unpaid = await enrolled({ holderKey, memberId, status: 'enrolled', paymentReference: null, paymentConfirmedAt: null })
      const over = await enrolled({ holderKey, memberId, status: 'ended', endedOn: '2027-02-01' })
      // The same person's other membership (they left and joined again): not this one's to end.
      const other = await enrolled({ holderKey })
      expect(await m().endEnrolments(holderKey, memberId, '2027-06-30')).toBe(2)
      expect(await m().getEnrolment(active.id)).toEqual({ ...active, status: 'ended', endedOn: '2027-06-30', version: 2 })
      expect(await m().getEnrolment(unpaid.id)).toEqual({ ...unpaid, status: 'ended', endedOn: '2027-06-30', version: 2 })
      expect(await m().getEnrolment(over.id)).toEqual(over)
      expect(await m().getEnrolment(other.id)).toEqual(other)
      expect(await m().endEnrolments(holderKey, memberId, '2027-07-31')).toBe(0)
      expect(await m().getEnrolment(active.id)).toMatchObject({ endedOn: '2027-06-30', version: 2 })
    })
  })
}
