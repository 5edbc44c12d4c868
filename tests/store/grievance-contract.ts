/**
 * The grievance store contract (issue 3): GrievanceStore, InboxStore and CheckinStore, run against
 * each adapter through the port only. Data is unique per test (own org ids, enterprise ids, path
 * prefixes, reporter keys; lists keyed by time across all records run inside a day of their own,
 * see `make.uniqueDay`), so nothing is cleaned up and each assertion looks at the test's records.
 *
 * Semantics stated here, for both adapters:
 * - `create` writes the case and its first participant, or nothing: false when the requestKey exists.
 * - `update` replaces the case iff the stored version is `version - 1`; of two racers exactly one wins.
 * - Lists are keyset pages: limit clamped to 1..100, `next` = the last item's cursor after a full page,
 *   else null. Queue and supervised lists: (acceptBy, id), cursor `${acceptBy}|${id}`; due lists:
 *   (key, id), cursor `${key}|${id}`; statistics: (createdAt, id) in [from, to), cursor
 *   `${createdAt}|${id}`; a reporter's cases: caseId descending, cursor = caseId; messages: id
 *   ascending; inbox: id descending. Times are ISO strings all at +08:00, so text order is time order.
 */
import type { GrievanceCase, QueueFilter, Store } from '../../cloudfunctions/_lib/store/port'
import { collect, ids } from './paging'
import * as make from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

/** Follows `next` to the end, returning each page's size and all items. */

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byKeyThenId = (key: (c: GrievanceCase) => string) => (a: GrievanceCase, b: GrievanceCase) =>
  cmp(key(a), key(b)) || cmp(a.id, b.id)
/** A time inside `day` (Shanghai): `at(day, 9)` is 09:00. */
const at = (day: string, hour: number, minute = 0) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`

export function runGrievanceStoreContract(label: string, open: () => Promise<Opened>) {
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

    /** Creates each case with a fresh first reporter; fails the test if any create is refused. */
    async function seed(cases: GrievanceCase[]): Promise<void> {
      for (const c of cases) expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
    }

    describe('cases: create, get, update', () => {
      test('When a case is created, then get and getByReceiptHash return it field for field, with its reporter', async () => {
        const c = make.grievanceCase({
          enterpriseId: make.uid('ent'),
          enterpriseName: '义乌某某织造有限公司',
          urgent: true,
          affectedCount: 12,
          strictPrivacy: 'employer_blind',
          attachments: ['private/grievances/a.jpg', 'private/grievances/b.jpg'],
          acceptByEstimated: true,
          supervised: true,
          supervisorOrgId: make.uid('city'),
          overdue: true,
          rating: 4,
          pausedMs: 3_600_000,
          linkedCaseId: make.uid('case'),
          history: [
            { at: '2026-03-10T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'a', reason: 'URGENT' },
            { at: '2026-03-10T14:00:00+08:00', type: 'escalated', fromOrgId: 'a', toOrgId: 'b', reason: 'ESCALATED' },
          ],
          missedPaths: ['/city/b/a/'],
        })
        const reporter = make.participant({ caseId: c.id, privacy: 'employer_blind', affectedCount: 12 })
        expect(await store.grievances.create(c, reporter)).toBe(true)
        expect(await store.grievances.get(c.id)).toEqual(c)
        expect(await store.grievances.getByReceiptHash(c.receiptHash)).toEqual(c)
        expect(await store.grievances.getParticipant(c.id, reporter.reporterKey)).toEqual(reporter)
        expect(await store.grievances.getParticipantByRequestKey(reporter.requestKey)).toEqual(reporter)
      })

      test('When nothing matches, then get, getByReceiptHash and the participant look-ups return null', async () => {
        expect(await store.grievances.get(make.uid('case'))).toBeNull()
        expect(await store.grievances.getByReceiptHash(make.uid('rh'))).toBeNull()
        expect(await store.grievances.getParticipant(make.uid('case'), make.uid('rk'))).toBeNull()
        expect(await store.grievances.getParticipantByRequestKey(make.uid('req'))).toBeNull()
      })

      test('When a submission is retried with the same requestKey, then create returns false and writes nothing', async () => {
        const first = make.grievanceCase()
        const reporter = make.participant({ caseId: first.id })
        expect(await store.grievances.create(first, reporter)).toBe(true)
        const retry = make.grievanceCase()
        const again = { ...reporter, caseId: retry.id }
        expect(await store.grievances.create(retry, again)).toBe(false)
        expect(await store.grievances.get(retry.id)).toBeNull()
        expect(await store.grievances.getByReceiptHash(retry.receiptHash)).toBeNull()
        expect(await store.grievances.getParticipantByRequestKey(reporter.requestKey)).toEqual(reporter)
        expect(await store.grievances.listParticipants(retry.id)).toEqual([])
      })

      test('When the same submission arrives twice at once, then exactly one case is created', async () => {
        const [a, b] = [make.grievanceCase(), make.grievanceCase()]
        const requestKey = make.uid('req')
        const results = await Promise.all([
          store.grievances.create(a, make.participant({ caseId: a.id, requestKey })),
          store.grievances.create(b, make.participant({ caseId: b.id, requestKey })),
        ])
        expect(results.filter(Boolean)).toHaveLength(1)
        const winner = results[0] ? a : b
        const loser = results[0] ? b : a
        expect(await store.grievances.get(winner.id)).toEqual(winner)
        expect(await store.grievances.get(loser.id)).toBeNull()
        expect((await store.grievances.getParticipantByRequestKey(requestKey))?.caseId).toBe(winner.id)
      })

      test('When the case itself cannot be written, then create fails, leaves no participant, and a retry succeeds', async () => {
        const holder = make.grievanceCase()
        await seed([holder])
        const clash = make.grievanceCase({ receiptHash: holder.receiptHash })
        const reporter = make.participant({ caseId: clash.id })
        // Not `rejects.toThrow()`: better-sqlite3's error class comes from the first jest context that loaded
        // the native module, so in another test file it is not `instanceof Error`.
        const error = await store.grievances.create(clash, reporter).then(() => null, (e: unknown) => e)
        expect(error).toMatchObject({ message: expect.stringMatching(/./) })
        expect(await store.grievances.get(clash.id)).toBeNull()
        expect(await store.grievances.getParticipantByRequestKey(reporter.requestKey)).toBeNull()
        const fixed = { ...clash, receiptHash: make.uid('rh') }
        expect(await store.grievances.create(fixed, reporter)).toBe(true)
        expect(await store.grievances.get(fixed.id)).toEqual(fixed)
      })

      test('When a case is updated from the stored version, then it is replaced whole; a stale or skipped version is refused', async () => {
        const c = make.grievanceCase({ attachments: ['private/a.jpg', 'private/b.jpg'], supervisorOrgId: make.uid('org') })
        await seed([c])
        const accepted: GrievanceCase = {
          ...c,
          status: 'accepted',
          acceptedAt: '2026-03-11T09:00:00+08:00',
          resolveBy: '2026-03-27T00:00:00+08:00',
          escalateAt: null,
          superviseAt: '2026-03-27T00:00:00+08:00',
          supervisorOrgId: null,
          attachments: ['private/a.jpg'],
          history: [...c.history, { at: '2026-03-11T09:00:00+08:00', type: 'accepted', fromOrgId: null, toOrgId: null, reason: null }],
          version: c.version + 1,
        }
        expect(await store.grievances.update(accepted)).toBe(true)
        expect(await store.grievances.get(c.id)).toEqual(accepted)
        expect(await store.grievances.update({ ...accepted, summary: '旧版本' })).toBe(false)
        expect(await store.grievances.update({ ...accepted, summary: '跳版本', version: accepted.version + 2 })).toBe(false)
        expect(await store.grievances.get(c.id)).toEqual(accepted)
        expect(await store.grievances.update(make.grievanceCase({ version: 2 }))).toBe(false)
      })

      test('When two officers update the same version at once, then exactly one wins and the stored case is the winner’s', async () => {
        const c = make.grievanceCase()
        await seed([c])
        const byA = { ...c, status: 'accepted' as const, summary: 'A', version: 2 }
        const byB = { ...c, status: 'accepted' as const, summary: 'B', version: 2 }
        const results = await Promise.all([store.grievances.update(byA), store.grievances.update(byB)])
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await store.grievances.get(c.id)).toEqual(results[0] ? byA : byB)
      })
    })

    describe('cases: the officer queue', () => {
      test('When an org holds 250 cases with shared deadlines, then listQueue pages 100/100/50 in (acceptBy, id) order', async () => {
        const orgId = make.uid('org')
        const days = ['2026-03-13', '2026-03-12', '2026-03-17', '2026-03-16']
        const mine = Array.from({ length: 250 }, (_, i) =>
          make.grievanceCase({ assignedOrgId: orgId, acceptBy: `${days[i % 4]}T00:00:00+08:00` }),
        )
        const elsewhere = make.grievanceCase({ acceptBy: '2026-03-01T00:00:00+08:00' })
        await seed([elsewhere, ...[...mine].reverse()])
        const { sizes, items } = await collect((after) => store.grievances.listQueue(orgId, {}, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(ids(items)).toEqual(ids([...mine].sort(byKeyThenId((c) => c.acceptBy))))
        const first = await store.grievances.listQueue(orgId, {}, undefined, 100)
        expect(first.next).toBe(`${first.items[99].acceptBy}|${first.items[99].id}`)
      })

      test('When the queue is filtered, then each filter (and their combinations) keeps only matching cases, in order', async () => {
        const orgId = make.uid('org')
        const shapes: Array<Partial<GrievanceCase>> = [
          { status: 'pending' },
          { status: 'pending', overdue: true },
          { status: 'accepted' },
          { status: 'accepted', supervised: true },
          { status: 'accepted', supervised: true, overdue: true },
          { status: 'awaiting_info' },
          { status: 'resolved' },
          { status: 'closed', overdue: true },
        ]
        const mine = shapes.flatMap((shape, i) =>
          [0, 1].map((j) => make.grievanceCase({ ...shape, assignedOrgId: orgId, acceptBy: `2026-03-${10 + ((i * 3 + j * 5) % 9)}T00:00:00+08:00` })),
        )
        await seed([...mine].reverse())
        const filters: QueueFilter[] = [
          {},
          { status: 'pending' },
          { status: 'accepted' },
          { overdue: true },
          { overdue: false },
          { supervised: true },
          { supervised: false },
          { status: 'accepted', supervised: true },
          { status: 'pending', overdue: true },
          { overdue: true, supervised: true },
          { status: 'accepted', overdue: false, supervised: true },
        ]
        for (const filter of filters) {
          const expected = mine
            .filter((c) => filter.status === undefined || c.status === filter.status)
            .filter((c) => filter.overdue === undefined || c.overdue === filter.overdue)
            .filter((c) => filter.supervised === undefined || c.supervised === filter.supervised)
            .sort(byKeyThenId((c) => c.acceptBy))
          const { items } = await collect((after) => store.grievances.listQueue(orgId, filter, after, 3))
          expect({ filter, ids: ids(items) }).toEqual({ filter, ids: ids(expected) })
        }
      })

      test('When a limit outside 1..100 is asked, then it is clamped', async () => {
        const orgId = make.uid('org')
        await seed(Array.from({ length: 101 }, () => make.grievanceCase({ assignedOrgId: orgId })))
        expect((await store.grievances.listQueue(orgId, {}, undefined, 1000)).items).toHaveLength(100)
        const one = await store.grievances.listQueue(orgId, {}, undefined, 0)
        expect(one.items).toHaveLength(1)
        expect(one.next).toBe(`${one.items[0].acceptBy}|${one.items[0].id}`)
        expect(await store.grievances.listQueue(make.uid('org'), {}, undefined, 20)).toEqual({ items: [], next: null })
      })

      test('When a case moves to another org, then it leaves the old queue and joins the new one', async () => {
        const [from, to] = [make.uid('org'), make.uid('org')]
        const c = make.grievanceCase({ assignedOrgId: from })
        await seed([c])
        const moved = { ...c, assignedOrgId: to, assignedPath: `/city/${to}/`, version: 2 }
        expect(await store.grievances.update(moved)).toBe(true)
        expect((await store.grievances.listQueue(from, {}, undefined, 20)).items).toEqual([])
        expect((await store.grievances.listQueue(to, {}, undefined, 20)).items).toEqual([moved])
      })

      test('When child orgs hold supervised cases, then listSupervisedFor returns the supervisor’s, in (acceptBy, id) order', async () => {
        const parent = make.uid('town')
        const supervised = Array.from({ length: 5 }, (_, i) =>
          make.grievanceCase({ supervised: true, supervisorOrgId: parent, acceptBy: `2026-03-1${5 - (i % 3)}T00:00:00+08:00` }),
        )
        const noLonger = make.grievanceCase({ supervised: false, supervisorOrgId: parent })
        const otherParent = make.grievanceCase({ supervised: true, supervisorOrgId: make.uid('town') })
        await seed([noLonger, otherParent, ...supervised])
        const { sizes, items } = await collect((after) => store.grievances.listSupervisedFor(parent, after, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(items).toEqual([...supervised].sort(byKeyThenId((c) => c.acceptBy)))
      })
    })

    describe('cases: due sweeps', () => {
      test('When escalation keys fall before and after now, then listDue("escalate") returns the due ones in (escalateAt, id) order', async () => {
        const day = make.uniqueDay()
        const due = [
          make.grievanceCase({ escalateAt: at(day, 9) }),
          make.grievanceCase({ escalateAt: at(day, 9) }),
          make.grievanceCase({ escalateAt: at(day, 8) }),
          make.grievanceCase({ escalateAt: at(day, 12) }), // exactly now: due
          make.grievanceCase({ escalateAt: at(day, 10, 30) }),
        ]
        const later = make.grievanceCase({ escalateAt: at(day, 12, 1) })
        const noClock = make.grievanceCase({ escalateAt: null, superviseAt: at(day, 9) })
        await seed([later, noClock, ...due])
        // Starting the walk at the day's first instant keeps other tests' (earlier-day) cases out.
        const { sizes, items } = await collect((after) => store.grievances.listDue('escalate', at(day, 12), after ?? `${at(day, 0)}|`, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(ids(items)).toEqual(ids([...due].sort(byKeyThenId((c) => c.escalateAt!))))
        const page = await store.grievances.listDue('escalate', at(day, 12), `${at(day, 0)}|`, 2)
        expect(page.next).toBe(`${page.items[1].escalateAt}|${page.items[1].id}`)
      })

      test('When supervision keys are due, then listDue("supervise") walks superviseAt, and a cleared key leaves the list', async () => {
        const day = make.uniqueDay()
        const [a, b] = [make.grievanceCase({ escalateAt: null, superviseAt: at(day, 8) }), make.grievanceCase({ escalateAt: null, superviseAt: at(day, 7) })]
        const escalating = make.grievanceCase({ escalateAt: at(day, 7), superviseAt: null })
        await seed([a, b, escalating])
        const list = async () => (await store.grievances.listDue('supervise', at(day, 23), `${at(day, 0)}|`, 100)).items
        expect(ids(await list())).toEqual([b.id, a.id])
        expect(await store.grievances.update({ ...b, superviseAt: null, supervised: true, version: 2 })).toBe(true)
        expect(ids(await list())).toEqual([a.id])
      })
    })

    describe('cases: collective joins and statistics', () => {
      test('When an enterprise has cases in a category, then listOpenAt returns the open ones, most affected first', async () => {
        const enterpriseId = make.uid('ent')
        const here = { enterpriseId, category: 'wage_arrears' }
        const openCases = [
          make.grievanceCase({ ...here, affectedCount: 3 }),
          make.grievanceCase({ ...here, affectedCount: 12, status: 'accepted' }),
          make.grievanceCase({ ...here, affectedCount: 3, status: 'awaiting_info' }),
        ]
        const closed = [make.grievanceCase({ ...here, affectedCount: 50, status: 'resolved' }), make.grievanceCase({ ...here, affectedCount: 40, status: 'closed' })]
        const otherCategory = make.grievanceCase({ enterpriseId, category: 'safety', affectedCount: 99 })
        await seed([...closed, otherCategory, ...openCases])
        const expected = [...openCases].sort((a, b) => b.affectedCount - a.affectedCount || cmp(a.id, b.id))
        expect(await store.grievances.listOpenAt(enterpriseId, 'wage_arrears', 10)).toEqual(expected)
        expect(ids(await store.grievances.listOpenAt(enterpriseId, 'wage_arrears', 1))).toEqual([expected[0].id])
        expect(await store.grievances.listOpenAt(make.uid('ent'), 'wage_arrears', 10)).toEqual([])
      })

      test('When a subtree is asked for a window, then listForStats returns its cases in [from, to), ordered by (createdAt, id)', async () => {
        const town = make.uid('town')
        const prefix = `/city/${town}/`
        const inTree = (path: string, createdAt: string) => make.grievanceCase({ assignedPath: path, createdAt })
        const hits = [
          inTree(prefix, '2026-03-01T00:00:00+08:00'), // the window's first instant: in
          inTree(`${prefix}area-1/`, '2026-03-05T10:00:00+08:00'),
          inTree(`${prefix}area-1/ent-1/`, '2026-03-05T10:00:00+08:00'),
          inTree(`${prefix}joint-1/`, '2026-03-31T23:59:59+08:00'),
        ]
        const misses = [
          inTree(prefix, '2026-04-01T00:00:00+08:00'), // the window's end: out
          inTree(prefix, '2026-02-28T23:59:59+08:00'),
          inTree(`/city/${town}x/`, '2026-03-05T10:00:00+08:00'), // a sibling whose path extends the prefix's text
          inTree(`/city/${make.uid('town')}/`, '2026-03-05T10:00:00+08:00'),
        ]
        await seed([...misses, ...[...hits].reverse()])
        const window = ['2026-03-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00'] as const
        const { sizes, items } = await collect((after) => store.grievances.listForStats(prefix, ...window, after, 3))
        expect(sizes).toEqual([3, 1])
        expect(ids(items)).toEqual(ids([...hits].sort(byKeyThenId((c) => c.createdAt))))
        const first = await store.grievances.listForStats(prefix, ...window, undefined, 3)
        expect(first.next).toBe(`${first.items[2].createdAt}|${first.items[2].id}`)
        expect(ids((await store.grievances.listForStats(`${prefix}area-1/`, ...window, undefined, 100)).items)).toEqual(
          ids([hits[1], hits[2]].sort(byKeyThenId((c) => c.createdAt))),
        )
      })

      test('When cases were escalated away from a subtree, then listMissedFrom returns each once, wherever it is held, in [from, to)', async () => {
        const town = make.uid('town')
        const prefix = `/city/${town}/`
        const area = `${prefix}area-1/`
        const ent = `${area}ent-1/`
        const climbed = (missedPaths: string[], createdAt: string) => make.grievanceCase({ assignedPath: '/city/', missedPaths, createdAt })
        const hits = [
          climbed([ent, area], '2026-03-01T00:00:00+08:00'), // two hops in the subtree, the window's first instant
          climbed([prefix], '2026-03-05T10:00:00+08:00'),
          climbed([`/city/${make.uid('town')}/`, ent], '2026-03-05T10:00:00+08:00'), // only its second hop is in
          make.grievanceCase({ assignedPath: area, missedPaths: [ent], createdAt: '2026-03-31T23:59:59+08:00' }), // held inside too
        ]
        const misses = [
          climbed([ent], '2026-04-01T00:00:00+08:00'), // the window's end: out
          climbed([area], '2026-02-28T23:59:59+08:00'),
          climbed([`/city/${town}x/`], '2026-03-05T10:00:00+08:00'), // a sibling whose path extends the prefix's text
          make.grievanceCase({ assignedPath: ent, createdAt: '2026-03-05T10:00:00+08:00' }), // held in the subtree, never missed
        ]
        await seed([...misses, ...[...hits].reverse()])
        const window = ['2026-03-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00'] as const
        const { sizes, items } = await collect((after) => store.grievances.listMissedFrom(prefix, ...window, after, 3))
        expect(sizes).toEqual([3, 1])
        expect(items).toEqual([...hits].sort(byKeyThenId((c) => c.createdAt)))
        const first = await store.grievances.listMissedFrom(prefix, ...window, undefined, 3)
        expect(first.next).toBe(`${first.items[2].createdAt}|${first.items[2].id}`)
        // One page of one: a case with two hops in the subtree still comes once, then the next case.
        expect(ids((await collect((after) => store.grievances.listMissedFrom(ent, ...window, after, 1))).items)).toEqual(
          ids([hits[0], hits[2], hits[3]].sort(byKeyThenId((c) => c.createdAt))),
        )
      })

      test('When an update appends a miss, then listMissedFrom finds the case; a lost race adds nothing', async () => {
        const town = make.uid('town')
        const window = ['2026-03-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00'] as const
        const c = make.grievanceCase({ assignedPath: `/city/${town}/ent-1/`, createdAt: '2026-03-10T10:00:00+08:00' })
        await seed([c])
        expect((await store.grievances.listMissedFrom(`/city/${town}/`, ...window, undefined, 10)).items).toEqual([])
        const stale = { ...c, missedPaths: [`/city/${town}/stale/`], version: 3 }
        expect(await store.grievances.update(stale)).toBe(false)
        const escalated = { ...c, assignedPath: `/city/${town}/`, missedPaths: [`/city/${town}/ent-1/`], version: 2 }
        expect(await store.grievances.update(escalated)).toBe(true)
        expect((await store.grievances.listMissedFrom(`/city/${town}/ent-1/`, ...window, undefined, 10)).items).toEqual([escalated])
        expect((await store.grievances.listMissedFrom(`/city/${town}/stale/`, ...window, undefined, 10)).items).toEqual([])
        const again = { ...escalated, missedPaths: [...escalated.missedPaths, `/city/${town}/`], assignedPath: '/city/', version: 3 }
        expect(await store.grievances.update(again)).toBe(true)
        expect((await store.grievances.listMissedFrom(`/city/${town}/`, ...window, undefined, 10)).items).toEqual([again])
      })
    })

    describe('cases: the risk radar pass', () => {
      test('When a town is counted from a day on, then its cases naming an enterprise are grouped by enterprise, category, collective and protected', async () => {
        const townId = make.uid('town')
        const [e1, e2] = [make.uid('ent'), make.uid('ent')]
        const since = '2026-01-01T00:00:00+08:00'
        const caseAt = (enterpriseId: string | null, more: Partial<GrievanceCase> = {}) =>
          make.grievanceCase({ townId, enterpriseId, createdAt: '2026-02-01T09:00:00+08:00', ...more })
        await seed([
          caseAt(e1, { createdAt: since }), // the window's first instant: in
          caseAt(e1),
          caseAt(e1, { affectedCount: 3 }), // collective by workers affected
          caseAt(e1, { participantCount: 2 }), // collective by co-workers who joined
          caseAt(e1, { category: 'safety', strictPrivacy: 'anonymous' }),
          caseAt(e1, { category: 'safety', strictPrivacy: 'employer_blind', affectedCount: 12 }),
          caseAt(e2, { category: 'other', status: 'closed' }), // closed cases count too
          caseAt(e1, { createdAt: '2025-12-31T23:59:59+08:00' }), // before the window
          caseAt(null), // no enterprise named
          make.grievanceCase({ townId: make.uid('town'), enterpriseId: e1, createdAt: '2026-02-01T09:00:00+08:00' }), // another town
        ])
        const groups = await store.grievances.countsByEnterprise({ townId, since, collectiveFrom: 2 })
        const key = (x: { enterpriseId: string; category: string; collective: boolean; protected: boolean }) =>
          `${x.enterpriseId}/${x.category}/${x.collective}/${x.protected}`
        expect([...groups].sort((a, b) => cmp(key(a), key(b)))).toEqual(
          [
            { enterpriseId: e1, category: 'safety', collective: false, protected: true, cases: 1 },
            { enterpriseId: e1, category: 'safety', collective: true, protected: true, cases: 1 },
            { enterpriseId: e1, category: 'wage_arrears', collective: false, protected: false, cases: 2 },
            { enterpriseId: e1, category: 'wage_arrears', collective: true, protected: false, cases: 2 },
            { enterpriseId: e2, category: 'other', collective: false, protected: false, cases: 1 },
          ].sort((a, b) => cmp(key(a), key(b))),
        )
        // The collective threshold is the caller's: from 4 on, only the case for 12 workers is collective.
        const from4 = await store.grievances.countsByEnterprise({ townId, since, collectiveFrom: 4 })
        expect(from4.filter((x) => x.collective)).toEqual([{ enterpriseId: e1, category: 'safety', collective: true, protected: true, cases: 1 }])
        expect(await store.grievances.countsByEnterprise({ townId: make.uid('town'), since, collectiveFrom: 2 })).toEqual([])
      })
    })

    describe('participants', () => {
      test('When co-workers join, then each is added once: a repeated requestKey or the same reporter again is refused', async () => {
        const c = make.grievanceCase()
        const reporter = make.participant({ caseId: c.id, joinedAt: '2026-03-10T10:00:00+08:00' })
        expect(await store.grievances.create(c, reporter)).toBe(true)
        const joiner = make.participant({ caseId: c.id, role: 'joiner', privacy: 'anonymous', contactEnc: null, affectedCount: 4, joinedAt: '2026-03-11T08:00:00+08:00' })
        const early = make.participant({ caseId: c.id, role: 'joiner', joinedAt: '2026-03-10T11:00:00+08:00' })
        expect(await store.grievances.addParticipant(joiner)).toBe(true)
        expect(await store.grievances.addParticipant(early)).toBe(true)
        expect(await store.grievances.addParticipant(joiner)).toBe(false)
        expect(await store.grievances.addParticipant({ ...joiner, requestKey: make.uid('req') })).toBe(false)
        expect(await store.grievances.addParticipant({ ...make.participant(), requestKey: joiner.requestKey })).toBe(false)
        expect(await store.grievances.listParticipants(c.id)).toEqual([reporter, early, joiner])
        expect(await store.grievances.getParticipant(c.id, joiner.reporterKey)).toEqual(joiner)
      })

      test('When a worker has reported and joined several cases, then listByReporter pages them newest case first', async () => {
        const reporterKey = make.uid('rk')
        const mine = Array.from({ length: 5 }, () => make.participant({ reporterKey, caseId: make.uid('case') }))
        for (const p of [...mine.slice(2), make.participant(), ...mine.slice(0, 2)]) expect(await store.grievances.addParticipant(p)).toBe(true)
        const { sizes, items } = await collect((after) => store.grievances.listByReporter(reporterKey, after, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(items).toEqual([...mine].reverse())
        expect((await store.grievances.listByReporter(reporterKey, undefined, 2)).next).toBe(mine[3].caseId)
      })

      test('When a worker submitted on several days, then countByReporterDay counts that day only', async () => {
        const reporterKey = make.uid('rk')
        for (const day of ['2026-03-10', '2026-03-10', '2026-03-10', '2026-03-11']) {
          expect(await store.grievances.addParticipant(make.participant({ reporterKey, day }))).toBe(true)
        }
        await store.grievances.addParticipant(make.participant({ day: '2026-03-10' }))
        expect(await store.grievances.countByReporterDay(reporterKey, '2026-03-10')).toBe(3)
        expect(await store.grievances.countByReporterDay(reporterKey, '2026-03-11')).toBe(1)
        expect(await store.grievances.countByReporterDay(reporterKey, '2026-03-12')).toBe(0)
      })
    })

    describe('messages', () => {
      test('When messages are added to a case, then listMessages pages them by id, oldest first, and leaves out other cases', async () => {
        const caseId = make.uid('case')
        const mine = [
          make.caseMessage({ caseId, from: 'worker', orgId: null, senderKey: 'hmac-of-openid', kind: 'info_reply', attachments: ['private/x.jpg'] }),
          make.caseMessage({ caseId, kind: 'info_request' }),
          make.caseMessage({ caseId }),
        ]
        for (const m of [mine[2], make.caseMessage(), mine[0], mine[1]]) await store.grievances.addMessage(m)
        const { sizes, items } = await collect((after) => store.grievances.listMessages(caseId, after, 2))
        expect(sizes).toEqual([2, 1])
        expect(items).toEqual(mine)
        expect((await store.grievances.listMessages(caseId, undefined, 2)).next).toBe(mine[1].id)
        // Who sent a worker message round-trips; an officer message has no sender key.
        expect(items.map((m) => m.senderKey)).toEqual(['hmac-of-openid', null, null])
      })

      test('When a message carries a request key, then a second message under it is refused and the first is found by it', async () => {
        const caseId = make.uid('case')
        const requestKey = make.uid('rq')
        const first = make.caseMessage({ caseId, requestKey })
        expect(await store.grievances.addMessage(first)).toBe(true)
        expect(await store.grievances.addMessage(make.caseMessage({ caseId, requestKey, text: '重发' }))).toBe(false)
        expect(await store.grievances.getMessageByRequestKey(requestKey)).toEqual(first)
        expect(await store.grievances.getMessageByRequestKey(make.uid('rq'))).toBeNull()
        // Messages without a key are never refused for it, and read back without one.
        const plain = [make.caseMessage({ caseId }), make.caseMessage({ caseId })]
        for (const m of plain) expect(await store.grievances.addMessage(m)).toBe(true)
        expect((await store.grievances.listMessages(caseId, undefined, 10)).items).toEqual([first, ...plain])
      })

      test('When 10 writers add a message under one request key at once, then exactly one is written', async () => {
        const caseId = make.uid('case')
        const requestKey = make.uid('rq')
        const tries = Array.from({ length: 10 }, () => make.caseMessage({ caseId, requestKey }))
        const results = await Promise.all(tries.map((m) => store.grievances.addMessage(m)))
        expect(results.filter(Boolean)).toHaveLength(1)
        const written = (await store.grievances.listMessages(caseId, undefined, 10)).items
        expect(written).toEqual([tries[results.indexOf(true)]])
        expect(await store.grievances.getMessageByRequestKey(requestKey)).toEqual(written[0])
      })
    })

    describe('inbox', () => {
      test('When items arrive, then list pages them newest first, get returns one, and markRead marks only it', async () => {
        const recipientKey = make.uid('rk')
        const mine = [
          make.inboxItem({ recipientKey }),
          make.inboxItem({ recipientKey, type: 'grievance.checkin', dueAt: '2026-05-01T09:00:00+08:00', caseId: null }),
          make.inboxItem({ recipientKey, read: true }),
        ]
        for (const i of [mine[1], make.inboxItem(), mine[2], mine[0]]) await store.inbox.add(i)
        const { sizes, items } = await collect((after) => store.inbox.list(recipientKey, after, 2))
        expect(sizes).toEqual([2, 1])
        expect(items).toEqual([...mine].reverse())
        expect(items[2]).not.toHaveProperty('dueAt')
        await store.inbox.markRead(mine[0].id)
        expect(await store.inbox.get(mine[0].id)).toEqual({ ...mine[0], read: true })
        expect(await store.inbox.get(mine[1].id)).toEqual(mine[1])
        expect(await store.inbox.get(make.uid('inbox'))).toBeNull()
        await expect(store.inbox.markRead(make.uid('inbox'))).resolves.toBeUndefined()
      })

      test('When one action writes several items together, then addMany stores each, and listBetween walks ids oldest first', async () => {
        const base = make.uid('walk')
        const [a, b, c] = ['1', '2', '3'].map((n) => make.inboxItem({ id: `${base}-${n}` }))
        await store.inbox.addMany([c, a])
        await store.inbox.addMany([])
        await store.inbox.add(b)
        expect(await store.inbox.get(c.id)).toEqual(c)
        expect(await store.inbox.listBetween(`${base}-0`, `${base}-9`, 10)).toEqual([a, b, c])
        expect(await store.inbox.listBetween(a.id, c.id, 10)).toEqual([b]) // both bounds exclusive
        expect(await store.inbox.listBetween(`${base}-0`, `${base}-9`, 2)).toEqual([a, b])
      })
    })

    describe('check-ins', () => {
      test('When check-ins are scheduled, then listDue returns the unsent ones due by now, in (dueAt, id) order', async () => {
        const day = make.uniqueDay()
        const due = [
          make.checkin({ dueAt: at(day, 9) }),
          make.checkin({ dueAt: at(day, 9), kind: 'day90' }),
          make.checkin({ dueAt: at(day, 8) }),
        ]
        const later = make.checkin({ dueAt: at(day, 15) })
        const sent = make.checkin({ dueAt: at(day, 7), sent: true })
        for (const c of [later, sent, ...due]) await store.checkins.schedule(c)
        const { sizes, items } = await collect((after) => store.checkins.listDue(at(day, 12), after ?? `${at(day, 0)}|`, 2))
        expect(sizes).toEqual([2, 1])
        const expected = [...due].sort((a, b) => cmp(a.dueAt, b.dueAt) || cmp(a.id, b.id))
        expect(items).toEqual(expected)
        expect((await store.checkins.listDue(at(day, 12), `${at(day, 0)}|`, 2)).next).toBe(`${expected[1].dueAt}|${expected[1].id}`)
      })

      test('When a check-in is marked sent, then it succeeds once, leaves the due list, and a second mark is refused', async () => {
        const day = make.uniqueDay()
        const c = make.checkin({ dueAt: at(day, 9) })
        await store.checkins.schedule(c)
        const results = await Promise.all([store.checkins.markSent(c.id), store.checkins.markSent(c.id)])
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await store.checkins.markSent(c.id)).toBe(false)
        expect((await store.checkins.listDue(at(day, 23), `${at(day, 0)}|`, 10)).items).toEqual([])
        expect(await store.checkins.markSent(make.uid('chk'))).toBe(false)
      })

      test('When the same check-in is scheduled again, then the first one is kept', async () => {
        const day = make.uniqueDay()
        const c = make.checkin({ dueAt: at(day, 9) })
        await store.checkins.schedule(c)
        await store.checkins.schedule({ ...c, dueAt: at(day, 10) })
        expect((await store.checkins.listDue(at(day, 23), `${at(day, 0)}|`, 10)).items).toEqual([c])
      })
    })
  })
}
