/**
 * The demo's radar (scripts/host/demo-radar.ts, after the demo zero-reports and insured list): 苏溪镇总工会 sees 佳邦
 * above the threshold with its reasons and its 法律体检 on record; seeding twice adds nothing; the demo's reports
 * stay out of the town's own queue (they went to the enterprises' unions).
 */
import { seedDemoArrears } from '../../../scripts/host/demo-arrears'
import { seedDemoOrganising } from '../../../scripts/host/demo-organising'
import { DEMO_RADAR_VISIT, seedDemoRadar } from '../../../scripts/host/demo-radar'
import { openHarness, type Harness } from '../../support/harness'
import { data, TUE } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

test('When the demo is seeded twice, then 苏溪镇\'s radar ranks 佳邦 above the threshold with its reasons and one visit', async () => {
  for (let i = 0; i < 2; i++) {
    await seedDemoArrears(h.deps, TUE)
    await seedDemoOrganising(h.deps, TUE)
    await seedDemoRadar(h.deps, TUE)
  }
  const view = data(h, await h.as('o-town-sx-1')('radar', 'list', { townId: 'sx' }, TUE))
  const top = view.items[0]
  expect(top).toMatchObject({ enterpriseId: 'e-sx-002', name: '义乌市佳邦纺织有限公司', score: 17, overThreshold: true, lastVisit: '2026-03-07' })
  expect(top.reasons).toEqual([
    { text: '近90天欠薪诉求 1 件（含集体 1 件）', points: 6 },
    { text: '近90天劳动安全诉求 1 件（含集体 1 件）', points: 6 },
    { text: '近90天零报告申报欠薪 1 次', points: 4 },
    { text: '近90天加班/工时诉求 1 件', points: 1 },
  ])
  expect(view.items.filter((r: any) => r.overThreshold).map((r: any) => r.enterpriseId)).toEqual(['e-sx-002'])
  const kaihong = view.items.find((r: any) => r.enterpriseId === 'e-sx-005')
  // (February's zero-report is past due on TUE and 凯鸿 did not file it: one overdue month besides its two reports.)
  expect(kaihong).toMatchObject({ score: 4, overThreshold: false, lastVisit: null })
  expect(kaihong.reasons.map((r: any) => r.text)).toEqual(['近90天社保诉求 1 件', '近90天劳动合同诉求 1 件', '近90天零报告逾期未报 1 次'])

  const visits = data(h, await h.as('o-town-sx-1')('radar', 'visits', { townId: 'sx', enterpriseId: 'e-sx-002' }, TUE)).items
  expect(visits).toEqual([expect.objectContaining({ date: '2026-03-07', findings: DEMO_RADAR_VISIT.findings })])

  // Only the 欠薪预警 case (12 affected) is in the town's queue; the named demo reports went to the enterprises' unions.
  const queue = data(h, await h.as('o-town-sx-1')('grievance', 'queue', {}, TUE)).items
  expect(queue).toHaveLength(1)
  expect(queue[0]).toMatchObject({ earlyWarning: true })
})
