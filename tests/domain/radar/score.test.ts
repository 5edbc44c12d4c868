/**
 * The radar's scoring (pure): every weight of RADAR_TABLE shows in a row of the table below, with the reason a
 * town officer reads. Protected cases count for federations only; reasons never carry more than counts.
 */
import { arrearsFactsOf, insuredFactOf } from '../../../cloudfunctions/_lib/domain/radar/arrears'
import { alertNotBeforeMs, alertsDue } from '../../../cloudfunctions/_lib/domain/radar/alerts'
import { insuredDropPercent, rankRadar, scoreEnterprise, type RadarViewer } from '../../../cloudfunctions/_lib/domain/radar/score'
import { mergeSignals, tallyGroups, windowStartMs, type CaseGroup, type EnterpriseSignals } from '../../../cloudfunctions/_lib/domain/radar/signals'
import { RADAR_TABLE } from '../../../cloudfunctions/_lib/domain/radar/table'

const g = (category: string, cases: number, more: Partial<CaseGroup> = {}): CaseGroup => ({
  enterpriseId: 'e1', category, collective: false, protected: false, cases, ...more,
})
const signals = (cases: CaseGroup[], more: Partial<EnterpriseSignals> = {}): EnterpriseSignals => ({
  ...(mergeSignals({ cases: tallyGroups(cases), names: new Map([['e1', '华鑫织造']]) })[0] ?? {
    enterpriseId: 'e1', name: '华鑫织造', cases: {}, arrearsReports: 0, overdueReports: 0, insured: null,
  }),
  ...more,
})

type Row = [label: string, s: EnterpriseSignals, viewer: RadarViewer, score: number, reasons: string[]]
const ROWS: Row[] = [
  ['nothing: zero, no reason', signals([]), 'federation', 0, []],
  ['one wage-arrears case: its weight (3)', signals([g('wage_arrears', 1)]), 'federation', 3, ['近90天欠薪诉求 1 件']],
  ['a collective case counts twice its weight', signals([g('wage_arrears', 2), g('wage_arrears', 1, { collective: true })]), 'federation', 12,
    ['近90天欠薪诉求 3 件（含集体 1 件）']],
  ['safety weighs as wage arrears; overtime and contract 1; social insurance and injury 2',
    signals([g('safety', 1), g('overtime', 1), g('contract', 1), g('social_insurance', 1), g('work_injury', 1)]), 'federation', 9,
    ['近90天劳动安全诉求 1 件', '近90天社保诉求 1 件', '近90天工伤诉求 1 件', '近90天加班/工时诉求 1 件', '近90天劳动合同诉求 1 件']],
  ['an unknown category counts as other (1)', signals([g('mystery', 2)]), 'federation', 2, ['近90天其他诉求 2 件']],
  ['protected cases count for a federation', signals([g('wage_arrears', 1), g('wage_arrears', 1, { protected: true, collective: true })]), 'federation', 9,
    ['近90天欠薪诉求 2 件（含集体 1 件）']],
  ['protected cases never count for a grassroots view', signals([g('wage_arrears', 1), g('safety', 4, { protected: true })]), 'grassroots', 3,
    ['近90天欠薪诉求 1 件']],
  ['arrears reports (4 each) and overdue zero-reports (1 each)', signals([], { arrearsReports: 2, overdueReports: 3 }), 'federation', 11,
    ['近90天零报告申报欠薪 2 次', '近90天零报告逾期未报 3 次']],
  ['a fall of exactly 20 % in insured staff: 3', signals([], { insured: { previous: 100, latest: 80 } }), 'federation', 3, ['参保人数下降 20%（100→80 人）']],
  ['a fall of 19 %: nothing', signals([], { insured: { previous: 100, latest: 81 } }), 'federation', 0, []],
  ['a rise: nothing', signals([], { insured: { previous: 80, latest: 100 } }), 'federation', 0, []],
  ['reasons: largest contribution first', signals([g('overtime', 1)], { arrearsReports: 1 }), 'federation', 5,
    ['近90天零报告申报欠薪 1 次', '近90天加班/工时诉求 1 件']],
]

describe('scoreEnterprise', () => {
  test.each(ROWS)('When %s, then the score and reasons are as the table says', (_label, s, viewer, score, reasons) => {
    const out = scoreEnterprise(s, viewer)
    expect(out.score).toBe(score)
    expect(out.reasons.map((r) => r.text)).toEqual(reasons)
    expect(out.reasons.reduce((n, r) => n + r.points, 0)).toBe(score)
    expect(out.overThreshold).toBe(score >= RADAR_TABLE.threshold)
  })

  test('When the score reaches the threshold exactly, then it is over the threshold; one point less is not', () => {
    const t = RADAR_TABLE.threshold
    expect(scoreEnterprise(signals([g('other', t)]), 'federation').overThreshold).toBe(true)
    expect(scoreEnterprise(signals([g('other', t - 1)]), 'federation').overThreshold).toBe(false)
  })

  test('When the insured count is unknown or the previous count is zero, then there is no drop', () => {
    expect(insuredDropPercent(null)).toBeNull()
    expect(insuredDropPercent({ previous: 0, latest: 0 })).toBeNull()
    expect(insuredDropPercent({ previous: 30, latest: 0 })).toBe(100)
  })
})

describe('mergeSignals and rankRadar', () => {
  test('When case groups, arrears and insured facts arrive, then each enterprise gets one row with all of them, ordered by id', () => {
    const rows = mergeSignals({
      cases: tallyGroups([g('wage_arrears', 2, { enterpriseId: 'e2' }), g('wage_arrears', 1, { enterpriseId: 'e2', collective: true, protected: true }), g('safety', 0, { enterpriseId: 'e9' })]),
      arrears: [{ enterpriseId: 'e1', arrearsReports: 1, overdueReports: 0 }, { enterpriseId: 'e8', arrearsReports: 0, overdueReports: 0 }],
      insured: [{ enterpriseId: 'e3', previous: 50, latest: 30 }],
      names: new Map([['e2', '二厂']]),
    })
    expect(rows.map((r) => r.enterpriseId)).toEqual(['e1', 'e2', 'e3'])
    expect(rows[1]).toEqual({
      enterpriseId: 'e2', name: '二厂', arrearsReports: 0, overdueReports: 0, insured: null,
      cases: { wage_arrears: { named: { cases: 2, collective: 0 }, protected: { cases: 1, collective: 1 } } },
    })
    expect(rows[0].name).toBe('e1')
  })

  test('When an enterprise comes in two entries or with an unknown category, then its tallies add up (unknown as other)', () => {
    const first = tallyGroups([g('safety', 2, { enterpriseId: 'e1' }), g('fishing', 1, { enterpriseId: 'e1', collective: true })])
    expect(first).toEqual([{ enterpriseId: 'e1', cases: {
      safety: { named: { cases: 2, collective: 0 }, protected: { cases: 0, collective: 0 } },
      other: { named: { cases: 1, collective: 1 }, protected: { cases: 0, collective: 0 } },
    } }])
    const rows = mergeSignals({ cases: [...first, ...tallyGroups([g('safety', 1, { enterpriseId: 'e1', protected: true, collective: true })])] })
    expect(rows).toEqual([{ enterpriseId: 'e1', name: 'e1', arrearsReports: 0, overdueReports: 0, insured: null, cases: {
      safety: { named: { cases: 2, collective: 0 }, protected: { cases: 1, collective: 1 } },
      other: { named: { cases: 1, collective: 1 }, protected: { cases: 0, collective: 0 } },
    } }])
  })

  test('When rows are ranked, then zero scores are left out and the highest comes first, ties by id', () => {
    const rows = mergeSignals({
      cases: tallyGroups([g('other', 1, { enterpriseId: 'b' }), g('other', 1, { enterpriseId: 'a' }), g('safety', 2, { enterpriseId: 'c' }), g('safety', 2, { enterpriseId: 'p', protected: true })]),
      insured: [{ enterpriseId: 'z', previous: 10, latest: 10 }],
    })
    expect(rankRadar(rows, 'federation').map((r) => [r.enterpriseId, r.score])).toEqual([['c', 6], ['p', 6], ['a', 1], ['b', 1]])
    expect(rankRadar(rows, 'grassroots').map((r) => r.enterpriseId)).toEqual(['c', 'a', 'b'])
  })
})

describe('alerts', () => {
  const now = Date.parse('2026-06-01T10:00:00+08:00')
  const iso = (ms: number) => new Date(ms).toISOString()
  const over = scoreEnterprise(signals([g('wage_arrears', 4)]), 'federation')
  const under = scoreEnterprise(signals([g('wage_arrears', 1)]), 'federation')

  test('When an enterprise is over the threshold and never alerted, then it is due; under it, never', () => {
    expect(alertsDue([over, under], {}, iso(alertNotBeforeMs(now)))).toEqual([over])
  })

  test('When its last alert is within 90 days, then it is not due; older than 90 days, it is due again', () => {
    const notBefore = iso(alertNotBeforeMs(now))
    expect(alertsDue([over], { e1: iso(now - 89 * 86_400_000) }, notBefore)).toEqual([])
    expect(alertsDue([over], { e1: iso(now - 91 * 86_400_000) }, notBefore)).toEqual([over])
  })

  test('When the window starts, then it is 90 days before now', () => {
    expect(windowStartMs(now, RADAR_TABLE.windowDays)).toBe(now - 90 * 86_400_000)
  })
})

describe('zero-report and insured facts', () => {
  const report = (enterpriseId: string, arrears: boolean) => ({
    enterpriseId, arrears: arrears ? { workers: 3, amount: 9000, since: '2026-01' } : null, caseId: null, filedAt: '2026-02-03T10:00:00+08:00',
  })
  type Case = [label: string, months: Array<{ reports: ReturnType<typeof report>[]; pastDue: boolean }>, expected: ReturnType<typeof arrearsFactsOf>]
  const CASES: Case[] = [
    ['a month with arrears declared counts as an arrears report', [{ reports: [report('a', true), report('b', false)], pastDue: true }],
      [{ enterpriseId: 'a', arrearsReports: 1, overdueReports: 0 }, { enterpriseId: 'c', arrearsReports: 0, overdueReports: 1 }]],
    ['a month not yet due: missing is not overdue', [{ reports: [report('a', false)], pastDue: false }], []],
    ['a month in which the town collected no report: nobody is overdue', [{ reports: [], pastDue: true }], []],
    ['three months add up per enterprise', [
      { reports: [report('a', true)], pastDue: true }, { reports: [report('a', true), report('b', false)], pastDue: true }, { reports: [report('b', false)], pastDue: true }],
    [{ enterpriseId: 'a', arrearsReports: 2, overdueReports: 1 }, { enterpriseId: 'b', arrearsReports: 0, overdueReports: 1 }, { enterpriseId: 'c', arrearsReports: 0, overdueReports: 3 }]],
  ]
  test.each(CASES)('When %s, then the facts are as the table says', (_label, months, expected) => {
    // As the store gives a month to the radar (listTownMonthFilers): who filed, who declared arrears.
    const filers = months.map((m) => ({ filed: m.reports.map((r) => r.enterpriseId), arrears: m.reports.filter((r) => r.arrears).map((r) => r.enterpriseId), pastDue: m.pastDue }))
    expect(arrearsFactsOf(['a', 'b', 'c'], filers)).toEqual(expected)
  })

  test('When an enterprise has fewer than two imports or no directory id, then it has no insured fact', () => {
    expect(insuredFactOf('a', 80, 100)).toEqual({ enterpriseId: 'a', previous: 100, latest: 80 })
    expect(insuredFactOf('a', 80, null)).toBeNull()
    expect(insuredFactOf(null, 80, 100)).toBeNull()
  })
})
