/** Issue 11: legal routing, the consultation clock, the means test and the aid decide-by clock (pure). */
import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import { decideBy, isUrgent, meansTest, pauseClock, resumeClock, workdaysLeft } from '../../../cloudfunctions/_lib/domain/legal/aid'
import { answerBy, escalateConsultation } from '../../../cloudfunctions/_lib/domain/legal/consultation'
import { routeLegal } from '../../../cloudfunctions/_lib/domain/legal/routing'
import type { Org } from '../../../types/directory'
import type { Consultation } from '../../../cloudfunctions/_lib/store/legal-port'

const calendar = createWorkCalendar(officialCalendarData())
const at = (iso: string) => new Date(iso)
const org = (id: string, type: Org['type'], path: string): Org => ({ id, name: id, type, kind: null, parentId: null, path, townId: type === 'town_federation' ? id : null })
const city = org('yw', 'city_federation', '/yw/')
const town = org('sx', 'town_federation', '/yw/sx/')

describe('legal routing', () => {
  it.each([
    ['a town with a lawyer answers itself', town, true, 'sx', 'TOWN_LAWYERS'],
    ['a town without lawyers → the city centre', town, false, 'yw', 'CITY_CENTRE'],
    ['no town known → the city centre', null, false, 'yw', 'CITY_CENTRE'],
  ] as const)('%s', (_w, t, lawyer, to, reason) => {
    expect(routeLegal({ town: t, townHasLawyer: lawyer, root: city })).toMatchObject({ to: { id: to }, reason })
  })
  it('refuses to route to anything but a town federation (never an enterprise or joint union)', () => {
    expect(() => routeLegal({ town: org('eu-hx', 'enterprise_union', '/yw/sx/eu-hx/'), townHasLawyer: true, root: city })).toThrow()
  })
})

describe('consultation clock', () => {
  const base = (over: Partial<Consultation> = {}) => ({
    status: 'waiting', firstAnsweredAt: null, assignedOrgId: 'sx', assignedPath: '/yw/sx/', escalateAt: '2026-10-02T10:00:00+08:00',
    missedOrgIds: [], supervised: false, ...over,
  }) as Consultation
  it('is due 24 clock hours later, holidays included', () => {
    expect(answerBy(at('2026-10-01T10:00:00+08:00'))).toBe('2026-10-02T10:00:00+08:00')
  })
  it('When a town misses it, then the city gets it with a fresh 24 hours and the miss is charged to the town', () => {
    const out = escalateConsultation(base({ status: 'claimed', claimedBy: 'o-l' } as never), at('2026-10-02T10:30:00+08:00'), city)!
    expect(out.patch).toMatchObject({ assignedOrgId: 'yw', status: 'waiting', claimedBy: null, answerBy: '2026-10-03T10:30:00+08:00', missedOrgIds: ['sx'] })
    expect(out.event).toMatchObject({ type: 'escalated', fromOrgId: 'sx', toOrgId: 'yw' })
  })
  it('When the city misses it, then it is supervised and stays', () => {
    const out = escalateConsultation(base({ assignedOrgId: 'yw', assignedPath: '/yw/', missedOrgIds: ['sx'] }), at('2026-10-02T11:00:00+08:00'), city)!
    expect(out.patch).toEqual({ supervised: true, escalateAt: null, missedOrgIds: ['sx', 'yw'] })
  })
  it('When answered, or not yet late, then nothing happens', () => {
    expect(escalateConsultation(base({ firstAnsweredAt: '2026-10-01T12:00:00+08:00', status: 'answered' }), at('2026-10-03T00:00:00+08:00'), city)).toBeNull()
    expect(escalateConsultation(base(), at('2026-10-02T09:59:59+08:00'), city)).toBeNull()
  })
})

describe('means test (法律援助法 art. 42)', () => {
  const i = (over = {}) => ({ category: 'wage' as const, migrantWorker: false, hardship: false, householdIncomePerPerson: 3000, ...over })
  it.each([
    ['a migrant worker claiming wages is exempt', i({ migrantWorker: true, householdIncomePerPerson: 99999 }), 'exempt'],
    ['a migrant worker claiming injury compensation is exempt', i({ migrantWorker: true, category: 'injury', householdIncomePerPerson: 99999 }), 'exempt'],
    ['a migrant worker on a contract matter is tested', i({ migrantWorker: true, category: 'contract', householdIncomePerPerson: 99999 }), 'failed'],
    ['the hardship register exempts', i({ hardship: true, householdIncomePerPerson: 99999 }), 'exempt'],
    ['income at the threshold passes', i({ householdIncomePerPerson: 2490 }), 'passed'],
    ['income above it fails (still filed)', i({ householdIncomePerPerson: 2490.01 }), 'failed'],
  ] as const)('%s', (_w, input, out) => expect(meansTest(input as never, 2490)).toBe(out))
})

describe('aid decide-by across the 2026 National Day holiday', () => {
  it('When received on Tue 29 Sep, then 7 working days end on Wed 14 Oct (1–7 Oct off, Sat 10 Oct worked)', () => {
    expect(decideBy(at('2026-09-29T15:00:00+08:00'), false, calendar).at).toBe('2026-10-15T00:00:00+08:00')
  })
  it('When urgent on Wed 30 Sep, then the next working day is Thu 8 Oct', () => {
    expect(decideBy(at('2026-09-30T09:00:00+08:00'), true, calendar).at).toBe('2026-10-09T00:00:00+08:00')
    expect(isUrgent('2026-10-06', at('2026-09-30T09:00:00+08:00'))).toBe(true)
    expect(isUrgent('2026-10-07', at('2026-09-30T09:00:00+08:00'))).toBe(false)
    expect(isUrgent('2026-09-29', at('2026-09-30T09:00:00+08:00'))).toBe(false)
  })
  it('When material is requested on Wed 30 Sep and supplied on Mon 12 Oct, then the clock resumes with the 6 working days that were left', () => {
    const deadline = decideBy(at('2026-09-29T15:00:00+08:00'), false, calendar).at
    const paused = pauseClock(deadline, at('2026-09-30T10:00:00+08:00'), calendar)
    // Left after 30 Sep: 8, 9, 10 (make-up Sat), 12, 13, 14 Oct = 6 working days.
    expect(paused.pausedWorkdaysLeft).toBe(6)
    expect(paused.withdrawBy).toBe(calendar.endOfNthWorkdayAfter(at('2026-09-30T10:00:00+08:00'), 15).at)
    expect(resumeClock(6, at('2026-10-12T10:00:00+08:00'), calendar)).toBe('2026-10-21T00:00:00+08:00')
    expect(workdaysLeft(deadline, at('2026-10-14T10:00:00+08:00'), calendar)).toBe(1)
  })
})
