import { openHarness, type Harness } from '../../support/harness'
import { seedDemoMemberships } from '../../../scripts/host/demo'
import { data, ma } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

it('When the demo is seeded (twice), then a labelled demo plan exists and 陈小燕 (o-worker-2) has active cover under it', async () => {
  const now = new Date('2026-12-04T10:00:00+08:00')
  await seedDemoMemberships(h.deps, now)
  await seedDemoMemberships(h.deps, now)
  const plans = data(h, await ma(h, 'o-worker-2')('plans', {}, now)).items
  expect(plans).toEqual([expect.objectContaining({
    id: 'demo-mutual-aid-2026', demo: true, name: expect.stringContaining('演示'), feePerPerson: 60, annualCap: 30000,
    benefits: [{ kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10000 }, expect.objectContaining({ kind: 'critical_illness', lumpSum: 5000 })],
  })])
  expect(data(h, await ma(h, 'o-worker-2')('myCover', {}, now))).toMatchObject({
    enrolled: true, planId: 'demo-mutual-aid-2026', demo: true, status: 'active', covered: true, coverFrom: '2026-01-01', coverTo: '2026-12-31', annualCapLeft: 30000,
  })
})
