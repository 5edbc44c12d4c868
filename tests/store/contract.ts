/**
 * The store contract: every port method, run against each adapter (SQLite here, CloudBase through
 * a fake of its HTTP API elsewhere). Only the port is used. Data is unique per test; nothing is
 * cleaned up between tests, so every assertion looks only at the test's own records.
 */
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { collect, ids } from './paging'
import { AppError } from '../../cloudfunctions/_lib/runtime/result'
import * as make from '../support/factories'

export type ContractOptions = {
  /** The adapter writes a batch all-or-nothing (SQLite: one transaction; CloudBase: one up to TX_DOCS records). */
  atomicBatch: boolean
}

type Opened = { store: Store; cleanup?: () => Promise<void> }
const noRecords = { orgs: [], enterprises: [], officers: [] }

/** Follows `next` to the end, returning each page's size and all items. */

const sorted = (values: string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

export function runStoreContract(label: string, open: () => Promise<Opened>, options: ContractOptions = { atomicBatch: false }) {
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

    describe('directory: orgs', () => {
      test('When an org is upserted, then getOrg returns it field for field', async () => {
        const t = make.town()
        const area = make.childOrg(t, { type: 'area_committee' })
        const joint = make.childOrg(t, { type: 'joint_union', kind: 'industry' })
        await store.directory.upsertBatch({ ...noRecords, orgs: [t, area, joint] })
        expect(await store.directory.getOrg(t.id)).toEqual(t)
        expect(await store.directory.getOrg(area.id)).toEqual(area)
        expect(await store.directory.getOrg(joint.id)).toEqual(joint)
      })

      test('When the id is unknown, then getOrg returns null', async () => {
        expect(await store.directory.getOrg(make.uid('missing'))).toBeNull()
      })

      test('When an org is upserted again with changes, then the stored org is replaced', async () => {
        const t = make.town()
        await store.directory.upsertBatch({ ...noRecords, orgs: [t] })
        const renamed = { ...t, name: '改名后的镇总工会' }
        await store.directory.upsertBatch({ ...noRecords, orgs: [renamed] })
        expect(await store.directory.getOrg(t.id)).toEqual(renamed)
      })

      test('When several ids are asked, then getOrgs returns the known ones and skips the unknown', async () => {
        const [a, b] = [make.town(), make.town()]
        await store.directory.upsertBatch({ ...noRecords, orgs: [a, b] })
        const found = await store.directory.getOrgs([b.id, make.uid('missing'), a.id])
        expect(sorted(ids(found))).toEqual(sorted([a.id, b.id]))
        expect(found.find((o) => o.id === a.id)).toEqual(a)
        expect(await store.directory.getOrgs([])).toEqual([])
      })

      test('When towns and other orgs exist, then listTowns returns only towns, ordered by id', async () => {
        const [t1, t2] = [make.town(), make.town()]
        const area = make.childOrg(t1, { type: 'area_committee' })
        await store.directory.upsertBatch({ ...noRecords, orgs: [t2, area, t1] })
        const towns = await store.directory.listTowns()
        expect(towns.every((o) => o.type === 'town_federation')).toBe(true)
        expect(ids(towns)).toEqual(sorted(ids(towns)))
        expect(ids(towns)).toEqual(expect.arrayContaining([t1.id, t2.id]))
        expect(ids(towns)).not.toContain(area.id)
      })

      test('When orgs sit in several branches, then listOrgsBelow returns only those strictly below, ordered by id', async () => {
        const t = make.town()
        // A sibling whose id starts with t's id: a prefix match without the trailing '/' would leak it.
        const lookalike = make.town({ id: `${t.id}x` })
        const areaA = make.childOrg(t, { type: 'area_committee' })
        const areaB = make.childOrg(t, { type: 'area_committee' })
        const unionA1 = make.childOrg(areaA)
        const joint = make.childOrg(t, { type: 'joint_union', kind: 'regional' })
        const elsewhere = make.childOrg(lookalike)
        await store.directory.upsertBatch({ ...noRecords, orgs: [joint, unionA1, areaB, lookalike, t, areaA, elsewhere] })

        const belowTown = await store.directory.listOrgsBelow(t.id, undefined, 100)
        expect(ids(belowTown.items)).toEqual(sorted([areaA.id, areaB.id, unionA1.id, joint.id]))
        expect(belowTown.next).toBeNull()
        expect((await store.directory.listOrgsBelow(areaA.id, undefined, 100)).items).toEqual([unionA1])
        expect((await store.directory.listOrgsBelow(unionA1.id, undefined, 100)).items).toEqual([])
      })

      test('When the org is unknown, then listOrgsBelow returns an empty last page', async () => {
        expect(await store.directory.listOrgsBelow(make.uid('missing'), undefined, 20)).toEqual({ items: [], next: null })
      })

      test('When 250 orgs lie below a town, then pages of 100 come back 100/100/50 without repeats', async () => {
        const t = make.town()
        const children = Array.from({ length: 250 }, () => make.childOrg(t))
        await store.directory.upsertBatch({ ...noRecords, orgs: [t, ...children.reverse()] })
        const { sizes, items } = await collect((after) => store.directory.listOrgsBelow(t.id, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(ids(items)).toEqual(sorted(ids(children)))
      })

      test('When a limit above 100 is asked, then at most 100 items come back', async () => {
        const t = make.town()
        const children = Array.from({ length: 101 }, () => make.childOrg(t))
        await store.directory.upsertBatch({ ...noRecords, orgs: [t, ...children] })
        const page = await store.directory.listOrgsBelow(t.id, undefined, 1000)
        expect(page.items).toHaveLength(100)
        expect(page.next).toBe(page.items[99].id)
      })
    })

    describe('directory: enterprises', () => {
      test('When an enterprise is upserted, then it is found by id and by credit code', async () => {
        const e = make.enterprise({ unionId: make.uid('org'), industry: '纺织', staff: 120 })
        await store.directory.upsertBatch({ ...noRecords, enterprises: [e] })
        expect(await store.directory.getEnterprise(e.id)).toEqual(e)
        expect(await store.directory.getEnterpriseByCreditCode(e.creditCode)).toEqual(e)
      })

      test('When nothing matches, then getEnterprise and getEnterpriseByCreditCode return null', async () => {
        expect(await store.directory.getEnterprise(make.uid('missing'))).toBeNull()
        expect(await store.directory.getEnterpriseByCreditCode(make.creditCode())).toBeNull()
      })

      test('When an enterprise is upserted again, then its fields and its searchable name are replaced', async () => {
        const [oldWord, newWord] = [make.uniqueHan(), make.uniqueHan()]
        const e = make.enterprise({ name: `义乌${oldWord}织造有限公司` })
        await store.directory.upsertBatch({ ...noRecords, enterprises: [e] })
        const changed = { ...e, name: `义乌${newWord}电子有限公司`, creditCode: make.creditCode(), jointUnionId: make.uid('org') }
        await store.directory.upsertBatch({ ...noRecords, enterprises: [changed] })
        expect(await store.directory.getEnterprise(e.id)).toEqual(changed)
        expect(await store.directory.getEnterpriseByCreditCode(e.creditCode)).toBeNull()
        expect((await store.directory.searchEnterprises(newWord, undefined, undefined, 20)).items).toEqual([changed])
        expect((await store.directory.searchEnterprises(oldWord, undefined, undefined, 20)).items).toEqual([])
      })

      test('When a name fragment is searched, then the enterprises containing it come back ordered by id', async () => {
        const word = make.uniqueHan()
        const hits = [
          make.enterprise({ name: `义乌${word}织造有限公司` }),
          make.enterprise({ name: `${word}饰品厂` }),
          make.enterprise({ name: `浙江${word}` }),
        ]
        const miss = make.enterprise({ name: `义乌${make.uniqueHan()}织造有限公司` })
        await store.directory.upsertBatch({ ...noRecords, enterprises: [hits[2], miss, hits[0], hits[1]] })
        const page = await store.directory.searchEnterprises(word, undefined, undefined, 20)
        expect(ids(page.items)).toEqual(sorted(ids(hits)))
        expect(page.next).toBeNull()
        // A two-character fragment (the shortest the edge accepts) works too.
        const short = await store.directory.searchEnterprises(word.slice(1, 3), undefined, undefined, 100)
        expect(ids(short.items)).toEqual(expect.arrayContaining(ids(hits)))
      })

      test('When Latin letters differ only in case, then the search still matches', async () => {
        const word = make.uniqueHan()
        const e = make.enterprise({ name: `义乌${word}ABC Trading有限公司` })
        await store.directory.upsertBatch({ ...noRecords, enterprises: [e] })
        expect(ids((await store.directory.searchEnterprises(`${word}abc trading`, undefined, undefined, 20)).items)).toEqual([e.id])
        expect(ids((await store.directory.searchEnterprises(`${word}AbC`, undefined, undefined, 20)).items)).toEqual([e.id])
      })

      test('When an 18-character credit code is searched, then exactly that enterprise comes back', async () => {
        const e = make.enterprise()
        await store.directory.upsertBatch({ ...noRecords, enterprises: [e, make.enterprise()] })
        expect((await store.directory.searchEnterprises(e.creditCode, undefined, undefined, 20)).items).toEqual([e])
        expect((await store.directory.searchEnterprises(make.creditCode(), undefined, undefined, 20)).items).toEqual([])
      })

      test('When a town is given, then only that town’s matching enterprises come back', async () => {
        const word = make.uniqueHan()
        const [townA, townB] = [make.uid('town'), make.uid('town')]
        const inA = [make.enterprise({ name: `${word}一厂`, townId: townA }), make.enterprise({ name: `${word}二厂`, townId: townA })]
        const inB = make.enterprise({ name: `${word}三厂`, townId: townB })
        await store.directory.upsertBatch({ ...noRecords, enterprises: [inB, ...inA] })
        expect(ids((await store.directory.searchEnterprises(word, townA, undefined, 20)).items)).toEqual(sorted(ids(inA)))
        expect(ids((await store.directory.searchEnterprises(word, townB, undefined, 20)).items)).toEqual([inB.id])
        expect((await store.directory.searchEnterprises(inB.creditCode, townA, undefined, 20)).items).toEqual([])
        expect((await store.directory.searchEnterprises(word, make.uid('town'), undefined, 20)).items).toEqual([])
      })

      test('When nothing contains the fragment, then the search returns an empty last page', async () => {
        await store.directory.upsertBatch({ ...noRecords, enterprises: [make.enterprise()] })
        expect(await store.directory.searchEnterprises(make.uniqueHan(), undefined, undefined, 20)).toEqual({ items: [], next: null })
      })

      test('When 250 enterprises match, then search pages come back 100/100/50 without repeats', async () => {
        const word = make.uniqueHan()
        const town = make.uid('town')
        const all = Array.from({ length: 250 }, (_, i) => make.enterprise({ name: `义乌${word}${i}号有限公司`, townId: town }))
        await store.directory.upsertBatch({ ...noRecords, enterprises: [...all].reverse() })
        const { sizes, items } = await collect((after) => store.directory.searchEnterprises(word, undefined, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(ids(items)).toEqual(sorted(ids(all)))
        const inTown = await collect((after) => store.directory.searchEnterprises(word, town, after, 100))
        expect(ids(inTown.items)).toEqual(sorted(ids(all)))
      })

      test('When a credit code is already held by another enterprise, then the batch fails naming the row', async () => {
        const holder = make.enterprise()
        await store.directory.upsertBatch({ ...noRecords, enterprises: [holder] })
        const fine = make.enterprise()
        const clash = make.enterprise({ creditCode: holder.creditCode })
        const error = await store.directory.upsertBatch({ ...noRecords, enterprises: [fine, clash] }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(AppError)
        const { failure } = error as AppError
        expect(failure.code).toBe('CONFLICT')
        expect(failure.message).toContain(holder.creditCode)
        expect(Object.keys(failure.fields ?? {})).toEqual(['enterprises.1.creditCode'])
        expect(await store.directory.getEnterprise(clash.id)).toBeNull()
        expect(await store.directory.getEnterpriseByCreditCode(holder.creditCode)).toEqual(holder)
      })

      test('When two rows of one batch share a credit code, then the batch fails naming the second row', async () => {
        const code = make.creditCode()
        const batch = [make.enterprise(), make.enterprise({ creditCode: code }), make.enterprise({ creditCode: code })]
        const error = await store.directory.upsertBatch({ ...noRecords, enterprises: batch }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(AppError)
        expect(Object.keys((error as AppError).failure.fields ?? {})).toEqual(['enterprises.2.creditCode'])
      })

      if (options.atomicBatch) {
        test('When any row of a batch fails, then nothing of the batch is written', async () => {
          const holder = make.enterprise()
          await store.directory.upsertBatch({ ...noRecords, enterprises: [holder] })
          const t = make.town()
          const earlier = make.enterprise({ townId: t.id })
          const renamedHolder = { ...holder, name: `义乌${make.uniqueHan()}有限公司` }
          const clash = make.enterprise({ creditCode: holder.creditCode })
          const o = make.officer({ orgId: t.id })
          await expect(
            store.directory.upsertBatch({ orgs: [t], enterprises: [earlier, renamedHolder, clash], officers: [o] }),
          ).rejects.toBeInstanceOf(AppError)
          expect(await store.directory.getOrg(t.id)).toBeNull()
          expect(await store.directory.getEnterprise(earlier.id)).toBeNull()
          expect(await store.directory.getEnterprise(holder.id)).toEqual(holder)
          expect(await store.officers.get(o.openid)).toBeNull()
          expect((await store.directory.searchEnterprises(renamedHolder.name, undefined, undefined, 20)).items).toEqual([])
        })
      }

      test('When a mixed batch is written, then progress ends at (total, total) and never goes back', async () => {
        const t = make.town()
        const batch = {
          orgs: [t, make.childOrg(t)],
          enterprises: [make.enterprise({ townId: t.id }), make.enterprise({ townId: t.id })],
          officers: [make.officer({ orgId: t.id })],
        }
        const calls: Array<[number, number]> = []
        await store.directory.upsertBatch(batch, (done, total) => calls.push([done, total]))
        expect(calls.length).toBeGreaterThan(0)
        expect(calls[calls.length - 1]).toEqual([5, 5])
        calls.forEach(([done], i) => expect(done).toBeGreaterThanOrEqual(i === 0 ? 0 : calls[i - 1][0]))
        expect(await store.officers.get(batch.officers[0].openid)).toEqual(batch.officers[0])
      })
    })

    describe('directory: batch reads (the import’s scope check)', () => {
      test('When enterprises are asked by ids, then the stored ones come back field for field, ordered by id', async () => {
        const [a, b] = [make.enterprise({ unionId: make.uid('org'), industry: '纺织' }), make.enterprise({ jointUnionId: make.uid('org') })]
        await store.directory.upsertBatch({ ...noRecords, enterprises: [b, a] })
        const found = await store.directory.getEnterprises([b.id, make.uid('missing'), a.id, b.id])
        expect(found).toEqual(sorted([a.id, b.id]).map((id) => [a, b].find((e) => e.id === id)))
        expect(await store.directory.getEnterprises([])).toEqual([])
      })

      test('When enterprises are asked by credit codes, then the current holders come back and released codes match nothing', async () => {
        const [a, b] = [make.enterprise(), make.enterprise()]
        await store.directory.upsertBatch({ ...noRecords, enterprises: [a, b] })
        const recoded = { ...a, creditCode: make.creditCode() }
        await store.directory.upsertBatch({ ...noRecords, enterprises: [recoded] })
        const found = await store.directory.getEnterprisesByCreditCodes([a.creditCode, b.creditCode, recoded.creditCode, make.creditCode()])
        expect(found).toEqual(sorted([a.id, b.id]).map((id) => [recoded, b].find((e) => e.id === id)))
        expect(await store.directory.getEnterprisesByCreditCodes([])).toEqual([])
      })

      test('When officers are asked by openids, then the bound ones come back ordered by openid', async () => {
        const [a, b] = [make.officer({ role: 'admin' }), make.officer({ role: 'lawyer' })]
        await store.directory.upsertBatch({ ...noRecords, officers: [b, a] })
        const found = await store.directory.getOfficers([make.uid('missing'), b.openid, a.openid])
        expect(found).toEqual(sorted([a.openid, b.openid]).map((openid) => [a, b].find((o) => o.openid === openid)))
        expect(await store.directory.getOfficers([])).toEqual([])
      })

      test('When more keys are asked than one query may return (1,000), then every stored record still comes back', async () => {
        const orgId = make.uid('org')
        const many = Array.from({ length: 1_001 }, () => make.officer({ orgId }))
        await store.directory.upsertBatch({ ...noRecords, officers: many })
        const found = await store.directory.getOfficers([...many.map((o) => o.openid), make.uid('missing')])
        expect(found.map((o) => o.openid)).toEqual(sorted(many.map((o) => o.openid)))
      })
    })

    describe('officers', () => {
      test('When an officer is put, then get returns it, and a second put replaces it', async () => {
        const o = make.officer()
        await store.officers.put(o)
        expect(await store.officers.get(o.openid)).toEqual(o)
        const promoted = { ...o, role: 'admin' as const, orgId: make.uid('org') }
        await store.officers.put(promoted)
        expect(await store.officers.get(o.openid)).toEqual(promoted)
        expect(await store.officers.get(make.uid('openid'))).toBeNull()
      })

      test('When 250 officers belong to an org, then listByOrg pages 100/100/50 by openid and leaves out other orgs', async () => {
        const orgId = make.uid('org')
        const mine = Array.from({ length: 250 }, () => make.officer({ orgId }))
        const other = make.officer()
        await store.directory.upsertBatch({ ...noRecords, officers: [other, ...[...mine].reverse()] })
        const { sizes, items } = await collect((after) => store.officers.listByOrg(orgId, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(items.map((o) => o.openid)).toEqual(sorted(mine.map((o) => o.openid)))
        expect(items[0]).toEqual(mine.find((o) => o.openid === items[0].openid))
      })

      test('When an officer moves to another org, then they leave the old org’s list', async () => {
        const o = make.officer()
        await store.officers.put(o)
        await store.officers.put({ ...o, orgId: make.uid('org') })
        expect((await store.officers.listByOrg(o.orgId, undefined, 20)).items).toEqual([])
      })
    })

    describe('invites', () => {
      test('When an invite is created, then get returns it and unknown codes return null', async () => {
        const i = make.invite({ role: 'lawyer' })
        await store.invites.create(i)
        expect(await store.invites.get(i.code)).toEqual(i)
        expect(await store.invites.get(make.uid('inv'))).toBeNull()
      })

      test('When an invite is redeemed twice, then the first wins and the second is refused', async () => {
        const i = make.invite()
        await store.invites.create(i)
        const [first, second] = [make.uid('openid'), make.uid('openid')]
        expect(await store.invites.markRedeemed(i.code, first, '2026-03-03T10:00:00+08:00')).toBe(true)
        expect(await store.invites.markRedeemed(i.code, second, '2026-03-03T10:05:00+08:00')).toBe(false)
        expect(await store.invites.get(i.code)).toEqual({ ...i, redeemedBy: first, redeemedAt: '2026-03-03T10:00:00+08:00' })
      })

      test('When two redeem at the same time, then exactly one succeeds', async () => {
        const i = make.invite()
        await store.invites.create(i)
        const results = await Promise.all([
          store.invites.markRedeemed(i.code, make.uid('openid'), '2026-03-03T10:00:00+08:00'),
          store.invites.markRedeemed(i.code, make.uid('openid'), '2026-03-03T10:00:00+08:00'),
        ])
        expect(results.filter(Boolean)).toHaveLength(1)
      })

      test('When the code does not exist, then markRedeemed returns false', async () => {
        expect(await store.invites.markRedeemed(make.uid('inv'), make.uid('openid'), '2026-03-03T10:00:00+08:00')).toBe(false)
      })
    })

    describe('audit', () => {
      test('When entries are appended, then listByRecord returns that record’s entries ordered by id', async () => {
        const recordId = make.uid('rec')
        const a = make.auditEntry({ recordType: 'grievance', recordId, detail: { status: 'open', count: 2, nested: { ok: true } } })
        const b = make.auditEntry({ recordType: 'grievance', recordId, actor: make.uid('openid'), action: 'grievance.assign' })
        const otherType = make.auditEntry({ recordType: 'member', recordId })
        const otherRecord = make.auditEntry({ recordType: 'grievance' })
        for (const e of [b, otherRecord, a, otherType]) await store.audit.append(e)
        const page = await store.audit.listByRecord('grievance', recordId, undefined, 20)
        expect(page).toEqual({ items: [a, b], next: null })
        expect(page.items[1]).not.toHaveProperty('detail')
      })

      test('When 250 entries concern one record, then listByRecord pages 100/100/50 without repeats', async () => {
        const recordId = make.uid('rec')
        const entries = Array.from({ length: 250 }, () => make.auditEntry({ recordId }))
        for (const e of [...entries].reverse()) await store.audit.append(e)
        const { sizes, items } = await collect((after) => store.audit.listByRecord('org', recordId, after, 100))
        expect(sizes).toEqual([100, 100, 50])
        expect(ids(items)).toEqual(sorted(ids(entries)))
      })

      test('When the port is inspected, then audit offers no way to change or delete an entry', () => {
        expect(Object.keys(store.audit).sort()).toEqual(['append', 'listByRecord'])
        expect(Object.keys(store.sideRecords)).toEqual(['write'])
      })

      test('When one action writes several entries together, then sideRecords.write stores each (and nothing for none)', async () => {
        const recordId = make.uid('rec')
        const entries = [make.auditEntry({ recordId }), make.auditEntry({ recordId, detail: { n: 1 } })]
        await store.sideRecords.write({ audit: entries, inbox: [], checkins: [] })
        await store.sideRecords.write({ audit: [], inbox: [], checkins: [] })
        expect((await store.audit.listByRecord('org', recordId, undefined, 10)).items).toEqual(entries)
      })
    })

    describe('calendar', () => {
      test('When years are put, then listYears returns them ordered by year', async () => {
        const earlier = make.calendarYear({ holidays: [], workdays: [] })
        const later = make.calendarYear()
        await store.calendar.putYear(later)
        await store.calendar.putYear(earlier)
        const years = await store.calendar.listYears()
        expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((x, y) => x - y))
        expect(years).toEqual(expect.arrayContaining([earlier, later]))
      })

      test('When a year is put again, then it is overwritten', async () => {
        const y = make.calendarYear()
        await store.calendar.putYear(y)
        const revised = { ...y, holidays: [...y.holidays, `${y.year}-10-01`], updatedAt: '2026-12-01T09:00:00+08:00' }
        await store.calendar.putYear(revised)
        const stored = (await store.calendar.listYears()).filter((x) => x.year === y.year)
        expect(stored).toEqual([revised])
      })
    })
  })
}
