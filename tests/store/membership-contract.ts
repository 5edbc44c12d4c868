/**
 * The membership store contract (issue 4): MembershipStore, run against each adapter through the port
 * only. Data is unique per test (own org ids, idHashes, keys; the due sweep runs inside a day of its own,
 * see `make.uniqueDay`), so nothing is cleaned up and each assertion looks at the test's records.
 *
 * Semantics stated here, for both adapters:
 * - `createApplication` inserts or refuses: DUPLICATE_REQUEST (with the existing id) when the requestKey
 *   exists, HOLDER_MEMBER (a join) when the account holds a current membership, HOLDER_PENDING when the holderKey
 *   (the account) has a pending application, ALREADY_APPLIED when another non-flagged application with the idHash
 *   is pending, ALREADY_MEMBER (a non-flagged join) when the idHash has a current member; of racing creates for
 *   one idHash (or one account) exactly one lands. A decided application does not block a new one; an application
 *   flagged `identityConflict` holds no idHash (it can never block the person whose ID number it names).
 * - A pending join reserves its account (and, unflagged, its person) for the member it may become.
 * - `createMember` is false when the idHash or the account has a current (active or suspended) member or a
 *   pending join's reservation, the memberNo is taken (for life: also by a member who left), or the id exists;
 *   of racing creates exactly one lands. `approveJoin` writes a join's decision and member together or neither.
 * - Updates replace the record iff the stored version is `version - 1`; of two racers exactly one wins.
 * - Lists are keyset pages (limit clamped to 1..100, `next` = the last item's cursor after a full page):
 *   queue (reviewBy, id) with cursor `${reviewBy}|${id}`; due (escalateAt, id) with `${escalateAt}|${id}`;
 *   an applicant's applications id descending (cursor = id); an org's members by memberNo (cursor = memberNo).
 * - `nextMemberSeq` hands each caller its own value, consecutive from one store instance, also under concurrency.
 */
import type { Application, ApplicationQueueFilter, Member, Store } from '../../cloudfunctions/_lib/store/port'
import { collect, ids } from './paging'
import * as make from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

/** Follows `next` to the end, returning each page's size and all items. */

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byKeyThenId = (key: (a: Application) => string) => (a: Application, b: Application) => cmp(key(a), key(b)) || cmp(a.id, b.id)
const at = (day: string, hour: number, minute = 0) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`
/** What a thrown error looks like across adapters (better-sqlite3's class is per jest context, see grievance-contract). */
const caught = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e)

export function runMembershipStoreContract(label: string, open: () => Promise<Opened>) {
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

    /** Creates the applications ten at a time (their order does not matter); fails the test if any is refused. */
    async function seed(apps: Application[]): Promise<void> {
      for (let i = 0; i < apps.length; i += 10) {
        const results = await Promise.all(apps.slice(i, i + 10).map((a) => store.memberships.createApplication(a)))
        expect(results).toEqual(results.map(() => ({ ok: true })))
      }
    }
    async function seedMembers(members: Member[]): Promise<void> {
      for (const m of members) expect(await store.memberships.createMember(m)).toBe(true)
    }

    describe('applications: create, get, update', () => {
      test('When an application is created, then get and getApplicationByRequestKey return it field for field', async () => {
        const a = make.application({
          kind: 'transfer',
          enterpriseId: make.uid('ent'),
          noFixedEmployer: true,
          occupation: '外卖送餐员',
          residenceTownId: make.uid('town'),
          employerBlind: true,
          memberId: make.uid('mem'),
          fromOrgId: make.uid('org'),
          reviewByEstimated: true,
          overdue: true,
          history: [
            { at: '2026-03-10T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'a', reason: 'EMPLOYER_BLIND' },
            { at: '2026-04-01T00:00:00+08:00', type: 'escalated', fromOrgId: 'a', toOrgId: 'b', reason: 'ESCALATED' },
          ],
        })
        expect(await store.memberships.createApplication(a)).toEqual({ ok: true })
        expect(await store.memberships.getApplication(a.id)).toEqual(a)
        expect(await store.memberships.getApplicationByRequestKey(a.requestKey)).toEqual(a)
      })

      test('When nothing matches, then the look-ups return null', async () => {
        expect(await store.memberships.getApplication(make.uid('app'))).toBeNull()
        expect(await store.memberships.getApplicationByRequestKey(make.uid('mreq'))).toBeNull()
        expect(await store.memberships.getMember(make.uid('mem'))).toBeNull()
        expect(await store.memberships.getMemberByIdHash(make.uid('idh'))).toBeNull()
        expect(await store.memberships.getMemberByHolder(make.uid('hk'))).toBeNull()
        expect(await store.memberships.getMemberByNo(make.uid('no'))).toBeNull()
      })

      test('When an apply is retried with the same requestKey, then DUPLICATE_REQUEST names the first and nothing is written', async () => {
        const first = make.application()
        await seed([first])
        const retry = make.application({ requestKey: first.requestKey, idHash: first.idHash })
        expect(await store.memberships.createApplication(retry)).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: first.id })
        // Even when the person differs (the requestKey is the caller's idempotency key, checked first).
        const other = make.application({ requestKey: first.requestKey })
        expect(await store.memberships.createApplication(other)).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: first.id })
        expect(await store.memberships.getApplication(retry.id)).toBeNull()
        expect(await store.memberships.getApplication(other.id)).toBeNull()
        expect(await store.memberships.getApplicationByRequestKey(first.requestKey)).toEqual(first)
      })

      test('When the person has a pending application, then another is ALREADY_APPLIED; once it is decided, a new one is accepted', async () => {
        const first = make.application()
        await seed([first])
        const second = make.application({ idHash: first.idHash })
        expect(await store.memberships.createApplication(second)).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
        expect(await store.memberships.getApplication(second.id)).toBeNull()
        expect(await store.memberships.getApplicationByRequestKey(second.requestKey)).toBeNull()
        // An escalation keeps it pending, and blocking.
        const escalated = { ...first, assignedOrgId: make.uid('city'), routeReason: 'ESCALATED' as const, version: 2 }
        expect(await store.memberships.updateApplication(escalated)).toBe(true)
        expect(await store.memberships.createApplication(second)).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
        const rejected: Application = { ...escalated, status: 'rejected', rejectReason: 'INFO_MISMATCH', rejectNote: '单位名称不符', escalateAt: null, version: 3 }
        expect(await store.memberships.updateApplication(rejected)).toBe(true)
        expect(await store.memberships.createApplication(second)).toEqual({ ok: true })
        expect(await store.memberships.getApplication(second.id)).toEqual(second)
        // The same again after an approval.
        const approved = { ...second, status: 'approved' as const, escalateAt: null, version: 2 }
        expect(await store.memberships.updateApplication(approved)).toBe(true)
        const third = make.application({ idHash: first.idHash })
        expect(await store.memberships.createApplication(third)).toEqual({ ok: true })
      })

      test('When a rejected application (not pending) is created for a person with a pending one, then it is accepted', async () => {
        const pending = make.application()
        await seed([pending])
        const decided = make.application({ idHash: pending.idHash, status: 'rejected', escalateAt: null })
        expect(await store.memberships.createApplication(decided)).toEqual({ ok: true })
      })

      test('When an application is flagged identityConflict, then it holds no idHash: it lands beside a pending one and blocks no later one', async () => {
        const pending = make.application()
        await seed([pending])
        const flagged = make.application({ idHash: pending.idHash, identityConflict: true })
        expect(await store.memberships.createApplication(flagged)).toEqual({ ok: true })
        expect(await store.memberships.getApplication(flagged.id)).toEqual(flagged)
        expect(await store.memberships.getPendingApplication(pending.idHash)).toEqual(pending)
        const rejected: Application = { ...pending, status: 'rejected', rejectReason: 'OTHER', rejectNote: '测试', escalateAt: null, version: 2 }
        expect(await store.memberships.updateApplication(rejected)).toBe(true)
        // The flagged one is still pending, yet the person's own application gets in.
        expect(await store.memberships.getPendingApplication(pending.idHash)).toBeNull()
        const real = make.application({ idHash: pending.idHash })
        expect(await store.memberships.createApplication(real)).toEqual({ ok: true })
        expect(await store.memberships.getPendingApplication(pending.idHash)).toEqual(real)
      })

      test('When the account has a pending application, then another is HOLDER_PENDING, flagged or not; once decided, a new one is accepted', async () => {
        const first = make.application()
        await seed([first])
        for (const identityConflict of [false, true]) {
          const second = make.application({ holderKey: first.holderKey, identityConflict })
          expect(await store.memberships.createApplication(second)).toEqual({ ok: false, reason: 'HOLDER_PENDING' })
          expect(await store.memberships.getApplication(second.id)).toBeNull()
          // Nothing of the refused one is left holding: its idHash is free.
          expect(await store.memberships.createApplication(make.application({ idHash: second.idHash }))).toEqual({ ok: true })
        }
        const approved: Application = { ...first, status: 'approved', escalateAt: null, version: 2 }
        expect(await store.memberships.updateApplication(approved)).toBe(true)
        const third = make.application({ holderKey: first.holderKey })
        expect(await store.memberships.createApplication(third)).toEqual({ ok: true })
      })

      test('When five applies of one account race, then exactly one is created and the others are HOLDER_PENDING', async () => {
        const holderKey = make.uid('hk')
        const racers = Array.from({ length: 5 }, () => make.application({ holderKey }))
        const results = await Promise.all(racers.map((a) => store.memberships.createApplication(a)))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.filter((r) => !r.ok)).toEqual(Array(4).fill({ ok: false, reason: 'HOLDER_PENDING' }))
      })

      test('When five applies for one person race, then exactly one is created and the others are ALREADY_APPLIED', async () => {
        const idHash = make.uid('idh')
        const racers = Array.from({ length: 5 }, () => make.application({ idHash }))
        const results = await Promise.all(racers.map((a) => store.memberships.createApplication(a)))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.filter((r) => !r.ok)).toEqual(Array(4).fill({ ok: false, reason: 'ALREADY_APPLIED' }))
        const winner = racers[results.findIndex((r) => r.ok)]
        for (const a of racers) expect(await store.memberships.getApplication(a.id)).toEqual(a === winner ? winner : null)
      })

      test('When the same apply arrives twice at once, then one is created and the other names it', async () => {
        const requestKey = make.uid('mreq')
        const idHash = make.uid('idh')
        const [a, b] = [make.application({ requestKey, idHash }), make.application({ requestKey, idHash })]
        const results = await Promise.all([store.memberships.createApplication(a), store.memberships.createApplication(b)])
        const winner = results[0].ok ? a : b
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: winner.id })
        expect(await store.memberships.getApplicationByRequestKey(requestKey)).toEqual(winner)
      })

      test('When the application itself cannot be written (its id is taken), then create throws and blocks nothing', async () => {
        const holder = make.application()
        await seed([holder])
        const clash = make.application({ id: holder.id })
        const error = await caught(store.memberships.createApplication(clash))
        expect(error).toMatchObject({ message: expect.stringMatching(/./) })
        expect(await store.memberships.getApplication(holder.id)).toEqual(holder)
        expect(await store.memberships.getApplicationByRequestKey(clash.requestKey)).toBeNull()
        // Neither its requestKey nor its person is left blocked.
        const fixed = { ...clash, id: make.uid('app') }
        expect(await store.memberships.createApplication(fixed)).toEqual({ ok: true })
        expect(await store.memberships.getApplication(fixed.id)).toEqual(fixed)
      })

      test('When an application is updated from the stored version, then it is replaced whole; a stale or skipped version is refused', async () => {
        const a = make.application({ employerBlind: true })
        await seed([a])
        const decided: Application = {
          ...a,
          status: 'approved',
          memberId: make.uid('mem'),
          employerBlind: false,
          consents: { idNumber: { version: 'id-2027-01', at: '2027-01-02T09:00:00+08:00' }, shareWithUnion: a.consents.shareWithUnion },
          escalateAt: null,
          decidedAt: '2026-03-12T09:00:00+08:00',
          decidedBy: make.uid('openid'),
          history: [...a.history, { at: '2026-03-12T09:00:00+08:00', type: 'approved', fromOrgId: null, toOrgId: null, reason: null }],
          version: 2,
        }
        expect(await store.memberships.updateApplication(decided)).toBe(true)
        expect(await store.memberships.getApplication(a.id)).toEqual(decided)
        expect(await store.memberships.updateApplication({ ...decided, rejectNote: '旧版本' })).toBe(false)
        expect(await store.memberships.updateApplication({ ...decided, rejectNote: '跳版本', version: 4 })).toBe(false)
        expect(await store.memberships.getApplication(a.id)).toEqual(decided)
        expect(await store.memberships.updateApplication(make.application({ version: 2 }))).toBe(false)
      })

      test('When two officers decide the same version at once, then exactly one wins', async () => {
        const a = make.application()
        await seed([a])
        const approve = { ...a, status: 'approved' as const, escalateAt: null, version: 2 }
        const reject = { ...a, status: 'rejected' as const, rejectReason: 'OTHER' as const, rejectNote: '重复申请', escalateAt: null, version: 2 }
        const results = await Promise.all([store.memberships.updateApplication(approve), store.memberships.updateApplication(reject)])
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await store.memberships.getApplication(a.id)).toEqual(results[0] ? approve : reject)
      })
    })

    describe('applications: queue, due sweep, applicant', () => {
      test('When an org holds 250 applications with shared deadlines, then listQueue pages 100/100/50 in (reviewBy, id) order', async () => {
        const orgId = make.uid('org')
        const days = ['2026-04-01', '2026-03-31', '2026-04-03', '2026-04-02']
        const mine = Array.from({ length: 250 }, (_, i) => make.application({ assignedOrgId: orgId, reviewBy: `${days[i % 4]}T00:00:00+08:00` }))
        await seed([make.application({ reviewBy: '2026-03-01T00:00:00+08:00' }), ...[...mine].reverse()])
        const { sizes, items } = await collect((after) => store.memberships.listQueue(orgId, {}, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(ids(items)).toEqual(ids([...mine].sort(byKeyThenId((a) => a.reviewBy))))
        const first = await store.memberships.listQueue(orgId, {}, undefined, 100)
        expect(first.next).toBe(`${first.items[99].reviewBy}|${first.items[99].id}`)
      })

      test('When the queue is filtered, then each filter (and their combination) keeps only matching applications, in order', async () => {
        const orgId = make.uid('org')
        const shapes: Array<Partial<Application>> = [
          { status: 'pending' },
          { status: 'pending', overdue: true },
          { status: 'approved', escalateAt: null },
          { status: 'rejected', escalateAt: null },
          { status: 'rejected', overdue: true, escalateAt: null },
        ]
        const mine = shapes.flatMap((shape, i) =>
          [0, 1].map((j) => make.application({ ...shape, assignedOrgId: orgId, reviewBy: `2026-04-${10 + ((i * 3 + j * 5) % 9)}T00:00:00+08:00` })),
        )
        await seed([...mine].reverse())
        const filters: ApplicationQueueFilter[] = [
          {},
          { status: 'pending' },
          { status: 'rejected' },
          { overdue: true },
          { overdue: false },
          { status: 'pending', overdue: true },
          { status: 'rejected', overdue: false },
        ]
        for (const filter of filters) {
          const expected = mine
            .filter((a) => filter.status === undefined || a.status === filter.status)
            .filter((a) => filter.overdue === undefined || a.overdue === filter.overdue)
            .sort(byKeyThenId((a) => a.reviewBy))
          const { items } = await collect((after) => store.memberships.listQueue(orgId, filter, after, 3))
          expect({ filter, ids: ids(items) }).toEqual({ filter, ids: ids(expected) })
        }
      })

      test('When a limit outside 1..100 is asked, then it is clamped; an empty queue is one empty page', async () => {
        const orgId = make.uid('org')
        await seed(Array.from({ length: 101 }, () => make.application({ assignedOrgId: orgId })))
        expect((await store.memberships.listQueue(orgId, {}, undefined, 1000)).items).toHaveLength(100)
        const one = await store.memberships.listQueue(orgId, {}, undefined, 0)
        expect(one.items).toHaveLength(1)
        expect(one.next).toBe(`${one.items[0].reviewBy}|${one.items[0].id}`)
        expect(await store.memberships.listQueue(make.uid('org'), {}, undefined, 20)).toEqual({ items: [], next: null })
      })

      test('When an application escalates to the parent, then it leaves the old queue and joins the new one', async () => {
        const [from, to] = [make.uid('org'), make.uid('org')]
        const a = make.application({ assignedOrgId: from })
        await seed([a])
        const moved = { ...a, assignedOrgId: to, assignedPath: `/city/${to}/`, routeReason: 'ESCALATED' as const, version: 2 }
        expect(await store.memberships.updateApplication(moved)).toBe(true)
        expect((await store.memberships.listQueue(from, {}, undefined, 20)).items).toEqual([])
        expect((await store.memberships.listQueue(to, {}, undefined, 20)).items).toEqual([moved])
      })

      test('When escalation keys fall before and after now, then listDue returns the due pending ones in (escalateAt, id) order', async () => {
        const day = make.uniqueDay()
        const due = [
          make.application({ escalateAt: at(day, 9) }),
          make.application({ escalateAt: at(day, 9) }),
          make.application({ escalateAt: at(day, 8) }),
          make.application({ escalateAt: at(day, 12) }), // exactly now: due
          make.application({ escalateAt: at(day, 0) }),
        ]
        const later = make.application({ escalateAt: at(day, 12, 1) })
        const decided = make.application({ status: 'approved', escalateAt: null })
        await seed([later, decided, ...due])
        const { sizes, items } = await collect((after) => store.memberships.listDue(at(day, 12), after ?? `${at(day, 0)}|`, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(ids(items)).toEqual(ids([...due].sort(byKeyThenId((a) => a.escalateAt!))))
        const page = await store.memberships.listDue(at(day, 12), `${at(day, 0)}|`, 2)
        expect(page.next).toBe(`${page.items[1].escalateAt}|${page.items[1].id}`)
        // Deciding one clears its clock: it leaves the sweep.
        const approved = { ...due[2], status: 'approved' as const, escalateAt: null, version: 2 }
        expect(await store.memberships.updateApplication(approved)).toBe(true)
        const after = await collect((c) => store.memberships.listDue(at(day, 12), c ?? `${at(day, 0)}|`, 100))
        expect(ids(after.items)).not.toContain(due[2].id)
        expect(after.items).toHaveLength(4)
      })

      test('When a worker has applied several times, then listByApplicant pages them newest first', async () => {
        const applicantKey = make.uid('ak')
        const mine = Array.from({ length: 5 }, (_, i) => make.application({ applicantKey, status: i < 4 ? 'rejected' : 'pending', escalateAt: null }))
        await seed([...mine.slice(2), make.application(), ...mine.slice(0, 2)])
        const { sizes, items } = await collect((after) => store.memberships.listByApplicant(applicantKey, after, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(items).toEqual([...mine].reverse())
        expect((await store.memberships.listByApplicant(applicantKey, undefined, 2)).next).toBe(mine[3].id)
        expect(await store.memberships.listByApplicant(make.uid('ak'), undefined, 10)).toEqual({ items: [], next: null })
      })
    })

    describe('members', () => {
      test('When a member is created, then every look-up returns it field for field', async () => {
        const m = make.member({
          statusReason: null,
          workplace: {
            enterpriseId: null,
            enterpriseName: null,
            townId: make.uid('town'),
            noFixedEmployer: true,
            occupation: '快递员',
            residenceTownId: make.uid('town'),
            employerBlind: true,
          },
        })
        await seedMembers([m])
        expect(await store.memberships.getMember(m.id)).toEqual(m)
        expect(await store.memberships.getMemberByIdHash(m.idHash)).toEqual(m)
        expect(await store.memberships.getMemberByHolder(m.holderKey)).toEqual(m)
        expect(await store.memberships.getMemberByNo(m.memberNo)).toEqual(m)
      })

      test('When the person is a current member, the number is taken or the id exists, then createMember is false and writes nothing', async () => {
        const m = make.member()
        await seedMembers([m])
        const samePerson = make.member({ idHash: m.idHash })
        const sameNo = make.member({ memberNo: m.memberNo })
        const sameId = make.member({ id: m.id })
        expect(await store.memberships.createMember(samePerson)).toBe(false)
        expect(await store.memberships.createMember(sameNo)).toBe(false)
        expect(await store.memberships.createMember(sameId)).toBe(false)
        for (const refused of [samePerson, sameNo]) expect(await store.memberships.getMember(refused.id)).toBeNull()
        expect(await store.memberships.getMember(m.id)).toEqual(m)
        expect(await store.memberships.getMemberByIdHash(sameId.idHash)).toBeNull()
        expect(await store.memberships.getMemberByNo(sameId.memberNo)).toBeNull()
        // A refused create leaves nothing blocked: its own person and number are free.
        expect(await store.memberships.createMember({ ...sameNo, memberNo: make.uid('no') })).toBe(true)
        expect(await store.memberships.createMember({ ...sameId, id: make.uid('mem') })).toBe(true)
      })

      test('When a suspended member exists, then the person still cannot join again; after leaving they can, with a new number', async () => {
        const m = make.member()
        await seedMembers([m])
        const suspended = { ...m, status: 'suspended' as const, statusReason: '长期未缴纳会费', version: 2 }
        expect(await store.memberships.updateMember(suspended)).toBe(true)
        expect(await store.memberships.getMemberByIdHash(m.idHash)).toEqual(suspended)
        const again = make.member({ idHash: m.idHash, holderKey: m.holderKey })
        expect(await store.memberships.createMember(again)).toBe(false)
        const left = { ...suspended, status: 'left' as const, statusReason: null, version: 3 }
        expect(await store.memberships.updateMember(left)).toBe(true)
        expect(await store.memberships.getMemberByIdHash(m.idHash)).toBeNull()
        expect(await store.memberships.getMemberByHolder(m.holderKey)).toEqual(left)
        // The old number stays taken for life.
        expect(await store.memberships.createMember({ ...again, memberNo: m.memberNo })).toBe(false)
        expect(await store.memberships.createMember(again)).toBe(true)
        expect(await store.memberships.getMemberByIdHash(m.idHash)).toEqual(again)
        expect(await store.memberships.getMemberByHolder(m.holderKey)).toEqual(again)
        expect(await store.memberships.getMemberByNo(m.memberNo)).toEqual(left)
      })

      test('When a holder has only past memberships, then getMemberByHolder returns the most recent; a current one wins over newer past ones', async () => {
        const holderKey = make.uid('hk')
        const [old, recent] = [make.member({ holderKey, status: 'left' }), make.member({ holderKey, status: 'left' })]
        await seedMembers([recent, old])
        expect(await store.memberships.getMemberByHolder(holderKey)).toEqual(recent)
        const current = make.member({ holderKey, id: `${old.id}-0` }) // sorts between old and recent
        await seedMembers([current])
        expect(await store.memberships.getMemberByHolder(holderKey)).toEqual(current)
      })

      test('When two members for one person (or one number) are created at once, then exactly one is created', async () => {
        const idHash = make.uid('idh')
        const byPerson = Array.from({ length: 4 }, () => make.member({ idHash }))
        const people = await Promise.all(byPerson.map((m) => store.memberships.createMember(m)))
        expect(people.filter(Boolean)).toHaveLength(1)
        expect((await store.memberships.getMemberByIdHash(idHash))?.id).toBe(byPerson[people.indexOf(true)].id)
        const memberNo = make.uid('no')
        const byNumber = Array.from({ length: 4 }, () => make.member({ memberNo }))
        const numbers = await Promise.all(byNumber.map((m) => store.memberships.createMember(m)))
        expect(numbers.filter(Boolean)).toHaveLength(1)
        expect((await store.memberships.getMemberByNo(memberNo))?.id).toBe(byNumber[numbers.indexOf(true)].id)
      })

      test('When a member is updated from the stored version, then it is replaced whole; stale, skipped and racing writes lose', async () => {
        const m = make.member()
        await seedMembers([m])
        const moved: Member = {
          ...m,
          orgId: make.uid('org'),
          orgPath: '/city/town/new/',
          workplace: { ...m.workplace, enterpriseId: make.uid('ent'), enterpriseName: null, employerBlind: true },
          history: [...m.history, { at: '2026-05-01T09:00:00+08:00', type: 'transferred_in', fromOrgId: m.orgId, toOrgId: 'x', reason: null }],
          updatedAt: '2026-05-01T09:00:00+08:00',
          version: 2,
        }
        expect(await store.memberships.updateMember(moved)).toBe(true)
        expect(await store.memberships.getMember(m.id)).toEqual(moved)
        expect(await store.memberships.updateMember({ ...moved, statusReason: '旧版本' })).toBe(false)
        expect(await store.memberships.updateMember({ ...moved, statusReason: '跳版本', version: 4 })).toBe(false)
        expect(await store.memberships.updateMember(make.member({ version: 2 }))).toBe(false)
        const suspend = { ...moved, status: 'suspended' as const, statusReason: 'A', version: 3 }
        const leave = { ...moved, status: 'left' as const, version: 3 }
        const results = await Promise.all([store.memberships.updateMember(suspend), store.memberships.updateMember(leave)])
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await store.memberships.getMember(m.id)).toEqual(results[0] ? suspend : leave)
      })

      test('When an org has members, then listMembers pages them by memberNo and leaves out other orgs', async () => {
        const orgId = make.uid('org')
        const base = make.uid('no')
        const mine = [3, 1, 4, 0, 2].map((n) => make.member({ orgId, memberNo: `${base}-${n}`, status: n === 4 ? 'left' : 'active' }))
        await seedMembers([make.member(), ...mine])
        const { sizes, items } = await collect((after) => store.memberships.listMembers(orgId, after, 2))
        expect(sizes).toEqual([2, 2, 1])
        expect(items).toEqual([...mine].sort((a, b) => cmp(a.memberNo, b.memberNo)))
        expect((await store.memberships.listMembers(orgId, undefined, 2)).next).toBe(`${base}-1`)
        // A transfer moves the member to the new org's list.
        const to = make.uid('org')
        expect(await store.memberships.updateMember({ ...mine[0], orgId: to, version: 2 })).toBe(true)
        expect(ids((await store.memberships.listMembers(to, undefined, 10)).items)).toEqual([mine[0].id])
        expect((await store.memberships.listMembers(orgId, undefined, 10)).items).toHaveLength(4)
      })
    })

    describe('joins and memberships: reservations, approveJoin (decision 0022)', () => {
      const memberOf = (a: Application, over: Partial<Member> = {}): Member =>
        make.member({ id: a.id, applicationId: a.id, idHash: a.idHash, holderKey: a.holderKey, orgId: a.assignedOrgId, ...over })
      const approvedOf = (a: Application): Application => ({ ...a, status: 'approved', escalateAt: null, decidedAt: '2026-03-12T09:00:00+08:00', version: a.version + 1 })

      test('When the account holds a current membership, then its join is HOLDER_MEMBER, flagged or not; a transfer is not refused for it', async () => {
        const m = make.member()
        await seedMembers([m])
        for (const identityConflict of [false, true]) {
          expect(await store.memberships.createApplication(make.application({ holderKey: m.holderKey, identityConflict }))).toEqual({ ok: false, reason: 'HOLDER_MEMBER' })
        }
        const transfer = make.application({ kind: 'transfer', holderKey: m.holderKey, idHash: m.idHash, memberId: m.id })
        expect(await store.memberships.createApplication(transfer)).toEqual({ ok: true })
        // The refusal order: the request first, then the account's membership before its pending application.
        expect(await store.memberships.createApplication(make.application({ holderKey: m.holderKey }))).toEqual({ ok: false, reason: 'HOLDER_MEMBER' })
      })

      test('When the person is another account’s current member, then a join is ALREADY_MEMBER; flagged it lands; after the member leaves a join lands', async () => {
        const m = make.member()
        await seedMembers([m])
        expect(await store.memberships.createApplication(make.application({ idHash: m.idHash }))).toEqual({ ok: false, reason: 'ALREADY_MEMBER' })
        const flagged = make.application({ idHash: m.idHash, identityConflict: true })
        expect(await store.memberships.createApplication(flagged)).toEqual({ ok: true })
        expect(await store.memberships.updateMember({ ...m, status: 'left', version: 2 })).toBe(true)
        expect(await store.memberships.createApplication(make.application({ idHash: m.idHash }))).toEqual({ ok: true })
      })

      test('When a join is pending, then it reserves its person and account: createMember of another record for either is false until it is decided', async () => {
        const a = make.application()
        await seed([a])
        expect(await store.memberships.createMember(make.member({ idHash: a.idHash }))).toBe(false)
        expect(await store.memberships.createMember(make.member({ holderKey: a.holderKey }))).toBe(false)
        expect(await store.memberships.getMemberByIdHash(a.idHash)).toBeNull()
        expect(await store.memberships.updateApplication({ ...a, status: 'rejected', rejectReason: 'OTHER', rejectNote: '测试', escalateAt: null, version: 2 })).toBe(true)
        expect(await store.memberships.createMember(make.member({ idHash: a.idHash, holderKey: a.holderKey }))).toBe(true)
      })

      test('When a join is approved, then application and member are written together and every look-up finds the member', async () => {
        const a = make.application()
        await seed([a])
        const m = memberOf(a)
        expect(await store.memberships.approveJoin(approvedOf(a), m)).toEqual({ ok: true, member: m })
        expect(await store.memberships.getApplication(a.id)).toEqual(approvedOf(a))
        expect(await store.memberships.getMember(a.id)).toEqual(m)
        expect(await store.memberships.getMemberByIdHash(a.idHash)).toEqual(m)
        expect(await store.memberships.getMemberByHolder(a.holderKey)).toEqual(m)
        expect(await store.memberships.getMemberByNo(m.memberNo)).toEqual(m)
        expect((await store.memberships.listMembers(a.assignedOrgId, undefined, 10)).items).toEqual([m])
        expect(await store.memberships.getPendingApplication(a.idHash)).toBeNull()
        // The person and the account are the member's now.
        expect(await store.memberships.createApplication(make.application({ idHash: a.idHash }))).toEqual({ ok: false, reason: 'ALREADY_MEMBER' })
        expect(await store.memberships.createApplication(make.application({ holderKey: a.holderKey }))).toEqual({ ok: false, reason: 'HOLDER_MEMBER' })
      })

      test('When getHolderMembership is asked, then it answers the account’s membership, its join’s ID-number consent and its pending application together', async () => {
        const a = make.application({ consents: { idNumber: { version: 'id-2026-09', at: '2026-03-09T08:00:00+08:00' }, shareWithUnion: { version: 'share-2026-11', at: '2026-03-09T08:00:00+08:00' } } })
        expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: null, idConsent: null, pending: null })
        await seed([a])
        // A pending join: no member yet.
        expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: null, idConsent: null, pending: a })
        const m = memberOf(a)
        expect((await store.memberships.approveJoin(approvedOf(a), m)).ok).toBe(true)
        expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: m, idConsent: a.consents.idNumber, pending: null })
        // The member's pending transfer comes with it; another account's pending application does not.
        const t = make.application({ kind: 'transfer', holderKey: a.holderKey, applicantKey: a.applicantKey, idHash: a.idHash, memberId: m.id, fromOrgId: m.orgId })
        await seed([t, make.application({ kind: 'transfer', idHash: make.uid('idh') })])
        expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: m, idConsent: a.consents.idNumber, pending: t })
        // Decided, it is no longer pending; a member who left is still answered (their most recent membership).
        expect(await store.memberships.updateApplication({ ...t, status: 'rejected', rejectReason: 'OTHER', rejectNote: '撤销', escalateAt: null, version: 2 })).toBe(true)
        const left: Member = { ...m, status: 'left', version: 2 }
        expect(await store.memberships.updateMember(left)).toBe(true)
        expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: left, idConsent: a.consents.idNumber, pending: null })
        // The account joins again outside a review (an import): the current membership wins; its consent is that of the
        // application it names, or none.
        const imported = make.member({ holderKey: a.holderKey, idHash: a.idHash, applicationId: t.id })
        await seedMembers([imported])
        expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: imported, idConsent: t.consents.idNumber, pending: null })
        const seeded = make.member()
        await seedMembers([seeded])
        expect(await store.memberships.getHolderMembership(seeded.holderKey)).toEqual({ member: seeded, idConsent: null, pending: null })
      })

      test('When approveJoin meets a stale version, a taken number, a flagged join’s real holder or an account’s card, then it writes nothing and says why', async () => {
        const a = make.application()
        await seed([a])
        expect(await store.memberships.approveJoin({ ...approvedOf(a), version: 3 }, memberOf(a))).toEqual({ ok: false, reason: 'CONFLICT' })
        const numbered = make.member()
        await seedMembers([numbered])
        expect(await store.memberships.approveJoin(approvedOf(a), memberOf(a, { memberNo: numbered.memberNo }))).toEqual({ ok: false, reason: 'NUMBER_TAKEN' })
        expect(await store.memberships.getMember(a.id)).toBeNull()
        expect(await store.memberships.getApplication(a.id)).toEqual(a)
        // A flagged join: refused while the real holder's pending application stands, then while their membership does.
        const flagged = make.application({ idHash: a.idHash, identityConflict: true })
        await seed([flagged])
        expect(await store.memberships.approveJoin(approvedOf(flagged), memberOf(flagged))).toEqual({ ok: false, reason: 'IDENTITY_TAKEN' })
        const real = memberOf(a)
        expect((await store.memberships.approveJoin(approvedOf(a), real)).ok).toBe(true)
        expect(await store.memberships.approveJoin(approvedOf(flagged), memberOf(flagged))).toEqual({ ok: false, reason: 'IDENTITY_TAKEN' })
        expect(await store.memberships.getApplication(flagged.id)).toEqual(flagged)
        // Once the real holder left, the flagged one may be approved.
        expect(await store.memberships.updateMember({ ...real, status: 'left', version: 2 })).toBe(true)
        expect((await store.memberships.approveJoin(approvedOf(flagged), memberOf(flagged))).ok).toBe(true)
      })

      test('When two officers approve one join at once (numbers apart), then exactly one member is made and the other is CONFLICT', async () => {
        const a = make.application()
        await seed([a])
        const [one, two] = [memberOf(a), memberOf(a)]
        const results = await Promise.all([store.memberships.approveJoin(approvedOf(a), one), store.memberships.approveJoin(approvedOf(a), two)])
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'CONFLICT' })
        const won = results[0].ok ? one : two
        expect(await store.memberships.getMember(a.id)).toEqual(won)
        expect(await store.memberships.getMemberByNo((won === one ? two : one).memberNo)).toBeNull()
      })

      test('When a join and another account’s flagged join of one person are approved at once, then exactly one becomes the member', async () => {
        const a = make.application()
        const flagged = make.application({ idHash: a.idHash, identityConflict: true })
        await seed([a, flagged])
        // The first application is rejected, a second one of the person arrives; both it and the flagged one are approved.
        expect(await store.memberships.updateApplication({ ...a, status: 'rejected', rejectReason: 'OTHER', rejectNote: '测试', escalateAt: null, version: 2 })).toBe(true)
        const b = make.application({ idHash: a.idHash })
        await seed([b])
        const results = await Promise.all([
          store.memberships.approveJoin(approvedOf(b), memberOf(b)),
          store.memberships.approveJoin(approvedOf(flagged), memberOf(flagged)),
        ])
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect((await store.memberships.getMemberByIdHash(a.idHash))?.id).toBe(results[0].ok ? b.id : flagged.id)
      })

      test('When two accounts apply with one ID number at once, then exactly one holds it and the other is refused (and may file flagged)', async () => {
        const idHash = make.uid('idh')
        const racers = [make.application({ idHash }), make.application({ idHash })]
        const results = await Promise.all(racers.map((a) => store.memberships.createApplication(a)))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
        const loser = racers[results.findIndex((r) => !r.ok)]
        expect(await store.memberships.createApplication({ ...loser, identityConflict: true })).toEqual({ ok: true })
        expect((await store.memberships.getPendingApplication(idHash))?.id).toBe(racers[results.findIndex((r) => r.ok)].id)
      })
    })

    describe('member sequence', () => {
      test('When 20 callers ask at once, then each gets its own value and together they are consecutive', async () => {
        const values = await Promise.all(Array.from({ length: 20 }, () => store.memberships.nextMemberSeq()))
        const sorted = [...values].sort((a, b) => a - b)
        expect(new Set(values).size).toBe(20)
        expect(sorted[0]).toBeGreaterThanOrEqual(1)
        expect(sorted).toEqual(Array.from({ length: 20 }, (_, i) => sorted[0] + i))
        expect(await store.memberships.nextMemberSeq()).toBe(sorted[19] + 1)
      })
    })
  })
}
