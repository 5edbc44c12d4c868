/**
 * Working the list through the real entry: scope, organiser assignment, dated notes, next-contact reminders from
 * the hourly sweep (once), founding a union or joining a joint union through the directory (the row leaves the
 * list), and progress per town.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { reporterKey } from '../../../cloudfunctions/grievance/lib/keys'
import { data, org, outsider, TUE } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const sx = () => org(h, 'o-town-sx-1')
async function imported(...rows: Array<ReturnType<typeof outsider>>) {
  data(h, await org(h, 'o-town-sx-admin')('importInsured', { rows, last: true }))
  return rows
}
const codes = (out: any) => data(h, out).items.map((i: { creditCode: string }) => i.creditCode)

test('When officers outside the town or below it look, then the list is closed to them; the city picks a town', async () => {
  const [e] = await imported(outsider(33))
  expect(codes(await sx()('list'))).toContain(e.creditCode)
  expect(codes(await org(h, 'o-city-admin')('list', { townId: 'sx', limit: 100 }))).toContain(e.creditCode)
  expect((await org(h, 'o-city-admin')('list')).error.fields).toEqual({ townId: '请选择镇街' })
  expect((await org(h, 'o-town-ft-1')('list', { townId: 'sx' })).error.code).toBe('FORBIDDEN')
  expect((await org(h, 'o-eu-hx-1')('list')).error.code).toBe('FORBIDDEN')
  expect((await org(h, 'o-town-ft-1')('get', { creditCode: e.creditCode })).error.code).toBe('NOT_FOUND')
  // An area committee sees only what is assigned to it.
  expect(codes(await org(h, 'o-sx-a1-1')('list'))).not.toContain(e.creditCode)
})

test('When an area committee officer is made organiser, then the row is in that committee\'s list; an outside officer cannot be', async () => {
  const [e] = await imported(outsider(44))
  const bad = await sx()('assign', { creditCode: e.creditCode, organiserOpenid: 'o-town-ft-1' })
  expect(bad.error.code).toBe('ORGANISING.BAD_ORGANISER')
  expect(data(h, await sx()('assign', { creditCode: e.creditCode, organiserOpenid: 'o-sx-a1-1' }))).toMatchObject({ areaId: 'sx-a1', organiserName: '胡超' })
  expect(codes(await org(h, 'o-sx-a1-1')('list'))).toContain(e.creditCode)
  expect(codes(await sx()('list', { areaId: 'sx-a1', limit: 100 }))).toContain(e.creditCode)
  expect(data(h, await sx()('list', { status: 'todo', limit: 100 })).items.find((i: any) => i.creditCode === e.creditCode)).toMatchObject({ organiserOpenid: 'o-sx-a1-1' })
})

test('When the organiser records a contact with a next-contact day, then the note is dated and the sweep reminds the organiser on that day, once', async () => {
  const [e] = await imported(outsider(55))
  data(h, await sx()('assign', { creditCode: e.creditCode, organiserOpenid: 'o-sx-a1-1' }))
  const area = org(h, 'o-sx-a1-1')
  data(h, await area('update', { creditCode: e.creditCode, status: 'contacted', note: '已与厂长电话沟通', nextContact: '2026-03-12' }))
  const got = data(h, await area('get', { creditCode: e.creditCode }))
  expect(got).toMatchObject({ status: 'contacted', nextContact: '2026-03-12' })
  expect(got.notes).toEqual([
    { at: '2026-03-10T10:00:00+08:00', by: 'o-town-sx-1', byName: '王敏', status: 'todo', text: '指定建会联系人：胡超' },
    { at: '2026-03-10T10:00:00+08:00', by: 'o-sx-a1-1', byName: '胡超', status: 'contacted', text: '已与厂长电话沟通' },
  ])
  const key = reporterKey(h.deps.crypto, 'o-sx-a1-1')
  const mine = async () => (await h.deps.store.inbox.list(key, undefined, 100)).items.filter((i) => i.caseId === e.creditCode)
  const sweep = (iso: string) => h.call('escalate', timer, { action: 'sweep' }, new Date(iso))
  data(h, await sweep('2026-03-11T09:00:00+08:00'))
  expect(await mine()).toHaveLength(0)
  data(h, await sweep('2026-03-12T08:00:00+08:00'))
  data(h, await sweep('2026-03-12T09:00:00+08:00'))
  const items = await mine()
  expect(items).toHaveLength(1)
  expect(items[0]).toMatchObject({ type: 'organising.reminder', title: '建会联系提醒' })
})

test('When a union is founded, then the directory gains the union and the enterprise, and the row leaves the list and counts as organised', async () => {
  const [e] = await imported(outsider(150))
  const before = data(h, await sx()('progress')).towns.find((t: any) => t.townId === 'sx')
  const needs = await sx()('update', { creditCode: e.creditCode, status: 'union_founded', note: '召开会员大会' })
  expect(needs.error.code).toBe('ORGANISING.NEEDS_UNION')
  data(h, await sx()('update', { creditCode: e.creditCode, status: 'union_founded', note: '召开会员大会，选举产生工会委员会', unionName: `${e.name}工会` }))
  const ent = await h.deps.store.directory.getEnterpriseByCreditCode(e.creditCode)
  expect(ent).toMatchObject({ townId: 'sx', unionId: `eu-${e.creditCode.toLowerCase()}`, staff: 150 })
  expect(await h.deps.store.directory.getOrg(ent!.unionId!)).toMatchObject({ type: 'enterprise_union', parentId: 'sx', name: `${e.name}工会` })
  expect(codes(await sx()('list', { limit: 100 }))).not.toContain(e.creditCode)
  const after = data(h, await sx()('progress')).towns.find((t: any) => t.townId === 'sx')
  expect(after.organisedThisYear).toBe(before.organisedThisYear + 1)
  expect(after.onList).toBe(before.onList - 1)
  expect(after.insuredCovered).toBe(before.insuredCovered + 150)
})

test('When a joint union covers an enterprise, or the directory import gives it a union, then it leaves the list', async () => {
  const [a, b] = await imported(outsider(36), outsider(37))
  expect((await sx()('update', { creditCode: a.creditCode, status: 'joined_joint_union', note: '纳入' })).error.code).toBe('ORGANISING.NEEDS_JOINT_UNION')
  data(h, await sx()('update', { creditCode: a.creditCode, status: 'joined_joint_union', note: '纳入区域联合工会', jointUnionId: 'ju-sx1' }))
  expect((await h.deps.store.directory.getEnterpriseByCreditCode(a.creditCode))?.jointUnionId).toBe('ju-sx1')
  data(h, await h.as('o-town-sx-admin')('directory', 'import', {
    data: { enterprises: [{ id: 'e-org-b', name: b.name, creditCode: b.creditCode, townId: 'sx', jointUnionId: 'ju-sx2', staff: 37 }] },
  }, TUE))
  const left = codes(await sx()('list', { limit: 100 }))
  expect(left).not.toContain(a.creditCode)
  expect(left).not.toContain(b.creditCode)
})

test('When the city asks for progress, then every town is there with coverage of insured workers', async () => {
  const out = data(h, await org(h, 'o-city-admin')('progress'))
  expect(out.towns.map((t: any) => t.townId).sort()).toEqual(['by', 'cc', 'ft', 'sx'])
  const sxRow = out.towns.find((t: any) => t.townId === 'sx')
  expect(sxRow.coverage).toBeCloseTo(sxRow.insuredCovered / sxRow.insuredAll, 3)
  expect(out.total.insuredAll).toBe(out.towns.reduce((n: number, t: any) => n + t.insuredAll, 0))
  expect(data(h, await org(h, 'o-town-ft-1')('progress')).towns.map((t: any) => t.townId)).toEqual(['ft'])
})
