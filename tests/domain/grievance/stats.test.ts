import { escalationsAway, orgStats, rollUp, tally, type CaseFacts, type Counters } from '../../../cloudfunctions/_lib/domain/grievance/stats'
import { csvCell, statsCsv } from '../../../cloudfunctions/_lib/domain/grievance/csv'
import { fl, flE1, sx, sxA1, sxA1E1, sxE2, yw } from './directory'

/** [accepted on time, resolved, within 15 days, rating, reopened, supervised] */
type Row = [boolean, boolean, boolean, number | null, boolean, boolean?]
const facts = (rows: Row[]): CaseFacts[] =>
  rows.map(([acceptedOnTime, resolved, resolvedWithin15Days, rating, reopened, supervised = false]) => ({ acceptedOnTime, resolved, resolvedWithin15Days, rating, reopened, supervised }))

// Hand-computed fixture: each org's own (held) cases.
const own = {
  [sxE2.id]: tally(facts([
    [true, true, true, 5, false],
    [true, true, true, 4, false],
    [true, true, false, 2, true],
    [false, true, true, null, false],
    [true, false, false, null, false, true],
    [false, false, false, null, false],
  ])),
  [sx.id]: tally(facts([
    [true, true, true, 5, false],
    [true, true, true, 3, false],
    [false, true, false, 4, true],
  ])),
  [fl.id]: tally(facts([
    [true, true, true, 5, false],
    [true, false, false, null, false, true],
  ])),
  [yw.id]: tally(facts([[false, false, false, null, false]])),
}

// The `missedPaths` of cases that escalated: one path per hop, the path the case left (decideSweep appends it).
const missedPaths = {
  climb: [sxA1E1.path, sxA1.path],
  missedTwice: [sxE2.path, sxE2.path], // left sx-e2, transferred back, left it again
  toTheRoot: [sx.path],
  otherTown: [flE1.path],
  // The migration's backfill puts a miss by an org gone from the directory at the root.
  goneOrg: [yw.path],
}

const counters = (received: number, acceptedOnTime: number, resolved: number, resolvedWithin15Days: number, ratings: number, ratingSum: number, satisfied: number, reopened: number, supervised = 0, escalatedAway = 0): Counters =>
  ({ received, acceptedOnTime, resolved, resolvedWithin15Days, ratings, ratingSum, satisfied, reopened, supervised, escalatedAway })
const onlyMisses = (n: number) => counters(0, 0, 0, 0, 0, 0, 0, 0, 0, n)

const totals = rollUp([
  ...[sxE2, sx, fl, yw].map((o) => ({ path: o.path, counters: own[o.id] })),
  ...escalationsAway(Object.values(missedPaths).flat()),
])

describe('statistics', () => {
  it('tallies one org', () => {
    expect(own[sxE2.id]).toEqual(counters(6, 4, 4, 3, 3, 11, 2, 1, 1))
  })

  it('puts each miss at the path it left, one per hop: the same path twice counts twice', () => {
    expect(escalationsAway([sxE2.path, yw.path, sxE2.path])).toEqual([
      { path: '/yw/sx/sx-e2/', counters: onlyMisses(2) },
      { path: '/yw/', counters: onlyMisses(1) },
    ])
    expect(escalationsAway([])).toEqual([])
  })

  it('rolls each org up into all its ancestors, misses included', () => {
    expect(totals.get('sx-e2')).toEqual(counters(6, 4, 4, 3, 3, 11, 2, 1, 1, 2))
    // Received stays "held now": sx-a1 and its enterprise union hold nothing, yet they missed.
    expect(totals.get('sx-a1-e1')).toEqual(onlyMisses(1))
    expect(totals.get('sx-a1')).toEqual(onlyMisses(2))
    expect(totals.get('sx')).toEqual(counters(9, 6, 7, 5, 6, 23, 4, 2, 1, 5))
    expect(totals.get('fl-e1')).toEqual(onlyMisses(1))
    expect(totals.get('fl')).toEqual(counters(2, 2, 1, 1, 1, 5, 1, 0, 1, 1))
    expect(totals.get('yw')).toEqual(counters(12, 8, 8, 6, 7, 28, 5, 2, 2, 7))
    expect([...totals.keys()].sort()).toEqual(['fl', 'fl-e1', 'sx', 'sx-a1', 'sx-a1-e1', 'sx-e2', 'yw'])
  })

  it('computes rates, each hidden (null) while its own denominator is below 5', () => {
    expect(orgStats(totals.get('yw')!)).toMatchObject({
      onTimeAcceptRate: 0.6667,
      closureRate: 0.6667,
      within15DaysRate: 0.75,
      meanRating: 4,
      satisfiedRate: 0.7143,
      reopenRate: 0.25,
      escalatedAwayRate: 0.3684, // 7 / (12 + 7)
    })
    expect(orgStats(totals.get('sx')!)).toMatchObject({ onTimeAcceptRate: 0.6667, closureRate: 0.7778, within15DaysRate: 0.7143, meanRating: 3.83, satisfiedRate: 0.6667, reopenRate: 0.2857, escalatedAwayRate: 0.3571 })
    // 6 received, but only 4 resolved and 3 rated; 6 + 2 misses is enough for the escalation rate.
    expect(orgStats(totals.get('sx-e2')!)).toMatchObject({ onTimeAcceptRate: 0.6667, closureRate: 0.6667, within15DaysRate: null, meanRating: null, satisfiedRate: null, reopenRate: null, escalatedAwayRate: 0.25 })
    const small = orgStats(totals.get('fl')!)
    expect([small.onTimeAcceptRate, small.closureRate, small.within15DaysRate, small.meanRating, small.satisfiedRate, small.reopenRate, small.escalatedAwayRate]).toEqual([null, null, null, null, null, null, null])
    expect(small.received).toBe(2)
    expect(orgStats(totals.get('sx-a1')!)).toMatchObject({ received: 0, escalatedAway: 2, escalatedAwayRate: null, onTimeAcceptRate: null })
  })
})

describe('CSV export', () => {
  it('writes a BOM, a Chinese header, CRLF rows, quoted and formula-safe cells, hidden rates empty', () => {
    const csv = statsCsv([
      { org: { id: 'yw', name: '义乌市总工会', type: 'city_federation' }, stats: orgStats(totals.get('yw')!) },
      { org: { id: 'sx', name: '苏溪镇"示范",总工会', type: 'town_federation' }, stats: orgStats(totals.get('sx')!) },
      { org: { id: 'sx-e2', name: '=HYPERLINK("x")', type: 'enterprise_union' }, stats: orgStats(totals.get('sx-e2')!) },
    ])
    expect(csv).toBe(
      '\uFEFF组织编号,组织名称,组织类型,收到诉求,按时受理,按时受理率,办结,办结率,15天内办结,15天内办结率,评价数,平均评分,满意率(4分及以上),重新打开,重新打开率,督办(超时未办结),超时未受理被升级,超时未受理被升级率\r\n' +
        'yw,义乌市总工会,市总工会,12,8,66.7%,8,66.7%,6,75.0%,7,4.00,71.4%,2,25.0%,2,7,36.8%\r\n' +
        'sx,"苏溪镇""示范"",总工会",镇(街道)总工会,9,6,66.7%,7,77.8%,5,71.4%,6,3.83,66.7%,2,28.6%,1,5,35.7%\r\n' +
        `sx-e2,"'=HYPERLINK(""x"")",企业工会,6,4,66.7%,4,66.7%,3,,3,,,1,,1,2,25.0%\r\n`,
    )
  })

  it('quotes line breaks and leaves plain cells alone', () => {
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell('+86')).toBe("'+86")
    expect(csvCell(12)).toBe('12')
    expect(csvCell(null)).toBe('')
  })
})
