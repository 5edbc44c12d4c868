/**
 * dashboard.get through the real entry on seeded data: the figures are the capability statistics' own (the same
 * cases, consultations and applications counted the same way), rolled up over the asker's subtree, and an officer
 * sees only their own subtree. The refresh (the hourly timer) is run explicitly.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { at, data, file, newWorker } from '../grievance/helpers'
import { apply } from '../membership/helpers'
import { ask } from '../legal/helpers'

let h: Harness
const TOWN = 'o-town-sx-1'
const EU = 'o-eu-hx-1'
const CITY = 'o-city-admin'
const NOW = at('2026-03-12T10:00:00+08:00')

const get = async (openid: string, input: Record<string, unknown> = {}) => h.as(openid)('dashboard', 'get', input, NOW)
const refresh = async () => data(h, await h.call('dashboard', timer, { action: 'refresh' }, NOW))

beforeAll(async () => {
  h = await openHarness()
  // Two named cases at 华鑫 (eu-hx, below sx), three employer-blind at 苏溪 (sx), one at 佛堂 (ft); one accepted.
  const filed = []
  for (const over of [{}, {}, { privacy: 'employer_blind' }, { privacy: 'employer_blind' }, { privacy: 'employer_blind' }, { enterpriseId: undefined, townId: 'ft', category: 'other' }])
    filed.push(await file(h, newWorker(), over, at('2026-03-10T10:00:00+08:00')))
  data(h, await h.as(EU)('grievance', 'accept', { id: filed[0].id }, at('2026-03-10T11:00:00+08:00')))
  await apply(h, newWorker(), { enterpriseId: 'e-sx-007' }, at('2026-03-10T10:00:00+08:00'))
  await ask(h, newWorker(), { requestId: uid('req') }, at('2026-03-10T10:00:00+08:00'))
  await refresh()
}, 60_000)
afterAll(() => h.close())

test('When a town officer opens the dashboard, then the grievance figures are grievance.stats for the town over the same months', async () => {
  const view = data(h, await get(TOWN))
  const stats = data(h, await h.as(TOWN)('grievance', 'stats', { orgId: 'sx', from: '2025-04-01' }, NOW))
  expect(view.org.id).toBe('sx')
  expect(view.computedAt).toBe('2026-03-12T10:00:00+08:00')
  expect(view.rollup.grievances.received).toBe(stats.org.stats.received)
  expect(view.rollup.grievances.received).toBe(5)
  expect(view.rollup.grievances.onTimeAcceptRate).toBe(stats.org.stats.onTimeAcceptRate)
  expect(view.rollup.grievances.open).toEqual({ pending: 4, accepted: 1, awaiting_info: 0 })
  expect(view.rollup.months).toHaveLength(12)
  expect(view.rollup.months[11]).toMatchObject({ month: '2026-03', grievancesReceived: 5 })
  expect(view.rollup.months[0].month).toBe('2025-04')
})

test('When the town looks, then the pending application is the one in the queue; the consultation counts where legal.stats counts it', async () => {
  const view = data(h, await get(TOWN))
  const queue = data(h, await h.as(TOWN)('membership', 'queue', { status: 'pending' }, NOW))
  expect(view.rollup.memberships.pending).toBe(queue.items.length)
  expect(view.rollup.memberships.pending).toBe(1)
  // 苏溪 has no lawyer: the consultation is held by the city centre, so it counts at the city, not at the town.
  const city = data(h, await get(CITY))
  const legal = data(h, await h.as(CITY)('legal', 'stats', { from: '2025-04-01' }, NOW))
  expect(city.rollup.legal.consultations).toBe(legal.org.consultations.consultations)
  expect(city.rollup.legal.consultations).toBe(1)
  expect(view.rollup.legal.consultations).toBe(0)
})

test('When the city looks, then its figures roll up every town; an enterprise union sees only its own cases', async () => {
  expect(data(h, await get(CITY)).rollup.grievances.received).toBe(6)
  const eu = data(h, await get(EU))
  expect(eu.org.id).toBe('eu-hx')
  expect(eu.rollup.grievances.received).toBe(2)
  expect(eu.rollup.grievances.open).toEqual({ pending: 1, accepted: 1, awaiting_info: 0 })
  expect(eu.rollup.memberships.pending).toBe(0)
})

test('When an officer asks for an org outside their subtree, then FORBIDDEN; a town may open an org below it', async () => {
  expect((await get(EU, { orgId: 'sx' })).error.code).toBe('FORBIDDEN')
  expect((await get(TOWN, { orgId: 'ft' })).error.code).toBe('FORBIDDEN')
  expect(data(h, await get(TOWN, { orgId: 'eu-hx' })).rollup.grievances.received).toBe(2)
  expect((await h.as(newWorker())('dashboard', 'get', {}, NOW)).error.code).toBe('FORBIDDEN')
})

test('When the refresh runs again with nothing changed, then it writes nothing; with no zero-report filed every enterprise is overdue', async () => {
  expect((await refresh()).written).toBe(0)
  const view = data(h, await get(TOWN))
  expect(view.arrears).toMatchObject({ month: '2026-02', filed: 0, arrears: 0, missing: 0 })
  expect(view.arrears.overdue).toBeGreaterThan(0)
  expect(view.organising).toBeNull()
  expect((await h.as(TOWN)('dashboard', 'refresh', {}, NOW)).error.code).toBe('FORBIDDEN')
})

test('When the organising list has entries, then the town and the city show its progress after the refresh', async () => {
  const entry = (creditCode: string, insured: number, covered: boolean) => ({
    creditCode, name: '测试企业', insured, month: null, townId: 'sx', areaId: null, enterpriseId: null, covered,
    coveredAt: covered ? '2026-02-01T10:00:00+08:00' : null, status: 'todo' as const, organiserOpenid: null, organiserName: null,
    nextContact: null, remindAt: null, notes: [], history: [], importId: 'imp-1', createdAt: '2026-01-05T10:00:00+08:00',
    updatedAt: '2026-01-05T10:00:00+08:00', version: 1,
  })
  await h.deps.store.organising.putEntries([entry(uid('cc'), 30, false), entry(uid('cc'), 90, true)])
  await refresh()
  expect(data(h, await get(TOWN)).organising).toEqual({ onList: 1, organisedThisYear: 1, coverageRate: 0.75 })
  expect(data(h, await get(CITY)).organising).toEqual({ onList: 1, organisedThisYear: 1, coverageRate: 0.75 })
  expect(data(h, await get(EU)).organising).toBeNull()
})

test('When an enterprise union files arrears, then after the refresh the town and the city count it as arrears board.ts does', async () => {
  const filed = data(h, await h.as(EU)('arrears', 'file', { enterpriseId: 'e-hx', month: '2026-02', arrears: { workers: 12, amount: 86000, since: '2026-01', cause: '资金周转困难' } }, NOW))
  expect(filed.caseId).toEqual(expect.any(String))
  await refresh()
  const board = data(h, await h.as(TOWN)('arrears', 'board', { month: '2026-02' }, NOW))
  const town = data(h, await get(TOWN)).arrears
  expect(town).toMatchObject({ month: '2026-02', arrears: 1, filed: board.totals.filed, overdue: board.totals.overdue, missing: board.totals.missing })
  expect(data(h, await get(CITY)).arrears.arrears).toBeGreaterThanOrEqual(1)
  expect(data(h, await get(EU)).arrears).toBeNull()
})
