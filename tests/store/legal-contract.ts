/**
 * The legal store contract (issue 11): LegalStore run against each adapter through the port only. Data is unique
 * per test (own org ids and paths, keys, words; lists keyed by time across all records run inside a day of their
 * own, see `make.uniqueDay`), so nothing is cleaned up and each assertion looks at the test's records.
 * Consultations here; knowledge base in legal-contract-articles.ts; aid, parameters, reminders in legal-contract-aid.ts.
 *
 * Semantics stated here, for both adapters (legal-port.ts):
 * - creates insert or answer false for a known requestKey (a retry); a receipt or id taken by another request throws;
 *   updates replace the record iff the stored version is `version - 1`, so of two racers exactly one wins.
 * - Lists are keyset pages (limit clamped to 1..100, `next` = the last item's cursor after a full page, else null):
 *   queue (answerBy, id) of the org's not-closed consultations; an asker's (createdAt desc, id desc); due
 *   (escalateAt, id) of waiting/claimed ones; statistics (createdAt, id) in [from, to), subtree or missed, each once.
 */
import type { Consultation } from '../../cloudfunctions/_lib/store/legal-port'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'
import * as legal from '../support/legal-factories'
import { runLegalAidContract } from './legal-contract-aid'
import { at, byKeyThenId, caught, newestFirst } from './legal-contract-helpers'
import { runLegalArticleContract } from './legal-contract-articles'
import { collect, ids } from './paging'

export type Opened = { store: Store; cleanup?: () => Promise<void> }

export function runLegalStoreContract(label: string, open: () => Promise<Opened>) {
  describe(label, () => {
    let opened: Opened
    let store: Store
    beforeAll(async () => {
      opened = await open()
      store = opened.store
    })
    afterAll(async () => {
      await store.close()
      await opened.cleanup?.()
    })
    const legalStore = () => store.legal

    async function seed(cs: Consultation[]): Promise<void> {
      for (let i = 0; i < cs.length; i += 10) {
        const results = await Promise.all(cs.slice(i, i + 10).map((c) => store.legal.createConsultation(c)))
        expect(results).toEqual(results.map(() => true))
      }
    }

    describe('consultations: create, look-ups, update', () => {
      test('When a consultation is created, then every look-up returns it field for field; unknown keys find nothing', async () => {
        const c = legal.consultation({
          privacy: 'anonymous',
          contactEnc: null,
          enterpriseId: make.uid('ent'),
          enterpriseName: '义乌某某织造有限公司',
          supervised: true,
          missedOrgIds: [make.uid('town')],
          rating: { score: 4, solved: true },
          history: [{ at: '2026-03-10T10:00:00+08:00', type: 'asked', fromOrgId: null, toOrgId: 'x', actor: null, note: '转市总' }],
        })
        c.messages[0].attachments = ['private/legal/a.jpg']
        expect(await store.legal.createConsultation(c)).toBe(true)
        expect(await store.legal.getConsultation(c.id)).toEqual(c)
        expect(await store.legal.getConsultationByRequestKey(c.requestKey)).toEqual(c)
        expect(await store.legal.getConsultationByReceipt(c.receiptHash)).toEqual(c)
        expect(await store.legal.getConsultation(make.uid('cons'))).toBeNull()
        expect(await store.legal.getConsultationByRequestKey(make.uid('creq'))).toBeNull()
        expect(await store.legal.getConsultationByReceipt(make.uid('rh'))).toBeNull()
      })

      test('When an ask is retried with its requestKey, then create is false and the first stays; a taken receipt or id throws', async () => {
        const first = legal.consultation()
        await seed([first])
        const retry = legal.consultation({ requestKey: first.requestKey })
        expect(await store.legal.createConsultation(retry)).toBe(false)
        expect(await store.legal.getConsultation(retry.id)).toBeNull()
        expect(await store.legal.getConsultationByRequestKey(first.requestKey)).toEqual(first)
        for (const clash of [legal.consultation({ receiptHash: first.receiptHash }), legal.consultation({ id: first.id })]) {
          expect(await caught(store.legal.createConsultation(clash))).toMatchObject({ message: expect.stringMatching(/./) })
          expect(await store.legal.getConsultationByRequestKey(clash.requestKey)).toBeNull()
        }
        expect(await store.legal.getConsultation(first.id)).toEqual(first)
      })

      test('When the same ask arrives three times at once, then exactly one is created', async () => {
        const requestKey = make.uid('creq')
        const racers = [0, 1, 2].map(() => legal.consultation({ requestKey }))
        const results = await Promise.all(racers.map((c) => store.legal.createConsultation(c)))
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await store.legal.getConsultationByRequestKey(requestKey)).toEqual(racers[results.indexOf(true)])
      })

      test('When a consultation is updated from the stored version, then it is replaced whole; stale or skipped versions are refused', async () => {
        const c = legal.consultation({ rating: { score: 2, solved: false } })
        await seed([c])
        const answered: Consultation = { ...legal.answeredConsultation({ ...c, rating: null }), missedOrgIds: [make.uid('town')], version: 2 }
        expect(await store.legal.updateConsultation(answered)).toBe(true)
        expect(await store.legal.getConsultation(c.id)).toEqual(answered)
        expect(await store.legal.updateConsultation({ ...answered, status: 'closed' })).toBe(false)
        expect(await store.legal.updateConsultation({ ...answered, status: 'closed', version: 4 })).toBe(false)
        expect(await store.legal.updateConsultation(legal.consultation({ version: 2 }))).toBe(false)
        const rated = { ...answered, rating: { score: 5, solved: true }, status: 'closed' as const, version: 3 }
        expect(await store.legal.updateConsultation(rated)).toBe(true)
        expect(await store.legal.getConsultationByReceipt(c.receiptHash)).toEqual(rated)
      })

      test('When two lawyers claim the same version at once, then exactly one wins', async () => {
        const c = legal.consultation()
        await seed([c])
        const claims = [make.uid('openid'), make.uid('openid')].map((by) => ({ ...c, status: 'claimed' as const, claimedBy: by, version: 2 }))
        const results = await Promise.all(claims.map((x) => store.legal.updateConsultation(x)))
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await store.legal.getConsultation(c.id)).toEqual(claims[results.indexOf(true)])
      })
    })

    describe('consultations: queue, asker, due sweep, statistics', () => {
      test('When an org holds 250 open consultations with shared deadlines, then the queue pages 100/100/50 in (answerBy, id) order', async () => {
        const orgId = make.uid('town')
        const hours = ['2026-03-11T10:00:00+08:00', '2026-03-11T09:00:00+08:00', '2026-03-12T08:00:00+08:00']
        const statuses = ['waiting', 'claimed', 'answered'] as const
        const mine = Array.from({ length: 250 }, (_, i) => legal.consultation({ assignedOrgId: orgId, answerBy: hours[i % 3], status: statuses[i % 3] }))
        const closed = legal.consultation({ assignedOrgId: orgId, status: 'closed', answerBy: '2026-03-01T00:00:00+08:00' })
        await seed([closed, legal.consultation({ answerBy: '2026-03-01T00:00:00+08:00' }), ...[...mine].reverse()])
        const { sizes, items } = await collect((after) => store.legal.listConsultationQueue(orgId, {}, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(ids(items)).toEqual(ids([...mine].sort(byKeyThenId((c) => c.answerBy))))
        const first = await store.legal.listConsultationQueue(orgId, {}, undefined, 100)
        expect(first.next).toBe(`${first.items[99].answerBy}|${first.items[99].id}`)
      })

      test('When the queue is filtered by status, then only that status comes, in order; closed gives nothing; limits are clamped', async () => {
        const orgId = make.uid('town')
        const mine = (['waiting', 'claimed', 'answered', 'closed'] as const).flatMap((status, i) =>
          [0, 1, 2].map((j) => legal.consultation({ assignedOrgId: orgId, status, answerBy: `2026-03-1${(i + j) % 4}T10:00:00+08:00` })))
        await seed(mine)
        for (const status of ['waiting', 'claimed', 'answered', 'closed'] as const) {
          const expected = status === 'closed' ? [] : mine.filter((c) => c.status === status).sort(byKeyThenId((c) => c.answerBy))
          const { items } = await collect((after) => store.legal.listConsultationQueue(orgId, { status }, after, 2))
          expect({ status, ids: ids(items) }).toEqual({ status, ids: ids(expected) })
        }
        expect((await store.legal.listConsultationQueue(orgId, {}, undefined, 1000)).items).toHaveLength(9)
        expect((await store.legal.listConsultationQueue(orgId, {}, undefined, 0)).items).toHaveLength(1)
        expect(await store.legal.listConsultationQueue(make.uid('town'), {}, undefined, 20)).toEqual({ items: [], next: null })
      })

      test('When a consultation moves up to the city, then it leaves the town queue and joins the city queue', async () => {
        const [town, city] = [make.uid('town'), make.uid('city')]
        const c = legal.consultation({ assignedOrgId: town })
        await seed([c])
        const moved = { ...c, assignedOrgId: city, assignedPath: `/${city}/`, routeReason: 'CITY_CENTRE' as const, missedOrgIds: [town], version: 2 }
        expect(await store.legal.updateConsultation(moved)).toBe(true)
        expect((await store.legal.listConsultationQueue(town, {}, undefined, 20)).items).toEqual([])
        expect((await store.legal.listConsultationQueue(city, {}, undefined, 20)).items).toEqual([moved])
      })

      test('When a worker asked several times, then their consultations page newest first, ties by id descending', async () => {
        const askerKey = make.uid('ask')
        const times = ['2026-03-10T10:00:00+08:00', '2026-03-12T10:00:00+08:00', '2026-03-11T10:00:00+08:00']
        const mine = Array.from({ length: 7 }, (_, i) => legal.consultation({ askerKey, createdAt: times[i % 3] }))
        await seed([legal.consultation(), ...mine])
        const { sizes, items } = await collect((after) => store.legal.listConsultationsByAsker(askerKey, after, 3))
        expect(sizes).toEqual([3, 3, 1])
        expect(ids(items)).toEqual(ids([...mine].sort(newestFirst((c) => c.createdAt))))
        const page = await store.legal.listConsultationsByAsker(askerKey, undefined, 3)
        expect(page.next).toBe(`${page.items[2].createdAt}|${page.items[2].id}`)
        expect(await store.legal.listConsultationsByAsker(make.uid('ask'), undefined, 3)).toEqual({ items: [], next: null })
      })

      test('When escalation keys fall before and after now, then the sweep lists due waiting and claimed ones only, in (escalateAt, id) order', async () => {
        const day = make.uniqueDay()
        const due = [
          legal.consultation({ escalateAt: at(day, 9) }),
          legal.consultation({ escalateAt: at(day, 9), status: 'claimed' }),
          legal.consultation({ escalateAt: at(day, 8) }),
          legal.consultation({ escalateAt: at(day, 12) }), // exactly now: due
          legal.consultation({ escalateAt: at(day, 0) }),
        ]
        const later = legal.consultation({ escalateAt: at(day, 12, 1) })
        // Answered or closed with a clock left set: not unanswered, never swept.
        const answered = legal.consultation({ status: 'answered', escalateAt: at(day, 7) })
        const closed = legal.consultation({ status: 'closed', escalateAt: at(day, 7) })
        await seed([later, answered, closed, legal.answeredConsultation(), ...due])
        const { sizes, items } = await collect((after) => store.legal.listConsultationsDue(at(day, 12), after ?? `${at(day, 0)}|`, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(ids(items)).toEqual(ids([...due].sort(byKeyThenId((c) => c.escalateAt!))))
        const page = await store.legal.listConsultationsDue(at(day, 12), `${at(day, 0)}|`, 2)
        expect(page.next).toBe(`${page.items[1].escalateAt}|${page.items[1].id}`)
        // The first answer stops the clock: it leaves the sweep.
        expect(await store.legal.updateConsultation({ ...legal.answeredConsultation(due[2]), version: 2 })).toBe(true)
        const after = await collect((c) => store.legal.listConsultationsDue(at(day, 12), c ?? `${at(day, 0)}|`, 100))
        expect(ids(after.items)).toEqual(ids(items).filter((id) => id !== due[2].id))
      })

      test('When statistics are listed, then the window holds the subtree’s consultations and those the org missed, each once, in order', async () => {
        const [city, town, other] = [make.uid('city'), make.uid('town'), make.uid('town')]
        const path = `/${city}/${town}/`
        const inTown = (createdAt: string, more: Partial<Consultation> = {}) =>
          legal.consultation({ assignedOrgId: town, assignedPath: path, createdAt, ...more })
        const missedUp = (createdAt: string, more: Partial<Consultation> = {}) =>
          legal.consultation({ assignedOrgId: city, assignedPath: `/${city}/`, missedOrgIds: [town], createdAt, ...more })
        const mine = [
          inTown('2026-03-01T00:00:00+08:00'), // the window's start: inside
          inTown('2026-03-05T10:00:00+08:00'),
          inTown('2026-03-05T10:00:00+08:00', { missedOrgIds: [town] }), // in the subtree and missed: once
          missedUp('2026-03-05T10:00:00+08:00'),
          missedUp('2026-03-20T10:00:00+08:00', { missedOrgIds: [other, town] }),
          inTown('2026-03-31T23:59:59+08:00', { assignedPath: `${path}x/` }),
        ]
        const outside = [
          inTown('2026-04-01T00:00:00+08:00'), // the window's end: outside
          inTown('2026-02-28T23:59:59+08:00'),
          missedUp('2026-03-06T10:00:00+08:00', { missedOrgIds: [other] }),
          legal.consultation({ assignedPath: `/${city}/${other}/`, createdAt: '2026-03-06T10:00:00+08:00' }),
        ]
        await seed([...outside, ...mine])
        const list = (after: string | undefined, limit: number) =>
          store.legal.listConsultationsForStats(path, town, '2026-03-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00', after, limit)
        const { sizes, items } = await collect((after) => list(after, 2))
        expect(sizes).toEqual([2, 2, 2, 0])
        expect(ids(items)).toEqual(ids([...mine].sort(byKeyThenId((c) => c.createdAt))))
        expect((await list(undefined, 2)).next).toBe(`${items[1].createdAt}|${items[1].id}`)
        // A miss taken off (a correction) leaves the org's statistics; one added joins them.
        expect(await store.legal.updateConsultation({ ...mine[3], missedOrgIds: [], version: 2 })).toBe(true)
        expect(await store.legal.updateConsultation({ ...outside[2], missedOrgIds: [other, town], version: 2 })).toBe(true)
        const changed = await collect((after) => list(after, 100))
        expect(ids(changed.items)).toEqual(ids([...mine.filter((c) => c !== mine[3]), outside[2]].sort(byKeyThenId((c) => c.createdAt))))
      })
    })

    runLegalArticleContract(legalStore)
    runLegalAidContract(legalStore)
  })
}
