/**
 * The legal store contract, legal aid, wage parameters and limitation reminders (run by legal-contract.ts inside
 * each adapter's suite). Aid lists: the queue of undecided applications (decideBy, id) with paused ones (decideBy
 * null, cursor key '~') last; an applicant's newest first; due (escalateAt, id); statistics (createdAt, id) in
 * [from, to). Reminders: added once per requestKey; due (dueDay, id) while unsent; sent once.
 */
import type { AidApplication, LegalStore } from '../../cloudfunctions/_lib/store/legal-port'
import * as make from '../support/factories'
import * as legal from '../support/legal-factories'
import { at, byKeyThenId, caught, newestFirst } from './legal-contract-helpers'
import { collect, ids } from './paging'

const decideKey = (a: AidApplication) => a.decideBy ?? '~'

export function runLegalAidContract(store: () => LegalStore) {
  async function seed(apps: AidApplication[]): Promise<void> {
    for (let i = 0; i < apps.length; i += 10) {
      const results = await Promise.all(apps.slice(i, i + 10).map((a) => store().createAid(a)))
      expect(results).toEqual(results.map(() => true))
    }
  }

  describe('legal aid', () => {
    test('When an application is created, then both look-ups return it; a retry is false; a taken id throws', async () => {
      const a = legal.aid({
        materials: [{ at: '2026-03-11T09:00:00+08:00', text: '请补充工资条', suppliedAt: null, supply: null, attachments: [] }],
        decision: null,
        urgent: true,
      })
      await seed([a])
      expect(await store().getAid(a.id)).toEqual(a)
      expect(await store().getAidByRequestKey(a.requestKey)).toEqual(a)
      expect(await store().createAid(legal.aid({ requestKey: a.requestKey }))).toBe(false)
      const clash = legal.aid({ id: a.id })
      expect(await caught(store().createAid(clash))).toMatchObject({ message: expect.stringMatching(/./) })
      expect(await store().getAidByRequestKey(clash.requestKey)).toBeNull()
      expect(await store().getAid(make.uid('aid'))).toBeNull()
      const requestKey = make.uid('areq')
      const racers = [0, 1, 2].map(() => legal.aid({ requestKey }))
      const results = await Promise.all(racers.map((r) => store().createAid(r)))
      expect(results.filter(Boolean)).toHaveLength(1)
    })

    test('When an application is decided from the stored version, then it is replaced whole; of two deciders one wins', async () => {
      const a = legal.aid()
      await seed([a])
      const granted: AidApplication = {
        ...a, status: 'granted', escalateAt: null, decidedAt: '2026-03-12T09:00:00+08:00', version: 2,
        decision: { decision: 'grant', reasonCode: null, lawyerOpenid: make.uid('openid'), form: ['arbitration'], note: '同意', at: '2026-03-12T09:00:00+08:00', by: make.uid('openid') },
      }
      const refused: AidApplication = {
        ...a, status: 'refused', escalateAt: null, version: 2,
        decision: { decision: 'refuse', reasonCode: 'NO_MERIT', lawyerOpenid: null, form: [], note: '不予援助', at: '2026-03-12T09:00:00+08:00', by: make.uid('openid') },
      }
      const results = await Promise.all([store().updateAid(granted), store().updateAid(refused)])
      expect(results.filter(Boolean)).toHaveLength(1)
      const winner = results[0] ? granted : refused
      expect(await store().getAid(a.id)).toEqual(winner)
      expect(await store().updateAid({ ...winner, version: 4 })).toBe(false)
      expect(await store().updateAid(legal.aid({ version: 2 }))).toBe(false)
    })

    test('When an org holds pending, paused and decided applications, then the queue lists the undecided by decideBy, paused last', async () => {
      const orgId = make.uid('town')
      const by = ['2026-03-20T00:00:00+08:00', '2026-03-19T00:00:00+08:00', '2026-03-19T00:00:00+08:00']
      const pending = Array.from({ length: 7 }, (_, i) => legal.aid({ assignedOrgId: orgId, decideBy: by[i % 3] }))
      const paused = [0, 1, 2].map(() => legal.aid({ assignedOrgId: orgId, status: 'awaiting_material', decideBy: null, pausedWorkdaysLeft: 3 }))
      const decided = (['granted', 'refused', 'withdrawn'] as const).map((status) => legal.aid({ assignedOrgId: orgId, status, escalateAt: null }))
      await seed([...decided, ...paused, ...pending, legal.aid({ decideBy: '2026-03-01T00:00:00+08:00' })])
      const { sizes, items } = await collect((after) => store().listAidQueue(orgId, after, 4))
      expect(sizes).toEqual([4, 4, 2])
      expect(ids(items)).toEqual(ids([...pending, ...paused].sort(byKeyThenId(decideKey))))
      expect(ids(items.slice(-3)).sort()).toEqual(ids(paused).sort())
      expect(items[7].decideBy).toBeNull()
      expect(ids((await store().listAidQueue(orgId, `~|${items[7].id}`, 4)).items)).toEqual(ids(items.slice(8)))
      const second = await store().listAidQueue(orgId, undefined, 8)
      expect(second.next).toBe(`~|${second.items[7].id}`)
    })

    test('When a worker applied several times, then their applications page newest first', async () => {
      const applicantKey = make.uid('apl')
      const times = ['2026-03-10T10:00:00+08:00', '2026-03-12T10:00:00+08:00']
      const mine = Array.from({ length: 5 }, (_, i) => legal.aid({ applicantKey, createdAt: times[i % 2] }))
      await seed([legal.aid(), ...mine])
      const { sizes, items } = await collect((after) => store().listAidByApplicant(applicantKey, after, 2))
      expect(sizes).toEqual([2, 2, 1])
      expect(ids(items)).toEqual(ids([...mine].sort(newestFirst((a) => a.createdAt))))
    })

    test('When decide-by and withdraw-by keys fall before and after now, then the sweep lists due undecided ones in (escalateAt, id) order', async () => {
      const day = make.uniqueDay()
      const due = [
        legal.aid({ escalateAt: at(day, 9) }),
        legal.aid({ escalateAt: at(day, 9), status: 'awaiting_material', decideBy: null }),
        legal.aid({ escalateAt: at(day, 3) }),
        legal.aid({ escalateAt: at(day, 12) }),
      ]
      const notDue = [
        legal.aid({ escalateAt: at(day, 12, 1) }),
        legal.aid({ status: 'granted', escalateAt: at(day, 5) }), // decided with a key left set: not swept
        legal.aid({ status: 'withdrawn', escalateAt: null }),
      ]
      await seed([...notDue, ...due])
      const { sizes, items } = await collect((after) => store().listAidDue(at(day, 12), after ?? `${at(day, 0)}|`, 3))
      expect(sizes).toEqual([3, 1])
      expect(ids(items)).toEqual(ids([...due].sort(byKeyThenId((a) => a.escalateAt!))))
    })

    test('When statistics are listed, then the window holds the subtree’s applications in (createdAt, id) order', async () => {
      const path = `/${make.uid('city')}/${make.uid('town')}/`
      const mine = ['2026-03-01T00:00:00+08:00', '2026-03-09T00:00:00+08:00', '2026-03-09T00:00:00+08:00'].map((createdAt) =>
        legal.aid({ assignedPath: path, createdAt }))
      await seed([...mine, legal.aid({ assignedPath: path, createdAt: '2026-04-01T00:00:00+08:00' }), legal.aid({ createdAt: '2026-03-09T00:00:00+08:00' })])
      const list = (after: string | undefined) => store().listAidForStats(path, '2026-03-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00', after, 2)
      const { sizes, items } = await collect(list)
      expect(sizes).toEqual([2, 1])
      expect(ids(items)).toEqual(ids([...mine].sort(byKeyThenId((a) => a.createdAt))))
    })
  })

  describe('wage parameters', () => {
    test('When a year is put twice, then get returns the last; another year is null', async () => {
      const p = legal.parameters({ demo: true })
      await store().putParameters(p)
      expect(await store().getParameters(p.year)).toEqual(p)
      const updated = { ...p, localAverageMonthlyWage: 9001.25, demo: false, updatedAt: '2026-02-01T10:00:00+08:00' }
      await store().putParameters(updated)
      expect(await store().getParameters(p.year)).toEqual(updated)
      expect(await store().getParameters(legal.parameters().year)).toBeNull()
    })
  })

  describe('limitation reminders', () => {
    test('When reminders are added again by a retry, then none is added twice; new request keys are added', async () => {
      const day = make.uniqueDay()
      const rs = [60, 30, 7].map((d) => legal.reminder({ dueDay: day, daysBefore: d }))
      await store().addReminders(rs)
      // The retry comes with fresh ids: only the requestKey tells it apart.
      await store().addReminders(rs.map((r) => ({ ...r, id: make.uid('rem') })))
      const extra = legal.reminder({ dueDay: day })
      await store().addReminders([{ ...rs[1], id: make.uid('rem') }, extra])
      await store().addReminders([])
      const { items } = await collect((after) => store().listRemindersDue(day, after ?? `${day}|`, 100))
      expect(items).toEqual([...rs, extra].sort(byKeyThenId((r) => r.dueDay)))
    })

    test('When reminders fall due on different days, then the due list has the unsent ones up to the day, in (dueDay, id) order', async () => {
      const [d1, d2, d3] = [make.uniqueDay(), make.uniqueDay(), make.uniqueDay()]
      const due = [legal.reminder({ dueDay: d2 }), legal.reminder({ dueDay: d1 }), legal.reminder({ dueDay: d2 }), legal.reminder({ dueDay: d1 })]
      const sent = legal.reminder({ dueDay: d1, sentAt: `${d1}T09:00:00+08:00` })
      await store().addReminders([...due, sent, legal.reminder({ dueDay: d3 })])
      const { sizes, items } = await collect((after) => store().listRemindersDue(d2, after ?? `${d1}|`, 3))
      expect(sizes).toEqual([3, 1])
      expect(ids(items)).toEqual(ids([...due].sort(byKeyThenId((r) => r.dueDay))))
      expect((await store().listRemindersDue(d2, `${d1}|`, 3)).next).toBe(`${items[2].dueDay}|${items[2].id}`)
    })

    test('When two senders mark one reminder at once, then exactly one succeeds and it leaves the due list', async () => {
      const day = make.uniqueDay()
      const r = legal.reminder({ dueDay: day })
      await store().addReminders([r])
      const results = await Promise.all([store().markReminderSent(r.id, `${day}T09:00:00+08:00`), store().markReminderSent(r.id, `${day}T09:00:01+08:00`)])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await store().markReminderSent(r.id, `${day}T10:00:00+08:00`)).toBe(false)
      expect(await store().markReminderSent(make.uid('rem'), `${day}T10:00:00+08:00`)).toBe(false)
      expect((await store().listRemindersDue(day, `${day}|`, 10)).items).toEqual([])
    })
  })
}
