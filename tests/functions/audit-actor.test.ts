/**
 * Audit rows name officers and nobody else: a worker's openid next to a case or application id would tie an
 * anonymous report (or an employer-blind membership) to an account.
 */
import { openHarness, type Harness } from '../support/harness'
import { uid } from '../support/factories'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const TUE = new Date('2026-03-10T10:00:00+08:00')
const auditOf = async (recordId: string, type: string) => (await h.deps.store.audit.listByRecord(type, recordId, undefined, 100)).items

test('an anonymous report and a membership application are audited without the worker, an officer action with the officer', async () => {
  const worker = uid('o-w')
  const report = await h.as(worker)('grievance', 'submit', {
    requestId: uid('req'), townId: 'sx', category: 'safety', privacy: 'anonymous', description: '车间没有防护装置。',
  }, TUE)
  expect(report.ok).toBe(true)
  const caseId = (report as { data: { id: string } }).data.id
  const accepted = await h.as('o-town-sx-1')('grievance', 'accept', { id: caseId }, TUE)
  expect(accepted.ok).toBe(true)

  const rows = await auditOf(caseId, 'grievance')
  expect(rows.map((r) => [r.action, r.actor])).toEqual(expect.arrayContaining([
    ['grievance.submit', 'worker'],
    ['grievance.accept', 'o-town-sx-1'],
  ]))
  expect(JSON.stringify(rows)).not.toContain(worker)
})

test('a worker who is also an officer files an anonymous report: the audit still does not name them', async () => {
  const report = await h.as('o-eu-hx-1')('grievance', 'submit', {
    requestId: uid('req'), townId: 'sx', category: 'overtime', privacy: 'anonymous', description: '加班没有加班费。',
  }, TUE)
  expect(report.ok).toBe(true)
  const rows = await auditOf((report as { data: { id: string } }).data.id, 'grievance')
  expect(rows.length).toBeGreaterThan(0)
  expect(JSON.stringify(rows)).not.toContain('o-eu-hx-1')
})
