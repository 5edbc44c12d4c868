/**
 * The grievance store contract (issue 3): GrievanceStore, InboxStore and CheckinStore, run against
 * each adapter through the port only. Data is unique per test (own org ids, enterprise ids, path
 * prefixes, reporter keys; lists keyed by time across all records run inside a day of their own,
 * see `make.uniqueDay`), so nothing is cleaned up and each assertion looks at the test's records.
 *
 * Semantics stated here, for both adapters:
 * - `create` writes the case and its first participant, or nothing: false when the requestKey exists.
 * - `update` replaces the case iff the stored version is `version - 1`; of two racers exactly one wins.
 * - `join` adds a participant and replaces the case in one write, on the same version rule; a worker is on a case
 *   once (`stale`), a requestKey on one participant only (`duplicate`); nothing is written unless `joined`.
 * - A case read (`get`, lists) never carries participants or messages; `getWithParticipants` reads both at once,
 *   `getWithMessages` also a page of the messages.
 * - `addMessage` adds to a case that exists, once per request key on a case; `updateWithMessage` replaces the case
 *   (same version rule) and adds the message in one write: both or neither.
 * - Lists are keyset pages: limit clamped to 1..100, `next` = the last item's cursor after a full page,
 *   else null. Queue and supervised lists: (acceptBy, id), cursor `${acceptBy}|${id}`; due lists:
 *   (key, id), cursor `${key}|${id}`; statistics: (createdAt, id) in [from, to), cursor
 *   `${createdAt}|${id}`; a reporter's cases: caseId descending, cursor = caseId; messages: id
 *   ascending; inbox: id descending. Times are ISO strings all at +08:00, so text order is time order.
 */
import type { GrievanceCase, Participant, QueueFilter, Store } from '../../cloudfunctions/_lib/store/port'
import { MAX_CASE_MESSAGES } from '../../cloudfunctions/_lib/store/grievance-port'
import { collect, ids } from './paging'
import * as make from '../support/factories'
import { groupsOf } from './radar-groups'

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
      test('When a case is created, then get and getWithParticipantsByReceiptHash return it field for field, with its reporter', async () => {
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
        expect(await store.grievances.getWithParticipantsByReceiptHash(c.receiptHash)).toEqual({ c, participants: [reporter] })
        expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c, participants: [reporter] })
        expect(await store.grievances.getByRequestKey(reporter.requestKey)).toEqual({ c, participant: reporter })
        expect(await store.grievances.listParticipants(c.id)).toEqual([reporter])
      })

      test('When nothing matches, then get, getWithParticipantsByReceiptHash and the participant look-ups return null', async () => {
        expect(await store.grievances.get(make.uid('case'))).toBeNull()
        expect(await store.grievances.getWithParticipantsByReceiptHash(make.uid('rh'))).toBeNull()
        expect(await store.grievances.getWithParticipants(make.uid('case'))).toBeNull()
        expect(await store.grievances.getByRequestKey(make.uid('req'))).toBeNull()
        expect(await store.grievances.listParticipants(make.uid('case'))).toEqual([])
      })

      test('When a submission is retried with the same requestKey, then create returns false and writes nothing', async () => {
        const first = make.grievanceCase()
        const reporter = make.participant({ caseId: first.id })
        expect(await store.grievances.create(first, reporter)).toBe(true)
        const retry = make.grievanceCase()
        const again = { ...reporter, caseId: retry.id }
        expect(await store.grievances.create(retry, again)).toBe(false)
        expect(await store.grievances.get(retry.id)).toBeNull()
        expect(await store.grievances.getWithParticipantsByReceiptHash(retry.receiptHash)).toBeNull()
        expect(await store.grievances.getByRequestKey(reporter.requestKey)).toEqual({ c: first, participant: reporter })
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
        expect((await store.grievances.getByRequestKey(requestKey))?.c.id).toBe(winner.id)
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
        expect(await store.grievances.getByRequestKey(reporter.requestKey)).toBeNull()
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
        const groups = groupsOf(await store.grievances.countsByEnterprise({ townId, since, collectiveFrom: 2 }))
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
        const from4 = groupsOf(await store.grievances.countsByEnterprise({ townId, since, collectiveFrom: 4 }))
        expect(from4.filter((x) => x.collective)).toEqual([{ enterpriseId: e1, category: 'safety', collective: true, protected: true, cases: 1 }])
        expect(await store.grievances.countsByEnterprise({ townId: make.uid('town'), since, collectiveFrom: 2 })).toEqual([])
      })
    })

    describe('participants', () => {
      /** The case as a join writes it: one more participant, the next version. */
      const joinedCase = (c: GrievanceCase, p: Participant): GrievanceCase => ({
        ...c, participantCount: c.participantCount + 1, affectedCount: c.affectedCount + p.affectedCount, version: c.version + 1,
      })

      test('When co-workers join, then each is added with the case in one write, listed reporter first, then by joinedAt', async () => {
        const c = make.grievanceCase()
        const reporter = make.participant({ caseId: c.id, joinedAt: '2026-03-10T10:00:00+08:00' })
        expect(await store.grievances.create(c, reporter)).toBe(true)
        const joiner = make.participant({ caseId: c.id, role: 'joiner', privacy: 'anonymous', contactEnc: null, affectedCount: 4, joinedAt: '2026-03-11T08:00:00+08:00' })
        const early = make.participant({ caseId: c.id, role: 'joiner', joinedAt: '2026-03-10T11:00:00+08:00' })
        const once = { ...joinedCase(c, joiner), strictPrivacy: 'anonymous' as const }
        expect(await store.grievances.join(once, joiner)).toBe('joined')
        const twice = joinedCase(once, early)
        expect(await store.grievances.join(twice, early)).toBe('joined')
        expect(await store.grievances.get(c.id)).toEqual(twice)
        expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c: twice, participants: [reporter, early, joiner] })
        expect(await store.grievances.getWithParticipantsByReceiptHash(c.receiptHash)).toEqual({ c: twice, participants: [reporter, early, joiner] })
        expect(await store.grievances.listParticipants(c.id)).toEqual([reporter, early, joiner])
        expect(await store.grievances.getByRequestKey(joiner.requestKey)).toEqual({ c: twice, participant: joiner })
      })

      test('When a join is stale, repeats a worker or reuses a requestKey, then it is refused and writes nothing', async () => {
        const c = make.grievanceCase()
        const reporter = make.participant({ caseId: c.id })
        expect(await store.grievances.create(c, reporter)).toBe(true)
        const other = make.grievanceCase()
        const elsewhere = make.participant({ caseId: other.id })
        expect(await store.grievances.create(other, elsewhere)).toBe(true)
        const joiner = make.participant({ caseId: c.id, role: 'joiner' })
        // A version that skips one, and the version already stored: both stale.
        expect(await store.grievances.join({ ...joinedCase(c, joiner), version: 3 }, joiner)).toBe('stale')
        expect(await store.grievances.join({ ...joinedCase(c, joiner), version: 1 }, joiner)).toBe('stale')
        // The reporter again, under a new request key: a worker is on a case once.
        expect(await store.grievances.join(joinedCase(c, reporter), { ...reporter, role: 'joiner', requestKey: make.uid('req') })).toBe('stale')
        // Another case's participant's request key.
        expect(await store.grievances.join(joinedCase(c, joiner), { ...joiner, requestKey: elsewhere.requestKey })).toBe('duplicate')
        expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c, participants: [reporter] })
        expect(await store.grievances.getWithParticipants(other.id)).toEqual({ c: other, participants: [elsewhere] })
        // Then the join as read: written once; the same join again is stale (the worker is on the case).
        const next = joinedCase(c, joiner)
        expect(await store.grievances.join(next, joiner)).toBe('joined')
        expect(await store.grievances.join(joinedCase(next, joiner), joiner)).toBe('stale')
        expect(await store.grievances.listParticipants(c.id)).toEqual([reporter, joiner])
      })

      test('When two co-workers join from the same read at once, then exactly one is written', async () => {
        const c = make.grievanceCase()
        const reporter = make.participant({ caseId: c.id })
        expect(await store.grievances.create(c, reporter)).toBe(true)
        const [a, b] = [make.participant({ caseId: c.id, role: 'joiner' }), make.participant({ caseId: c.id, role: 'joiner' })]
        const results = await Promise.all([store.grievances.join(joinedCase(c, a), a), store.grievances.join(joinedCase(c, b), b)])
        expect([...results].sort()).toEqual(['joined', 'stale'])
        const winner = results[0] === 'joined' ? a : b
        expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c: joinedCase(c, winner), participants: [reporter, winner] })
      })

      test('When a worker has reported and joined several cases, then listByReporter pages them newest case first', async () => {
        const reporterKey = make.uid('rk')
        const cases = Array.from({ length: 5 }, () => make.grievanceCase())
        const mine: Participant[] = []
        for (const [i, c] of cases.entries()) {
          // Reporter of the even ones, joiner of the odd ones.
          if (i % 2 === 0) {
            const p = make.participant({ caseId: c.id, reporterKey })
            expect(await store.grievances.create(c, p)).toBe(true)
            mine.push(p)
          } else {
            expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
            const p = make.participant({ caseId: c.id, reporterKey, role: 'joiner' })
            expect(await store.grievances.join(joinedCase(c, p), p)).toBe('joined')
            mine.push(p)
          }
        }
        await seed([make.grievanceCase()])
        const { sizes, items } = await collect((after) => store.grievances.listByReporter(reporterKey, after, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(items).toEqual([...mine].reverse())
        expect((await store.grievances.listByReporter(reporterKey, undefined, 2)).next).toBe(mine[3].caseId)
      })
    })

    describe('messages', () => {
      /** A case of its own, created with a reporter: messages go onto a case that exists. */
      async function aCase(overrides: Partial<GrievanceCase> = {}) {
        const c = make.grievanceCase(overrides)
        const reporter = make.participant({ caseId: c.id })
        expect(await store.grievances.create(c, reporter)).toBe(true)
        return { c, reporter }
      }

      test('When messages are added to a case, then listMessages pages them by id, oldest first, and leaves out other cases', async () => {
        const { c } = await aCase()
        const { c: other } = await aCase()
        const caseId = c.id
        const mine = [
          make.caseMessage({ caseId, from: 'worker', orgId: null, senderKey: 'hmac-of-openid', kind: 'info_reply', attachments: ['private/x.jpg'] }),
          make.caseMessage({ caseId, kind: 'info_request' }),
          make.caseMessage({ caseId }),
        ]
        for (const m of [mine[2], make.caseMessage({ caseId: other.id }), mine[0], mine[1]]) expect(await store.grievances.addMessage(m)).toBe(true)
        const { sizes, items } = await collect((after) => store.grievances.listMessages(caseId, after, 2))
        expect(sizes).toEqual([2, 1])
        expect(items).toEqual(mine)
        expect((await store.grievances.listMessages(caseId, undefined, 2)).next).toBe(mine[1].id)
        expect(await store.grievances.listMessages(caseId, mine[2].id, 2)).toEqual({ items: [], next: null })
        // Who sent a worker message round-trips; an officer message has no sender key.
        expect(items.map((m) => m.senderKey)).toEqual(['hmac-of-openid', null, null])
        // A case read carries no messages; a case without any pages none.
        expect(await store.grievances.get(caseId)).toEqual(c)
        expect(await store.grievances.getWithParticipants(caseId)).toEqual({ c, participants: [expect.objectContaining({ caseId })] })
        expect(await store.grievances.listMessages(make.uid('case'), undefined, 10)).toEqual({ items: [], next: null })
      })

      test('When a message is added to a case that does not exist, then it is refused and nothing is written', async () => {
        const m = make.caseMessage()
        expect(await store.grievances.addMessage(m)).toBe(false)
        expect((await store.grievances.listMessages(m.caseId, undefined, 10)).items).toEqual([])
        expect(await store.grievances.get(m.caseId)).toBeNull()
      })

      test('When a message carries a request key, then a second message under it is refused and the first is found by it, with its case', async () => {
        const { c } = await aCase()
        const { c: other } = await aCase()
        const caseId = c.id
        const requestKey = make.uid('rq')
        const first = make.caseMessage({ caseId, requestKey })
        expect(await store.grievances.addMessage(first)).toBe(true)
        expect(await store.grievances.addMessage(make.caseMessage({ caseId, requestKey, text: '重发' }))).toBe(false)
        expect(await store.grievances.getMessageByRequestKey(caseId, requestKey)).toEqual({ c, m: first })
        expect(await store.grievances.getMessageByRequestKey(caseId, make.uid('rq'))).toBeNull()
        // The key is looked up on the case it names.
        expect(await store.grievances.getMessageByRequestKey(other.id, requestKey)).toBeNull()
        // Messages without a key are never refused for it, and read back without one.
        const plain = [make.caseMessage({ caseId }), make.caseMessage({ caseId })]
        for (const m of plain) expect(await store.grievances.addMessage(m)).toBe(true)
        expect((await store.grievances.listMessages(caseId, undefined, 10)).items).toEqual([first, ...plain])
        expect((await store.grievances.listMessages(caseId, undefined, 10)).items.map((m) => 'requestKey' in m)).toEqual([true, false, false])
      })

      test('When a case holds MAX_CASE_MESSAGES messages, then another is refused, nothing written, and countMessages says why', async () => {
        const { c } = await aCase()
        expect(await store.grievances.countMessages(c.id)).toBe(0)
        for (let i = 0; i < MAX_CASE_MESSAGES - 1; i++) expect(await store.grievances.addMessage(make.caseMessage({ caseId: c.id }))).toBe(true)
        // The last place, with a request key: still taken.
        expect(await store.grievances.addMessage(make.caseMessage({ caseId: c.id, requestKey: make.uid('rq') }))).toBe(true)
        expect(await store.grievances.countMessages(c.id)).toBe(MAX_CASE_MESSAGES)
        const extra = make.caseMessage({ caseId: c.id, requestKey: make.uid('rq') })
        expect(await store.grievances.addMessage(extra)).toBe(false)
        expect(await store.grievances.addMessage(make.caseMessage({ caseId: c.id }))).toBe(false)
        expect(await store.grievances.countMessages(c.id)).toBe(MAX_CASE_MESSAGES)
        expect(await store.grievances.getMessageByRequestKey(c.id, extra.requestKey!)).toBeNull()
        expect(await store.grievances.countMessages(make.uid('case'))).toBe(0)
      })

      test('When 10 writers add a message under one request key at once, then exactly one is written', async () => {
        const { c } = await aCase()
        const caseId = c.id
        const requestKey = make.uid('rq')
        const tries = Array.from({ length: 10 }, () => make.caseMessage({ caseId, requestKey }))
        const results = await Promise.all(tries.map((m) => store.grievances.addMessage(m)))
        expect(results.filter(Boolean)).toHaveLength(1)
        const written = (await store.grievances.listMessages(caseId, undefined, 10)).items
        expect(written).toEqual([tries[results.indexOf(true)]])
        expect(await store.grievances.getMessageByRequestKey(caseId, requestKey)).toEqual({ c, m: written[0] })
      })

      test('When a case is read with its messages, then it comes with its participants and the page listMessages gives', async () => {
        const { c, reporter } = await aCase()
        const joiner = make.participant({ caseId: c.id, role: 'joiner' })
        const joined = { ...c, participantCount: 2, version: 2 }
        expect(await store.grievances.join(joined, joiner)).toBe('joined')
        const thread = Array.from({ length: 5 }, () => make.caseMessage({ caseId: c.id }))
        for (const m of [...thread].reverse()) expect(await store.grievances.addMessage(m)).toBe(true)
        const firstPage = await store.grievances.getWithMessages(c.id, undefined, 2)
        expect(firstPage).toEqual({ c: joined, participants: [reporter, joiner], messages: { items: thread.slice(0, 2), next: thread[1].id } })
        expect((await store.grievances.getWithMessages(c.id, thread[3].id, 2))?.messages).toEqual({ items: [thread[4]], next: null })
        for (const after of [undefined, thread[0].id, thread[2].id]) {
          expect((await store.grievances.getWithMessages(c.id, after, 2))?.messages).toEqual(await store.grievances.listMessages(c.id, after, 2))
        }
        // The page size is clamped to 1..100, as every list's.
        expect((await store.grievances.getWithMessages(c.id, undefined, 0))?.messages.items).toEqual([thread[0]])
        expect(await store.grievances.getWithMessages(make.uid('case'), undefined, 10)).toBeNull()
      })

      test('When a case is saved with a message, then both are written; on a stale version or a used request key neither is', async () => {
        const { c, reporter } = await aCase({ status: 'accepted' })
        const paused = { ...c, status: 'awaiting_info' as const, pausedSince: '2026-03-12T10:00:00+08:00', version: 2 }
        const question = make.caseMessage({ caseId: c.id, kind: 'info_request' })
        expect(await store.grievances.updateWithMessage(paused, question)).toBe(true)
        expect(await store.grievances.getWithMessages(c.id, undefined, 10)).toEqual({ c: paused, participants: [reporter], messages: { items: [question], next: null } })
        // The same version again (a lost race): neither the case nor the message.
        const stale = make.caseMessage({ caseId: c.id })
        expect(await store.grievances.updateWithMessage({ ...paused, summary: '又一次' }, stale)).toBe(false)
        // A reply's request key already on the case (a retry): neither.
        const requestKey = make.uid('rq')
        const reply = make.caseMessage({ caseId: c.id, from: 'worker', orgId: null, senderKey: reporter.reporterKey, kind: 'info_reply', requestKey })
        expect(await store.grievances.addMessage({ ...reply, id: make.uid('msg'), kind: 'message' })).toBe(true)
        const resumed = { ...paused, status: 'accepted' as const, pausedSince: null, version: 3 }
        expect(await store.grievances.updateWithMessage(resumed, reply)).toBe(false)
        const after = (await store.grievances.getWithMessages(c.id, undefined, 10))!
        expect(after.c).toEqual(paused)
        expect(after.messages.items.map((m) => m.id)).not.toContain(stale.id)
        expect(after.messages.items.map((m) => m.id)).not.toContain(reply.id)
        expect(after.messages.items).toHaveLength(2)
        // With a fresh key it lands, and is found by it.
        const fresh = { ...reply, requestKey: make.uid('rq') }
        expect(await store.grievances.updateWithMessage(resumed, fresh)).toBe(true)
        expect(await store.grievances.getMessageByRequestKey(c.id, fresh.requestKey)).toEqual({ c: resumed, m: fresh })
        expect(await store.grievances.get(c.id)).toEqual(resumed)
      })

      test('When two writers save a case with a message from the same read at once, then exactly one of them is written', async () => {
        const { c } = await aCase({ status: 'accepted' })
        const next = { ...c, status: 'awaiting_info' as const, version: 2 }
        const tries = [make.caseMessage({ caseId: c.id, kind: 'info_request' }), make.caseMessage({ caseId: c.id, kind: 'info_request' })]
        const results = await Promise.all(tries.map((m) => store.grievances.updateWithMessage(next, m)))
        expect([...results].sort()).toEqual([false, true])
        expect((await store.grievances.listMessages(c.id, undefined, 10)).items).toEqual([tries[results.indexOf(true)]])
        expect(await store.grievances.get(c.id)).toEqual(next)
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

      test('When markReadFor names the item’s recipient and type, then it marks it read and returns it; else nothing is written; markUnread gives it back', async () => {
        const recipientKey = make.uid('rk')
        const question = make.inboxItem({ recipientKey, type: 'grievance.checkin', dueAt: '2026-05-01T09:00:00+08:00' })
        const other = make.inboxItem({ recipientKey })
        for (const i of [question, other]) await store.inbox.add(i)
        // Someone else's key, another type, an unknown id: null, and the item stays unread.
        expect(await store.inbox.markReadFor(question.id, make.uid('rk'), 'grievance.checkin')).toBeNull()
        expect(await store.inbox.markReadFor(question.id, recipientKey, 'grievance.accepted')).toBeNull()
        expect(await store.inbox.markReadFor(make.uid('inbox'), recipientKey, 'grievance.checkin')).toBeNull()
        expect(await store.inbox.get(question.id)).toEqual(question)
        expect(await store.inbox.markReadFor(question.id, recipientKey, 'grievance.checkin')).toEqual({ ...question, read: true })
        expect(await store.inbox.get(question.id)).toEqual({ ...question, read: true })
        // Again (already read): still the item.
        expect(await store.inbox.markReadFor(question.id, recipientKey, 'grievance.checkin')).toEqual({ ...question, read: true })
        await store.inbox.markUnread(question.id)
        expect(await store.inbox.get(question.id)).toEqual(question)
        expect(await store.inbox.get(other.id)).toEqual(other)
        await expect(store.inbox.markUnread(make.uid('inbox'))).resolves.toBeUndefined()
      })

      test('When list is given several recipient keys, then it pages their items merged newest first, and no one else’s', async () => {
        const [a, b, c] = [make.uid('rk'), make.uid('rk'), make.uid('rk')]
        // Ids are time-ordered: written in this order, interleaving the keys.
        const items = [a, b, a, c, b, b, a].map((recipientKey) => make.inboxItem({ recipientKey }))
        const others = [make.inboxItem(), make.inboxItem({ recipientKey: `${a}x` })]
        for (const i of [...items, ...others]) await store.inbox.add(i)
        const { sizes, items: read } = await collect((after) => store.inbox.list([a, b, c], after, 3))
        expect(sizes).toEqual([3, 3, 1])
        expect(read).toEqual([...items].reverse())
        // A key given twice reads its items once; one key in an array is the single-key list; no key, nothing.
        expect((await store.inbox.list([c, a, c], undefined, 10)).items).toEqual(items.filter((i) => i.recipientKey !== b).reverse())
        expect(await store.inbox.list([b], undefined, 10)).toEqual(await store.inbox.list(b, undefined, 10))
        expect(await store.inbox.list([], undefined, 10)).toEqual({ items: [], next: null })
        // After a cursor, only older items of those keys.
        expect((await store.inbox.list([a, c], items[3].id, 10)).items).toEqual([items[2], items[0]])
      })

      test('When one action writes several items together, then sideRecords.write stores each, and listBetween walks ids oldest first', async () => {
        const base = make.uid('walk')
        const [a, b, c] = ['1', '2', '3'].map((n) => make.inboxItem({ id: `${base}-${n}` }))
        await store.sideRecords.write({ audit: [], inbox: [c, a], checkins: [] })
        await store.sideRecords.write({ audit: [], inbox: [], checkins: [] })
        await store.inbox.add(b)
        expect(await store.inbox.get(c.id)).toEqual(c)
        expect(await store.inbox.listBetween(`${base}-0`, `${base}-9`, 10)).toEqual([a, b, c])
        expect(await store.inbox.listBetween(a.id, c.id, 10)).toEqual([b]) // both bounds exclusive
        expect(await store.inbox.listBetween(`${base}-0`, `${base}-9`, 2)).toEqual([a, b])
      })

      test("When an action's audit lines, items and check-ins are written together, then each kind reads back alone, and a check-in scheduled again keeps the stored one", async () => {
        const day = make.uniqueDay()
        const recordId = make.uid('rec')
        const entry = { id: make.uid('aud'), at: at(day, 8), actor: 'worker', action: 'probe.write', recordType: 'probe', recordId }
        const item = make.inboxItem({ id: `${make.uid('side')}-1` })
        const first = make.checkin({ dueAt: at(day, 9) })
        await store.sideRecords.write({ audit: [entry], inbox: [item], checkins: [first] })
        expect(await store.inbox.get(item.id)).toEqual(item)
        expect(await store.inbox.get(entry.id)).toBeNull()
        expect((await store.audit.listByRecord('probe', recordId, undefined, 10)).items).toEqual([entry])
        expect((await store.checkins.listDue(at(day, 12), `${at(day, 0)}|`, 10)).items).toEqual([first])

        // Resolved again after a reopen: the same check-in id with a later time is ignored; the other records land.
        const again = { ...entry, id: make.uid('aud'), action: 'probe.again' }
        const later = make.inboxItem({ id: `${make.uid('side')}-2` })
        const fresh = make.checkin({ dueAt: at(day, 10) })
        await store.sideRecords.write({ audit: [again], inbox: [later], checkins: [{ ...first, dueAt: at(day, 11) }, fresh] })
        expect((await store.audit.listByRecord('probe', recordId, undefined, 10)).items.map((e) => e.action).sort()).toEqual(['probe.again', 'probe.write'])
        expect(await store.inbox.get(later.id)).toEqual(later)
        expect((await store.checkins.listDue(at(day, 12), `${at(day, 0)}|`, 10)).items).toEqual([first, fresh])
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
