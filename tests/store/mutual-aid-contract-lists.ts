/**
 * The mutual aid store contract, part 2 (run inside mutual-aid-contract.ts): the claim lists. Queues per stage
 * (the union's documents check: reviewOrgId + submitted; the federation's approval: approveOrgId + checked; payment:
 * approveOrgId + approved) in (decideBy ?? createdAt, id) order; a holder's claims newest first; the sweep's due
 * claims in (escalateAt, id) order; a plan's claims under a path prefix in (createdAt, id) order. Keyset pages,
 * limits clamped to 1..100, `next` = the last item's cursor after a full page, else null.
 */
import type { Claim, MutualAidStore } from '../../cloudfunctions/_lib/store/mutual-aid-port'
import * as make from '../support/factories'
import * as aid from '../support/mutual-aid-factories'
import { at, byKeyThenId, newestFirst } from './legal-contract-helpers'
import { collect, ids } from './paging'

const queueKey = (c: Claim) => c.decideBy ?? c.createdAt

export function runMutualAidListContract(store: () => MutualAidStore) {
  /** Files each claim under an enrolment of its own (as stored), ten at a time. */
  async function file(cs: Claim[]): Promise<void> {
    const es = cs.map((c) => ({ ...aid.enrolment({ holderKey: c.holderKey, planId: c.planId, orgId: c.reviewOrgId }), id: c.enrolmentId }))
    expect(await store().addEnrolments(es)).toEqual({ existing: [] })
    for (let i = 0; i < cs.length; i += 10) {
      const results = await Promise.all(cs.slice(i, i + 10).map((c, j) => store().fileClaim(c, aid.reserved(es[i + j], c))))
      expect(results).toEqual(results.map(() => ({ ok: true })))
    }
  }

  describe('claims: lists', () => {
    test('When an org has claims at every stage, then each queue holds its stage only, in (decideBy ?? createdAt, id) order, paged', async () => {
      const [union, town] = [make.uid('eu'), make.uid('town')]
      const times = ['2027-03-12T10:00:00+08:00', '2027-03-11T09:00:00+08:00', '2027-03-12T10:00:00+08:00']
      const decide = ['2027-03-20T23:59:59+08:00', '2027-03-19T23:59:59+08:00']
      const mk = (i: number, more: Partial<Claim>) => aid.claim({ reviewOrgId: union, approveOrgId: town, createdAt: times[i % 3], ...more })
      const review = Array.from({ length: 7 }, (_, i) => mk(i, {}))
      const approve = Array.from({ length: 5 }, (_, i) => mk(i, { status: 'checked', decideBy: decide[i % 2] }))
      const pay = Array.from({ length: 4 }, (_, i) => mk(i, { status: 'approved', decideBy: decide[i % 2] }))
      const elsewhere = [
        mk(0, { status: 'returned' }), mk(1, { status: 'rejected', decideBy: decide[0] }), mk(2, { status: 'paid', decideBy: decide[1] }),
        // Checked, but another federation approves it; submitted, but another union checks it.
        aid.claim({ reviewOrgId: union, approveOrgId: make.uid('town'), status: 'checked', decideBy: decide[0] }),
        aid.claim({ approveOrgId: town }),
      ]
      await file([...elsewhere, ...[...review, ...approve, ...pay].reverse()])
      const expected = { review, approve, pay }
      for (const stage of ['review', 'approve', 'pay'] as const) {
        const org = stage === 'review' ? union : town
        const { sizes, items } = await collect((after) => store().listClaimQueue(org, stage, after, 3))
        expect({ stage, ids: ids(items) }).toEqual({ stage, ids: ids([...expected[stage]].sort(byKeyThenId(queueKey))) })
        expect(sizes.slice(0, -1).every((s) => s === 3)).toBe(true)
      }
      const first = await store().listClaimQueue(union, 'review', undefined, 3)
      expect(first.next).toBe(`${queueKey(first.items[2])}|${first.items[2].id}`)
      expect((await store().listClaimQueue(union, 'approve', undefined, 10)).items).toEqual([])
      expect((await store().listClaimQueue(town, 'review', undefined, 1000)).items).toEqual([])
      expect((await store().listClaimQueue(union, 'review', undefined, 0)).items).toHaveLength(1)
    })

    test('When the documents are checked, then the claim leaves the union’s queue for the federation’s, ordered by its decide-by', async () => {
      const [union, town] = [make.uid('eu'), make.uid('town')]
      const c = aid.claim({ reviewOrgId: union, approveOrgId: town })
      await file([c])
      expect(ids((await store().listClaimQueue(union, 'review', undefined, 10)).items)).toEqual([c.id])
      const checked = { ...c, status: 'checked' as const, decideBy: '2027-03-19T23:59:59+08:00', version: 2 }
      expect(await store().updateClaim(checked)).toBe(true)
      expect((await store().listClaimQueue(union, 'review', undefined, 10)).items).toEqual([])
      const page = await store().listClaimQueue(town, 'approve', undefined, 1)
      expect(page).toEqual({ items: [checked], next: `${checked.decideBy}|${c.id}` })
    })

    test('When a member claimed several times, then their claims page newest first, ties by id descending', async () => {
      const holderKey = make.uid('holder')
      const times = ['2027-03-10T10:00:00+08:00', '2027-05-12T10:00:00+08:00', '2027-04-11T10:00:00+08:00']
      const mine = Array.from({ length: 7 }, (_, i) => aid.claim({ holderKey, createdAt: times[i % 3] }))
      await file([aid.claim(), ...mine])
      const { sizes, items } = await collect((after) => store().listClaimsByHolder(holderKey, after, 3))
      expect(sizes).toEqual([3, 3, 1])
      expect(ids(items)).toEqual(ids([...mine].sort(newestFirst((c) => c.createdAt))))
      const page = await store().listClaimsByHolder(holderKey, undefined, 3)
      expect(page.next).toBe(`${page.items[2].createdAt}|${page.items[2].id}`)
      expect(await store().listClaimsByHolder(make.uid('holder'), undefined, 3)).toEqual({ items: [], next: null })
    })

    test('When decision clocks fall before and after now, then the sweep lists the due claims in (escalateAt, id) order', async () => {
      const day = make.uniqueDay()
      const due = [at(day, 9), at(day, 9), at(day, 8), at(day, 12), at(day, 0)].map((escalateAt) => aid.claim({ status: 'checked', escalateAt }))
      const later = aid.claim({ status: 'checked', escalateAt: at(day, 12, 1) })
      await file([later, aid.claim(), ...due])
      const start = `${at(day, 0)}|`
      const { sizes, items } = await collect((after) => store().listClaimsDue(at(day, 12), after, 2), start)
      expect(sizes).toEqual([2, 2, 1])
      expect(ids(items)).toEqual(ids([...due].sort(byKeyThenId((c) => c.escalateAt!))))
      const page = await store().listClaimsDue(at(day, 12), start, 2)
      expect(page.next).toBe(`${page.items[1].escalateAt}|${page.items[1].id}`)
      // The decision stops the clock: the claim leaves the sweep.
      expect(await store().updateClaim({ ...due[2], status: 'approved', escalateAt: null, version: 2 })).toBe(true)
      const rest = await collect((after) => store().listClaimsDue(at(day, 12), after, 100), start)
      expect(ids(rest.items)).toEqual(ids(items).filter((id) => id !== due[2].id))
    })

    test('When statistics are listed, then a plan’s claims under the path come in (createdAt, id) order; other plans and subtrees stay out', async () => {
      const planId = make.uid('plan')
      const [town, union, other] = [make.uid('town'), make.uid('eu'), make.uid('eu')]
      const path = `/city/${town}/`
      const under = (createdAt: string, sub: string) => aid.claim({ planId, reviewPath: `${path}${sub}/`, createdAt })
      const mine = [
        under('2027-03-01T00:00:00+08:00', union), under('2027-03-05T10:00:00+08:00', union),
        under('2027-03-05T10:00:00+08:00', other), under('2027-06-30T10:00:00+08:00', union),
        aid.claim({ planId, reviewPath: path, createdAt: '2027-04-01T00:00:00+08:00', status: 'paid' }),
      ]
      const outside = [
        aid.claim({ planId, reviewPath: `/city/${make.uid('town')}/${union}/` }),
        aid.claim({ reviewPath: `${path}${union}/` }), // another plan
      ]
      await file([...outside, ...mine])
      const { sizes, items } = await collect((after) => store().listClaimsForStats(planId, path, after, 2))
      expect(sizes).toEqual([2, 2, 1])
      expect(ids(items)).toEqual(ids([...mine].sort(byKeyThenId((c) => c.createdAt))))
      expect((await store().listClaimsForStats(planId, path, undefined, 2)).next).toBe(`${items[1].createdAt}|${items[1].id}`)
      const narrow = await collect((after) => store().listClaimsForStats(planId, `${path}${union}/`, after, 100))
      expect(ids(narrow.items)).toEqual(ids(mine.filter((c) => c.reviewPath === `${path}${union}/`).sort(byKeyThenId((c) => c.createdAt))))
      const whole = await collect((after) => store().listClaimsForStats(planId, '', after, 100))
      expect(ids(whole.items).sort()).toEqual(ids([...mine, outside[0]]).sort())
    })
  })
}
