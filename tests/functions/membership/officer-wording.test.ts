/** Issue 14: the reviewing officer reads about the applicant ("申请人选择了…"); the applicant reads "您选择了…". */
import { openHarness, type Harness } from '../../support/harness'
import { apply, data, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

it('When an employer-blind application is opened, then the officer reads 申请人选择了, the applicant 您选择了', async () => {
  const worker = newWorker()
  const out = await apply(h, worker, { employerBlind: true })
  expect(out.routeExplanation).toMatch(/^您选择了“入会不惊动单位”/)

  const officer = data(h, await h.as('o-town-sx-1')('membership', 'get', { id: out.id }))
  expect(officer.routeExplanation).toBe('申请人选择了“入会不惊动单位”，申请直接交给单位所在镇（街道）总工会，不经过单位。')
  const mine = data(h, await h.as(worker)('membership', 'mine', {})).applications[0]
  expect(mine.routeExplanation).toMatch(/^您选择了“入会不惊动单位”/)
})

it('When an application goes to the enterprise union, then its officer reads 申请人的单位, not 您的单位', async () => {
  const out = await apply(h, newWorker())
  expect(out.assignedOrgId).toBe('eu-hx')
  const officer = data(h, await h.as('o-eu-hx-1')('membership', 'get', { id: out.id }))
  expect(officer.routeExplanation).toBe('申请人的单位有自己的工会，由单位工会受理。')
})
