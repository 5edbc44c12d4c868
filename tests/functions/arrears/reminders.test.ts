/**
 * Reminders from the hourly sweep (escalate.sweep): on the due day and the next working day, each filer with an
 * enterprise still unreported gets one inbox item (its officers' org inbox, which queues the subscribe message),
 * once per day kind however many runs; filers who have filed get none; other days send nothing.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { EU_002, EU_HX, TOWN, arr, data } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  const before = new Date('2026-03-03T10:00:00+08:00')
  data(h, await arr(h, EU_HX)('file', { enterpriseId: 'e-hx', month: '2026-02', arrears: null }, before))
})
afterAll(() => h.close())

const sweep = async (iso: string) => {
  const out = await h.call('escalate', timer, { action: 'sweep' }, new Date(iso))
  if (!out.ok) throw new Error(`sweep failed: ${out.error.code}`)
  return out.data
}
const orgItems = async (orgId: string) => (await h.deps.store.inbox.list(`org:${orgId}`, undefined, 100)).items.filter((i) => i.type.startsWith('arrears.'))

it('When a day before the due day is swept, then no reminder goes out', async () => {
  expect((await sweep('2026-03-05T09:00:00+08:00')).arrearsReminders).toBe(0)
  expect(await orgItems('eu-sx-002')).toEqual([])
})

it('When the due day is swept twice, then each filer still missing gets one reminder, and a filer who filed none', async () => {
  const first = await sweep('2026-03-06T09:00:00+08:00')
  expect(first.arrearsReminders).toBeGreaterThan(0)
  expect((await sweep('2026-03-06T15:00:00+08:00')).arrearsReminders).toBe(0)
  const items = await orgItems('eu-sx-002')
  expect(items).toHaveLength(1)
  expect(items[0]).toMatchObject({ type: 'arrears.due', title: '2026年2月欠薪零报告今天截止', body: '还有 1 家企业未报送，请在今天 24:00 前报送', caseId: null })
  expect(await orgItems('eu-hx')).toEqual([])
  // A joint union's reminder counts every enterprise it still has to file for; the town's, those with neither union.
  expect((await orgItems('ju-sx2'))[0].body).toMatch(/^还有 \d+ 家企业未报送/)
  expect(await orgItems('sx')).toHaveLength(1)
})

it('When the next working day is swept, then the still-missing get the overdue reminder once, and who filed meanwhile does not', async () => {
  data(h, await arr(h, EU_002)('file', { enterpriseId: 'e-sx-002', month: '2026-02', arrears: null }, new Date('2026-03-07T10:00:00+08:00')))
  expect((await sweep('2026-03-07T09:00:00+08:00')).arrearsReminders).toBe(0) // Saturday: neither day
  expect((await sweep('2026-03-09T09:00:00+08:00')).arrearsReminders).toBeGreaterThan(0)
  expect((await sweep('2026-03-09T10:00:00+08:00')).arrearsReminders).toBe(0)
  expect((await orgItems('eu-sx-002')).map((i) => i.type)).toEqual(['arrears.due'])
  expect((await orgItems('sx')).map((i) => i.type).sort()).toEqual(['arrears.due', 'arrears.overdue'])
  // The officers see them in their inbox.
  const inbox = data(h, await h.as(TOWN)('grievance', 'inbox', {}, new Date('2026-03-09T10:00:00+08:00')))
  expect(inbox.org.items.some((i: any) => i.type === 'arrears.overdue' && i.title === '2026年2月欠薪零报告已逾期')).toBe(true)
})
