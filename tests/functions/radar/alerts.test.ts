/**
 * Alerts from the hourly sweep (issue 13 §3): in its nightly runs, an enterprise at or over the threshold puts ONE
 * alert in its town's inbox (org:<townId>) per 90 days; never in the enterprise union's inbox; daytime runs leave
 * the radar alone.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { data, report } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  await report(h, { enterpriseId: 'e-hx', affectedCount: 5 }) // 6
  await report(h, { enterpriseId: 'e-hx', privacy: 'anonymous', category: 'safety', affectedCount: 2 }) // 6
  await report(h, { enterpriseId: 'e-sx-002', category: 'overtime' }) // 1: under the threshold
})
afterAll(() => h.close())

const NIGHT = new Date('2026-03-11T03:30:00+08:00')
const sweep = async (now: Date) => data(h, await h.call('escalate', timer, { action: 'sweep' }, now))
const alertsIn = async (key: string) => (await h.deps.store.inbox.list(key, undefined, 100)).items.filter((i) => i.type === 'radar.alert')

test('When a daytime run sweeps, then the radar is left alone', async () => {
  expect((await sweep(new Date('2026-03-10T11:00:00+08:00'))).radar).toEqual({ towns: 0, recomputed: 0, alerts: 0 })
  expect(await alertsIn('org:sx')).toEqual([])
})

test('When the nightly run sweeps, then the town gets one alert for the enterprise over the threshold, and a later run adds none', async () => {
  const first = await sweep(NIGHT)
  expect(first.radar).toMatchObject({ towns: 4, recomputed: 4, alerts: 1 })
  const [alert] = await alertsIn('org:sx')
  expect(alert).toMatchObject({ title: '企业风险预警：建议安排法律体检', caseId: null, read: false })
  expect(alert.body).toContain('义乌华鑫织造有限公司')
  expect(alert.body).toContain('风险分 12')
  expect(alert.body).not.toMatch(/张秀兰|138\d/)
  // One hour later: the snapshot is fresh (not recomputed), the alert is not repeated.
  expect((await sweep(new Date('2026-03-11T04:30:00+08:00'))).radar).toMatchObject({ towns: 4, recomputed: 0, alerts: 0 })
  expect(await alertsIn('org:sx')).toHaveLength(1)
  // The list shows when the town was alerted.
  const row = data(h, await h.as('o-town-sx-1')('radar', 'list', { townId: 'sx' }, new Date('2026-03-11T04:40:00+08:00'))).items[0]
  expect(row).toMatchObject({ enterpriseId: 'e-hx', alertedAt: '2026-03-11T03:30:00+08:00' })
})

test('When the town was alerted, then the enterprise’s own union, its area committee and the city never get the alert', async () => {
  for (const key of ['org:eu-hx', 'org:sx-a1', 'org:yw']) expect(await alertsIn(key)).toEqual([])
})

test('When the enterprise is still over the threshold 91 days later, then the town is alerted again', async () => {
  const again = new Date('2026-06-10T03:30:00+08:00')
  await report(h, { enterpriseId: 'e-hx', affectedCount: 5 }, new Date('2026-06-09T10:00:00+08:00'))
  await report(h, { enterpriseId: 'e-hx', affectedCount: 5, category: 'safety' }, new Date('2026-06-09T10:00:00+08:00'))
  expect((await sweep(again)).radar).toMatchObject({ alerts: 1 })
  expect(await alertsIn('org:sx')).toHaveLength(2)
})
