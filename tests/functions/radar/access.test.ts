/**
 * The radar is a federation's tool (issue 13 §3): grassroots orgs — the enterprise's own union, an area committee, a
 * joint union — are refused before anything is read (the radar counts anonymous and employer-blind cases); a town
 * sees its own town, the city any town; lawyers and workers are refused.
 */
import { anon, openHarness, type Harness } from '../../support/harness'
import { data, report, TUE, visitInput } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  // An anonymous and an employer-blind report about 华鑫 (e-hx), whose own union is eu-hx.
  await report(h, { enterpriseId: 'e-hx', privacy: 'anonymous', category: 'safety' })
  await report(h, { enterpriseId: 'e-hx', privacy: 'employer_blind', affectedCount: 3 })
})
afterAll(() => h.close())

const GRASSROOTS = [['the enterprise’s own union', 'o-eu-hx-1'], ['an area committee', 'o-sx-a1-1'], ['a joint union', 'o-ju-yw-express-1'], ['a lawyer', 'o-lawyer-1'], ['a worker', 'o-worker-1']]

test.each(GRASSROOTS)('When %s asks for the radar, records or lists visits, then it is FORBIDDEN and nothing is written', async (_who, openid) => {
  const as = h.as(openid)
  for (const [action, input] of [['list', { townId: 'sx' }], ['visit', visitInput({ enterpriseId: 'e-hx' })], ['visits', { townId: 'sx', enterpriseId: 'e-hx' }]] as const) {
    const out = await as('radar', action, input, TUE)
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(JSON.stringify(out)).not.toMatch(/华鑫|劳动安全|欠薪/)
    // Officers of grassroots orgs are refused as such, before any town or enterprise is looked at.
    if (openid.startsWith('o-eu') || openid.startsWith('o-sx-a1') || openid.startsWith('o-ju')) expect(out.error.message).toBe('风险雷达仅供镇（街道）总工会和市总工会使用')
  }
  expect((await h.deps.store.radar.listVisits('sx', 'e-hx', undefined, 10)).items).toEqual([])
})

test('When nobody is signed in, then UNAUTHENTICATED', async () => {
  expect(await h.call('radar', anon, { action: 'list', townId: 'sx' }, TUE)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
})

test('When the town asks for its own town, then it sees the protected cases counted; another town is FORBIDDEN; an org that is not a town is NOT_FOUND', async () => {
  const mine = data(h, await h.as('o-town-sx-1')('radar', 'list', { townId: 'sx', refresh: true }, TUE))
  const hx = mine.items.find((r: any) => r.enterpriseId === 'e-hx')
  // anonymous safety (3) + employer-blind collective wage arrears (3 × 2)
  expect(hx).toMatchObject({ name: '义乌华鑫织造有限公司', score: 9, reasons: [{ text: '近90天欠薪诉求 1 件（含集体 1 件）', points: 6 }, { text: '近90天劳动安全诉求 1 件', points: 3 }] })
  expect(await h.as('o-town-sx-1')('radar', 'list', { townId: 'ft' }, TUE)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await h.as('o-town-sx-1')('radar', 'list', { townId: 'sx-a1' }, TUE)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await h.as('o-town-sx-1')('radar', 'visit', visitInput({ enterpriseId: 'e-ft-001' }), TUE)).toMatchObject({ ok: false, error: { code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) } })
})

test('When the city asks for any town, then it gets it; a town admin gets their own', async () => {
  expect(data(h, await h.as('o-city-1')('radar', 'list', { townId: 'ft' }, TUE)).townId).toBe('ft')
  expect(data(h, await h.as('o-city-admin')('radar', 'list', { townId: 'sx' }, TUE)).items.some((r: any) => r.enterpriseId === 'e-hx')).toBe(true)
  expect(data(h, await h.as('o-town-sx-admin')('radar', 'list', { townId: 'sx' }, TUE)).townName).toBe('苏溪镇总工会')
})

test('When input is malformed, then VALIDATION names the field in Chinese', async () => {
  const out = await h.as('o-town-sx-1')('radar', 'list', { townId: '镇 街' }, TUE)
  expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { townId: expect.stringContaining('镇街') } } })
})
