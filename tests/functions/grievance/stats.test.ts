/**
 * Statistics against a hand-computed fixture, on a harness of its own (so no other test's cases count).
 *
 * 苏溪镇总工会 (sx) holds eight employer-blind cases and 华鑫织造工会 (eu-hx, below sx-a1) two named ones,
 * all received Tue 03-10 10:00 (accept by 03-13 00:00); one more case sits at 佛堂镇 (ft), one at sx in April.
 *
 *   case  held  accepted            resolved             rated  other
 *   A     sx    03-10 (on time)     03-15 (in 15 days)   5      confirmed (closed)
 *   B     sx    03-10 (on time)     03-15 (in 15 days)   4
 *   C     sx    03-10 (on time)     03-15, reopened      2      reopened 03-16 → working again
 *   D     sx    03-13 09:00 (late)  03-30 (past 03-29)   -
 *   E     sx    -                   -                    -
 *   F     sx    03-10 (on time)     -                    -
 *   I     sx    03-10 (on time)     03-15 (in 15 days)   3
 *   J     sx    03-10 (on time)     03-15 (in 15 days)   4
 *   G     eu-hx 03-10 (on time)     03-15 (in 15 days)   5
 *   H     eu-hx -                   -                    -
 *   K     ft    03-10 (on time)     03-15 (in 15 days)   -
 *   L     sx    (created 04-20: outside March)
 *
 * Two named cases filed at eu-hx on Mon 03-02 (accept by 03-05 00:00) are left to run out, before any other
 * case exists (so the sweeps touch only them):
 *   M  eu-hx ─sweep 03-05─▶ sx-a1 (accept by 03-10 00:00) ─sweep 03-10─▶ sx; sx accepts 03-10 09:00 (on time);
 *      not resolved by 03-26 00:00 → supervised (督办) by the sweep of 03-26
 *   N  eu-hx ─sweep 03-05─▶ sx-a1; sx-a1 accepts 03-06 (on time), resolves 03-20 (in 15 days)
 *
 * sx own:    received 9 (… + M), on time 7, resolved 5 (A B D I J), in 15 days 4, ratings 5 (sum 18, ≥4: 3),
 *            reopened 1, supervised 1 (M)
 * sx-a1 own: received 1 (N), on time 1, resolved 1, in 15 days 1; escalated away 1 (M's second hop)
 * eu-hx:     received 2, on time 1, resolved 1, in 15 days 1, ratings 1 (sum 5, ≥4: 1); escalated away 2 (M, N)
 * sx-a1 total: received 3, on time 2, resolved 2, in 15 days 2, escalated away 3 → rate 3 / (3 + 3) = 0.5
 * The same misses show in sx-a1's and eu-hx's own views: the store lists the cases escalated away from a subtree
 * (M, N) beside those held in it, so an org sees its misses, not only its parents.
 * sx total (March): received 12, on time 9, resolved 7, in 15 days 6, ratings 6 (sum 23, ≥4: 4), reopened 1,
 *   supervised 1, escalated away 3
 *   → on-time 0.75, closure 7/12, in-15-days 6/7, mean 23/6 = 3.83, satisfied 4/6, reopen 1/7, escalated 3/15
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { at, data, file, newWorker } from './helpers'

let h: Harness
const ids: Record<string, string> = {}
const workers: Record<string, string> = {}
const TOWN = 'o-town-sx-1'
const EU = 'o-eu-hx-1'
const AREA = 'o-sx-a1-1'

async function act(openid: string, action: string, input: Record<string, unknown>, iso: string) {
  return data(h, await h.as(openid)('grievance', action, input, at(iso)))
}

const sweep = async (iso: string) => data(h, await h.call('escalate', timer, { action: 'sweep' }, at(iso)))

beforeAll(async () => {
  h = await openHarness()
  for (const k of 'MN') {
    workers[k] = newWorker()
    ids[k] = (await file(h, workers[k], {}, at('2026-03-02T10:00:00+08:00'))).id
  }
  await sweep('2026-03-05T00:30:00+08:00')
  await act(AREA, 'accept', { id: ids.N }, '2026-03-06T10:00:00+08:00')
  await sweep('2026-03-10T00:30:00+08:00')
  await act(TOWN, 'accept', { id: ids.M }, '2026-03-10T09:00:00+08:00')
  await act(AREA, 'resolve', { id: ids.N, outcome: 'resolved', summary: '已协调企业补发工资。' }, '2026-03-20T10:00:00+08:00')
  await sweep('2026-03-26T00:30:00+08:00')

  const received = at('2026-03-10T10:00:00+08:00')
  const plan: [string, Record<string, unknown>][] = [
    ...'ABCDEFIJ'.split('').map((k): [string, Record<string, unknown>] => [k, { privacy: 'employer_blind' }]),
    ['G', {}], ['H', {}],
    ['K', { enterpriseId: undefined, townId: 'ft', category: 'other' }],
  ]
  for (const [key, over] of plan) {
    workers[key] = newWorker()
    ids[key] = (await file(h, workers[key], over, received)).id
  }
  workers.L = newWorker()
  ids.L = (await file(h, workers.L, { privacy: 'employer_blind' }, at('2026-04-20T10:00:00+08:00'))).id

  for (const k of 'ABCFIJ') await act(TOWN, 'accept', { id: ids[k] }, '2026-03-10T11:00:00+08:00')
  await act(EU, 'accept', { id: ids.G }, '2026-03-10T11:00:00+08:00')
  await act('o-town-ft-1', 'accept', { id: ids.K }, '2026-03-10T11:00:00+08:00')
  await act(TOWN, 'accept', { id: ids.D }, '2026-03-13T09:00:00+08:00')

  const resolution = { outcome: 'resolved', summary: '已协调企业整改。' }
  for (const k of 'ABCIJ') await act(TOWN, 'resolve', { id: ids[k], ...resolution }, '2026-03-15T10:00:00+08:00')
  await act(EU, 'resolve', { id: ids.G, ...resolution }, '2026-03-15T10:00:00+08:00')
  await act('o-town-ft-1', 'resolve', { id: ids.K, ...resolution }, '2026-03-15T10:00:00+08:00')
  await act(TOWN, 'resolve', { id: ids.D, ...resolution }, '2026-03-30T10:00:00+08:00')

  for (const [k, score] of Object.entries({ A: 5, B: 4, C: 2, I: 3, J: 4, G: 5 }))
    await act(workers[k], 'rate', { id: ids[k], score }, '2026-03-15T12:00:00+08:00')
  await act(workers.A, 'confirm', { id: ids.A }, '2026-03-15T12:00:00+08:00')
  await act(workers.C, 'reopen', { id: ids.C, reason: '企业没有整改到位。' }, '2026-03-16T09:00:00+08:00')
})
afterAll(() => h.close())

const MARCH = { from: '2026-03-01', to: '2026-03-31' }

describe('statistics', () => {
  it('When the town asks for March, then its figures roll up everything below it and match the hand count', async () => {
    const out = await act(TOWN, 'stats', { orgId: 'sx', ...MARCH }, '2026-04-30T10:00:00+08:00')
    expect(out).toMatchObject({ orgId: 'sx', from: '2026-03-01', to: '2026-03-31', cases: 12, truncated: false })
    expect(out.org).toEqual({
      org: { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' },
      stats: {
        received: 12, acceptedOnTime: 9, resolved: 7, resolvedWithin15Days: 6, ratings: 6, ratingSum: 23, satisfied: 4, reopened: 1,
        supervised: 1, escalatedAway: 3,
        onTimeAcceptRate: 0.75, closureRate: 0.5833, within15DaysRate: 0.8571, meanRating: 3.83, satisfiedRate: 0.6667, reopenRate: 0.1429,
        escalatedAwayRate: 0.2,
      },
    })
    const child = (id: string) => out.children.find((r: any) => r.org.id === id)
    // Below 5 cases a rate is hidden; the escalation rate's denominator (3 held + 3 missed) reaches 5.
    expect(child('sx-a1').stats).toEqual({
      received: 3, acceptedOnTime: 2, resolved: 2, resolvedWithin15Days: 2, ratings: 1, ratingSum: 5, satisfied: 1, reopened: 0,
      supervised: 0, escalatedAway: 3,
      onTimeAcceptRate: null, closureRate: null, within15DaysRate: null, meanRating: null, satisfiedRate: null, reopenRate: null,
      escalatedAwayRate: 0.5,
    })
    expect(child('sx-a2').stats.received).toBe(0)
    expect(out.children.map((r: any) => r.org.id)).toEqual(expect.arrayContaining(['sx-a1', 'sx-a2', 'ju-sx1', 'ju-sx2', 'eu-sx-002']))
    expect(out.children.map((r: any) => r.org.id)).not.toContain('eu-hx') // a grandchild: inside sx-a1's row
  })

  it('When the area committee asks for its own figures, then they show its misses and its enterprise union’s, though M sits above it now', async () => {
    const out = await act(AREA, 'stats', { orgId: 'sx-a1', ...MARCH }, '2026-04-30T10:00:00+08:00')
    // Held below sx-a1: G, H (eu-hx) and N (sx-a1). M climbed on to the town, yet both of its hops left this
    // subtree: the same figures the town's view gives sx-a1's row. Received and supervised stay "held here".
    expect(out).toMatchObject({ orgId: 'sx-a1', cases: 4, truncated: false })
    expect(out.org.stats).toMatchObject({ received: 3, acceptedOnTime: 2, resolved: 2, supervised: 0, escalatedAway: 3, escalatedAwayRate: 0.5 })
    const eu = out.children.find((r: any) => r.org.id === 'eu-hx')
    expect(eu.stats).toMatchObject({ received: 2, escalatedAway: 2, escalatedAwayRate: null }) // 2 + 2 < 5: hidden
  })

  it('When the enterprise union asks for its own figures, then both cases it let run out count against it', async () => {
    const out = await act(EU, 'stats', { orgId: 'eu-hx', ...MARCH }, '2026-04-30T10:00:00+08:00')
    expect(out).toMatchObject({ orgId: 'eu-hx', cases: 4, truncated: false, children: [] })
    expect(out.org.stats).toMatchObject({ received: 2, acceptedOnTime: 1, resolved: 1, supervised: 0, escalatedAway: 2 })
  })

  it('When no window is given, then every case counts, including April’s', async () => {
    const out = await act(TOWN, 'stats', { orgId: 'sx' }, '2026-04-30T10:00:00+08:00')
    expect(out.org.stats).toMatchObject({ received: 13, acceptedOnTime: 9, onTimeAcceptRate: 0.6923, closureRate: 0.5385, escalatedAway: 3 })
  })

  it('When the window starts after the escalated cases were created, then their misses do not count', async () => {
    const out = await act(TOWN, 'stats', { orgId: 'sx', from: '2026-03-03', to: '2026-03-31' }, '2026-04-30T10:00:00+08:00')
    expect(out.org.stats).toMatchObject({ received: 10, escalatedAway: 0, supervised: 0 })
  })

  it('When the city asks, then each town is a row of its own', async () => {
    const out = await act('o-city-admin', 'stats', { orgId: 'yw', ...MARCH }, '2026-04-30T10:00:00+08:00')
    expect(out.org.stats).toMatchObject({ received: 13, acceptedOnTime: 10, resolved: 8, resolvedWithin15Days: 7, ratings: 6, escalatedAway: 3, supervised: 1 })
    const ft = out.children.find((r: any) => r.org.id === 'ft')
    expect(ft.stats).toMatchObject({ received: 1, resolved: 1, closureRate: null })
  })

  it('When the town exports CSV, then Excel gets a BOM, CRLF rows and the same figures as percentages', async () => {
    const out = await act(TOWN, 'stats', { orgId: 'sx', ...MARCH, format: 'csv' }, '2026-04-30T10:00:00+08:00')
    expect(out.format).toBe('csv')
    expect(out.filename).toMatch(/\.csv$/)
    const lines = out.csv.split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFF组织编号,组织名称,组织类型,收到诉求,按时受理,按时受理率,办结,办结率,15天内办结,15天内办结率,评价数,平均评分,满意率(4分及以上),重新打开,重新打开率,督办(超时未办结),超时未受理被升级,超时未受理被升级率',
    )
    expect(lines[1]).toBe('sx,苏溪镇总工会,镇(街道)总工会,12,9,75.0%,7,58.3%,6,85.7%,6,3.83,66.7%,1,14.3%,1,3,20.0%')
    expect(lines).toContain('sx-a1,苏溪镇第一片区工委,片区工委,3,2,,2,,2,,1,,,0,,0,3,50.0%')
    expect(lines.at(-1)).toBe('')
  })

  it('When an officer asks about an org outside their scope, then FORBIDDEN', async () => {
    expect((await h.as('o-sx-a1-1')('grievance', 'stats', { orgId: 'sx' })).error.code).toBe('FORBIDDEN')
    expect((await h.as('o-town-ft-1')('grievance', 'stats', { orgId: 'sx-a1' })).error.code).toBe('FORBIDDEN')
    expect((await h.as(workers.A)('grievance', 'stats', { orgId: 'sx' })).error.code).toBe('FORBIDDEN')
  })
})
