import { openHarness, timer, type Harness } from '../../support/harness'
import { TUE, at, data, file, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const RESOLVED = at('2026-03-12T15:00:00+08:00')
const sweep = (now: Date) => h.call('escalate', timer, { action: 'sweep' }, now).then((out) => data(h, out))

/** A named report handled by the enterprise union 华鑫织造工会 and resolved on 03-12 15:00. */
async function resolvedAtEnterpriseUnion(worker: string, contact = { name: '郑一', phone: '13712345678' }) {
  const c = await file(h, worker, { category: 'wage_arrears', contact })
  expect(c.assignedOrgId).toBe('eu-hx')
  data(h, await h.as('o-eu-hx-1')('grievance', 'accept', { id: c.id }, TUE))
  data(h, await h.as('o-eu-hx-1')('grievance', 'resolve', { id: c.id, outcome: 'resolved', summary: '已补发工资。' }, RESOLVED))
  return c.id as string
}

const checkinsOf = async (worker: string, caseId: string) =>
  (await inboxOf(h, worker)).mine.filter((i) => i.type === 'grievance.checkin' && i.caseId === caseId)

describe('retaliation check-ins', () => {
  it('When 30 days have passed since resolution, then the worker is asked, and "yes" opens a linked case at the town federation', async () => {
    const worker = newWorker()
    const original = await resolvedAtEnterpriseUnion(worker)
    await sweep(at('2026-04-11T14:00:00+08:00'))
    expect(await checkinsOf(worker, original)).toEqual([])

    expect((await sweep(at('2026-04-11T15:30:00+08:00'))).checkins).toBeGreaterThanOrEqual(1)
    const [question] = await checkinsOf(worker, original)
    expect(question).toMatchObject({ read: false, title: expect.stringContaining('回访') })

    const now = at('2026-04-12T09:00:00+08:00')
    const out = data(h, await h.as(worker)('grievance', 'answerCheckin', { inboxId: question.id, answer: 'yes' }, now))
    expect(out).toMatchObject({ answer: 'yes', assignedOrgId: 'sx', routeReason: 'RETALIATION', acceptBy: '2026-04-15T00:00:00+08:00' })
    // Answering again (a double tap, a retry) gives the same case.
    expect(data(h, await h.as(worker)('grievance', 'answerCheckin', { inboxId: question.id, answer: 'yes' }, now)).caseId).toBe(out.caseId)

    const seen = data(h, await h.as(worker)('grievance', 'get', { id: out.caseId }))
    expect(seen).toMatchObject({ linkedCaseId: original, status: 'pending', role: 'reporter', category: 'other', routeReason: 'RETALIATION' })
    expect(seen.receipt).toMatch(/^\d{16}$/)
    const mine = data(h, await h.as(worker)('grievance', 'mine', {}))
    expect(mine.items.map((i: any) => i.id)).toEqual(expect.arrayContaining([original, out.caseId]))

    // The town sees the worker as they chose before (named); the enterprise union never sees the new case.
    const town = data(h, await h.as('o-town-sx-1')('grievance', 'get', { id: out.caseId }))
    expect(town.reporter).toMatchObject({ privacy: 'named', visible: true, name: '郑一' })
    expect((await h.as('o-eu-hx-1')('grievance', 'get', { id: out.caseId })).error.code).toBe('NOT_FOUND')
    expect((await inboxOf(h, 'o-town-sx-1')).org!.filter((i) => i.caseId === out.caseId).map((i) => i.type)).toEqual(['grievance.received'])
    expect((await checkinsOf(worker, original))[0].read).toBe(true)
  })

  it('When a case is reopened and resolved again, then each worker still gets one 30-day question, not two', async () => {
    const worker = newWorker()
    const original = await resolvedAtEnterpriseUnion(worker)
    data(h, await h.as(worker)('grievance', 'reopen', { id: original, reason: '工资只补了一半。' }, at('2026-03-13T09:00:00+08:00')))
    data(h, await h.as('o-eu-hx-1')('grievance', 'resolve', { id: original, outcome: 'resolved', summary: '已全部补发。' }, at('2026-03-14T10:00:00+08:00')))
    await sweep(at('2026-04-14T12:00:00+08:00'))
    expect(await checkinsOf(worker, original)).toHaveLength(1)
  })

  it('When the worker answers "no", then the question is marked read and no case is opened; the 90-day question still comes', async () => {
    const worker = newWorker()
    const original = await resolvedAtEnterpriseUnion(worker)
    await sweep(at('2026-04-11T16:00:00+08:00'))
    const [day30] = await checkinsOf(worker, original)
    expect(data(h, await h.as(worker)('grievance', 'answerCheckin', { inboxId: day30.id, answer: 'no' }))).toEqual({ answer: 'no', caseId: null })
    expect((await checkinsOf(worker, original))[0].read).toBe(true)
    expect(data(h, await h.as(worker)('grievance', 'mine', {})).items.map((i: any) => i.id)).toEqual([original])

    await sweep(at('2026-06-10T16:00:00+08:00'))
    expect(await checkinsOf(worker, original)).toHaveLength(2)
  })

  it('When someone answers a check-in that is not theirs, or an entry that is not a check-in, then NOT_FOUND', async () => {
    const worker = newWorker()
    const original = await resolvedAtEnterpriseUnion(worker)
    await sweep(at('2026-04-11T16:00:00+08:00'))
    const [question] = await checkinsOf(worker, original)
    expect((await h.as(newWorker())('grievance', 'answerCheckin', { inboxId: question.id, answer: 'yes' })).error.code).toBe('NOT_FOUND')
    const submitted = (await inboxOf(h, worker)).mine.find((i) => i.type === 'grievance.submitted')
    expect((await h.as(worker)('grievance', 'answerCheckin', { inboxId: submitted.id, answer: 'yes' })).error.code).toBe('NOT_FOUND')
    expect((await h.as(worker)('grievance', 'answerCheckin', { inboxId: submitted.id, answer: 'no' })).error.code).toBe('NOT_FOUND')
    // Neither refusal touched an entry.
    expect((await checkinsOf(worker, original))[0].read).toBe(false)
    expect((await inboxOf(h, worker)).mine.find((i) => i.id === submitted.id).read).toBe(false)
  })

  it('When the linked case cannot be opened, then the question is given back unread, and answering again opens it', async () => {
    const worker = newWorker()
    const original = await resolvedAtEnterpriseUnion(worker)
    await sweep(at('2026-04-11T16:00:00+08:00'))
    const [question] = await checkinsOf(worker, original)
    const create = jest.spyOn(h.deps.store.grievances, 'create').mockRejectedValueOnce(new Error('network'))
    try {
      expect((await h.as(worker)('grievance', 'answerCheckin', { inboxId: question.id, answer: 'yes' })).error.code).toBe('INTERNAL')
    } finally {
      create.mockRestore()
    }
    expect((await checkinsOf(worker, original))[0].read).toBe(false)
    expect(data(h, await h.as(worker)('grievance', 'mine', {})).items.map((i: any) => i.id)).toEqual([original])

    const out = data(h, await h.as(worker)('grievance', 'answerCheckin', { inboxId: question.id, answer: 'yes' }))
    expect(out).toMatchObject({ answer: 'yes', routeReason: 'RETALIATION' })
    expect((await checkinsOf(worker, original))[0].read).toBe(true)
  })

  it('When an anonymous reporter says "yes", then the linked case stays anonymous at the town', async () => {
    const worker = newWorker()
    const c = await file(h, worker, { privacy: 'anonymous', contact: undefined, category: 'safety' })
    data(h, await h.as('o-town-sx-1')('grievance', 'accept', { id: c.id }, TUE))
    data(h, await h.as('o-town-sx-1')('grievance', 'resolve', { id: c.id, outcome: 'referred', summary: '已转劳动监察。' }, RESOLVED))
    await sweep(at('2026-04-11T16:00:00+08:00'))
    const [question] = await checkinsOf(worker, c.id)
    const out = data(h, await h.as(worker)('grievance', 'answerCheckin', { inboxId: question.id, answer: 'yes' }))
    const town = await h.as('o-town-sx-1')('grievance', 'get', { id: out.caseId })
    expect(town.data.reporter).toMatchObject({ privacy: 'anonymous', visible: false })
    expect(JSON.stringify(town)).not.toContain(worker)
  })
})
