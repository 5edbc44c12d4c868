import { orgStats, rollUp, tally, type CaseFacts, type Counters } from '../../../cloudfunctions/_lib/domain/grievance/stats'
import { csvCell, statsCsv } from '../../../cloudfunctions/_lib/domain/grievance/csv'
import { fl, sx, sxE2, yw } from './directory'

/** [accepted on time, resolved, within 15 days, rating, reopened] */
type Row = [boolean, boolean, boolean, number | null, boolean]
const facts = (rows: Row[]): CaseFacts[] =>
  rows.map(([acceptedOnTime, resolved, resolvedWithin15Days, rating, reopened]) => ({ acceptedOnTime, resolved, resolvedWithin15Days, rating, reopened }))

// Hand-computed fixture: each org's own cases.
const own = {
  [sxE2.id]: tally(facts([
    [true, true, true, 5, false],
    [true, true, true, 4, false],
    [true, true, false, 2, true],
    [false, true, true, null, false],
    [true, false, false, null, false],
    [false, false, false, null, false],
  ])),
  [sx.id]: tally(facts([
    [true, true, true, 5, false],
    [true, true, true, 3, false],
    [false, true, false, 4, true],
  ])),
  [fl.id]: tally(facts([
    [true, true, true, 5, false],
    [true, false, false, null, false],
  ])),
  [yw.id]: tally(facts([[false, false, false, null, false]])),
}
const counters = (received: number, acceptedOnTime: number, resolved: number, resolvedWithin15Days: number, ratings: number, ratingSum: number, satisfied: number, reopened: number): Counters =>
  ({ received, acceptedOnTime, resolved, resolvedWithin15Days, ratings, ratingSum, satisfied, reopened })

const totals = rollUp([sxE2, sx, fl, yw].map((o) => ({ path: o.path, counters: own[o.id] })))

describe('statistics', () => {
  it('tallies one org', () => {
    expect(own[sxE2.id]).toEqual(counters(6, 4, 4, 3, 3, 11, 2, 1))
  })

  it('rolls each org up into all its ancestors', () => {
    expect(totals.get('sx-e2')).toEqual(counters(6, 4, 4, 3, 3, 11, 2, 1))
    expect(totals.get('sx')).toEqual(counters(9, 6, 7, 5, 6, 23, 4, 2))
    expect(totals.get('fl')).toEqual(counters(2, 2, 1, 1, 1, 5, 1, 0))
    expect(totals.get('yw')).toEqual(counters(12, 8, 8, 6, 7, 28, 5, 2))
    expect([...totals.keys()].sort()).toEqual(['fl', 'sx', 'sx-e2', 'yw'])
  })

  it('computes rates, each hidden (null) while its own denominator is below 5', () => {
    expect(orgStats(totals.get('yw')!)).toMatchObject({
      onTimeAcceptRate: 0.6667,
      closureRate: 0.6667,
      within15DaysRate: 0.75,
      meanRating: 4,
      satisfiedRate: 0.7143,
      reopenRate: 0.25,
    })
    expect(orgStats(totals.get('sx')!)).toMatchObject({ onTimeAcceptRate: 0.6667, closureRate: 0.7778, within15DaysRate: 0.7143, meanRating: 3.83, satisfiedRate: 0.6667, reopenRate: 0.2857 })
    // 6 received, but only 4 resolved and 3 rated.
    expect(orgStats(totals.get('sx-e2')!)).toMatchObject({ onTimeAcceptRate: 0.6667, closureRate: 0.6667, within15DaysRate: null, meanRating: null, satisfiedRate: null, reopenRate: null })
    const small = orgStats(totals.get('fl')!)
    expect([small.onTimeAcceptRate, small.closureRate, small.within15DaysRate, small.meanRating, small.satisfiedRate, small.reopenRate]).toEqual([null, null, null, null, null, null])
    expect(small.received).toBe(2)
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
      '\uFEFF组织编号,组织名称,组织类型,收到诉求,按时受理,按时受理率,办结,办结率,15天内办结,15天内办结率,评价数,平均评分,满意率(4分及以上),重新打开,重新打开率\r\n' +
        'yw,义乌市总工会,市总工会,12,8,66.7%,8,66.7%,6,75.0%,7,4.00,71.4%,2,25.0%\r\n' +
        'sx,"苏溪镇""示范"",总工会",镇(街道)总工会,9,6,66.7%,7,77.8%,5,71.4%,6,3.83,66.7%,2,28.6%\r\n' +
        `sx-e2,"'=HYPERLINK(""x"")",企业工会,6,4,66.7%,4,66.7%,3,,3,,,1,\r\n`,
    )
  })

  it('quotes line breaks and leaves plain cells alone', () => {
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell('+86')).toBe("'+86")
    expect(csvCell(12)).toBe('12')
    expect(csvCell(null)).toBe('')
  })
})
