/**
 * The 24-hour clock in the hourly sweep: a town that lets answer-by pass loses the consultation to the city with a
 * fresh 24 hours (the miss charged to the town); the city's miss marks it supervised, and it stays. Statistics.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { ANSWER, TUE, addOfficer, ask, data, hoursAfter, inboxOf, newWorker } from './helpers'

let h: Harness
let sxLawyer: string
beforeAll(async () => {
  h = await openHarness()
  sxLawyer = await addOfficer(h, 'sx', 'lawyer')
})
afterAll(() => h.close())

const sweep = async (now: Date) => data(h, await h.call('escalate', timer, { action: 'sweep' }, now))

it('When nobody answers in 24 hours, then town → city (fresh 24 h) → supervised, each once, with history and inbox entries', async () => {
  const w = newWorker()
  const c = await ask(h, w)
  data(h, await h.as(sxLawyer)('legal', 'claim', { id: c.id }, TUE))

  // Not yet due: nothing moves.
  expect((await sweep(hoursAfter(TUE, 23))).consultations).toMatchObject({ escalated: 0, supervised: 0 })

  const first = await sweep(hoursAfter(TUE, 24.5))
  expect(first.consultations.escalated).toBeGreaterThanOrEqual(1)
  let stored = (await h.deps.store.legal.getConsultation(c.id))!
  expect(stored).toMatchObject({
    assignedOrgId: 'yw', routeReason: 'CITY_CENTRE', status: 'waiting', claimedBy: null, supervised: false,
    missedOrgIds: ['sx'], answerBy: '2026-03-12T10:30:00+08:00',
  })
  expect(stored.history.map((e) => e.type)).toEqual(['asked', 'claimed', 'escalated'])
  // The town's lawyer has lost it; the city's lawyers have it.
  expect((await h.as(sxLawyer)('legal', 'get', { id: c.id })).error.code).toBe('NOT_FOUND')
  expect(data(h, await h.as('o-lawyer-1')('legal', 'queue', { limit: 100 })).items.map((i: any) => i.id)).toContain(c.id)
  // The same run time again: nothing more happens.
  expect((await sweep(hoursAfter(TUE, 25))).consultations).toMatchObject({ escalated: 0, supervised: 0 })

  const second = await sweep(hoursAfter(TUE, 48.5))
  expect(second.consultations.supervised).toBeGreaterThanOrEqual(1)
  stored = (await h.deps.store.legal.getConsultation(c.id))!
  expect(stored).toMatchObject({ assignedOrgId: 'yw', supervised: true, escalateAt: null, missedOrgIds: ['sx', 'yw'] })
  expect(stored.history.map((e) => e.type)).toEqual(['asked', 'claimed', 'escalated', 'supervised'])
  await sweep(hoursAfter(TUE, 72))
  expect((await h.deps.store.legal.getConsultation(c.id))!.history).toHaveLength(4)

  const worker = (await inboxOf(h, w)).mine.filter((i) => i.caseId === c.id)
  expect(worker.map((i) => i.type)).toEqual(['legal.escalated'])
  const city = (await inboxOf(h, 'o-city-admin')).org!.filter((i) => i.caseId === c.id)
  expect(city.map((i) => i.type).sort()).toEqual(['legal.escalated', 'legal.supervised'])
  expect(JSON.stringify([worker, city])).not.toMatch(/两个月没有发工资/)

  // The worker still sees it, and a city lawyer's answer is the first answer.
  expect(data(h, await h.as(w)('legal', 'get', { id: c.id })).supervised).toBe(true)
  data(h, await h.as('o-lawyer-1')('legal', 'answer', { id: c.id, text: ANSWER }, hoursAfter(TUE, 73)))
})

it('When the statistics are read, then the town carries its miss and the city its supervision, as JSON and CSV', async () => {
  const onTime = await ask(h, newWorker())
  data(h, await h.as(sxLawyer)('legal', 'answer', { id: onTime.id, text: ANSWER }, hoursAfter(TUE, 1)))
  const city = data(h, await h.as('o-city-admin')('legal', 'stats', { from: '2026-03-10', to: '2026-03-10' }, hoursAfter(TUE, 80)))
  const sx = city.children.find((r: any) => r.org.id === 'sx').consultations
  expect(sx).toMatchObject({ consultations: 2, answered: 1, answeredWithin24h: 1, missed: 1, supervised: 0, medianMinutesToFirstAnswer: 60 })
  expect(city.org.consultations).toMatchObject({ consultations: 2, answered: 2, answeredWithin24h: 1, missed: 1, supervised: 1 })
  expect(city.children.map((r: any) => r.org.type)).toEqual(expect.arrayContaining(['town_federation']))
  expect(city.children.every((r: any) => r.org.type === 'town_federation')).toBe(true)

  const town = data(h, await h.as('o-town-sx-1')('legal', 'stats', { from: '2026-03-10', to: '2026-03-10' }, hoursAfter(TUE, 80)))
  expect(town.org.consultations).toMatchObject({ consultations: 2, missed: 1 })

  const csv = data(h, await h.as('o-city-admin')('legal', 'stats', { format: 'csv' }, hoursAfter(TUE, 80)))
  expect(csv.csv.startsWith('\uFEFF组织编号,组织名称')).toBe(true)
  expect(csv.csv).toContain('24小时内答复率')
  expect(csv.csv.split('\r\n')[1]).toMatch(/^yw,/)
  expect((await h.as(sxLawyer)('legal', 'stats', {})).error.code).toBe('FORBIDDEN')
})
