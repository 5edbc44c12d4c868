import { openHarness, anon, type Harness } from '../support/harness'
import { creditCode, uid } from '../support/factories'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const cityAdmin = () => h.as('o-city-admin')
const sxAdmin = () => h.as('o-town-sx-admin')

describe('directory function', () => {
  it('When a worker searches by name fragment or credit code, then the seeded enterprise is found without login', async () => {
    const byName = await h.call('directory', anon, { action: 'searchEnterprises', q: '华鑫' })
    expect(byName.data.items.map((e: any) => e.id)).toContain('e-hx')
    const code = byName.data.items.find((e: any) => e.id === 'e-hx').creditCode
    const byCode = await h.call('directory', anon, { action: 'searchEnterprises', q: code.toLowerCase() })
    expect(byCode.data.items.map((e: any) => e.id)).toEqual(['e-hx'])
  })

  it('When the search text is too short, then a Chinese field error', async () => {
    const out = await h.call('directory', anon, { action: 'searchEnterprises', q: ' 华 ' })
    expect(out.error).toMatchObject({ code: 'VALIDATION', fields: { q: '请至少输入 2 个字' } })
  })

  it('When getting an org, then its ancestor chain comes root first', async () => {
    const out = await h.call('directory', anon, { action: 'getOrg', id: 'eu-hx' })
    expect(out.data.ancestors.map((o: any) => o.id)).toEqual(['yw', 'sx', 'sx-a1'])
    expect((await h.call('directory', anon, { action: 'getOrg', id: 'nope' })).error.code).toBe('NOT_FOUND')
  })

  it('When listing towns and a town’s orgs, then only that town’s orgs are listed, paginated', async () => {
    const towns = await h.call('directory', anon, { action: 'listTowns' })
    expect(towns.data.items.map((t: any) => t.id)).toEqual(expect.arrayContaining(['sx', 'ft', 'cc', 'by']))
    const page = await h.call('directory', anon, { action: 'listTownOrgs', townId: 'sx', limit: 5 })
    expect(page.data.items).toHaveLength(5)
    expect(page.data.items.every((o: any) => o.path.startsWith('/yw/sx/'))).toBe(true)
    expect(page.data.next).toBeTruthy()
    expect((await h.call('directory', anon, { action: 'listTownOrgs', townId: 'eu-hx' })).error.code).toBe('NOT_FOUND')
  })
})

describe('directory import (admin action)', () => {
  const goodFile = () => {
    const town = uid('t')
    return {
      town,
      data: {
        orgs: [{ id: town, name: '测试镇总工会', type: 'town_federation', parentId: 'yw' }],
        enterprises: [{ id: uid('e'), name: '义乌测试有限公司', creditCode: creditCode(), townId: town, staff: 30 }],
        officers: [{ openid: uid('o'), orgId: town, role: 'officer', name: '李四' }],
      },
    }
  }

  it('When a city admin imports a valid file, then it is written and audited; re-import updates', async () => {
    const { town, data } = goodFile()
    expect((await cityAdmin()('directory', 'import', { data })).data).toEqual({ orgs: 1, enterprises: 1, officers: 1 })
    data.orgs[0].name = '改名镇总工会'
    await cityAdmin()('directory', 'import', { data })
    expect((await h.deps.store.directory.getOrg(town))?.name).toBe('改名镇总工会')
    const audit = await h.deps.store.audit.listByRecord('org', 'yw', undefined, 100)
    expect(audit.items.some((a) => a.action === 'directory.import')).toBe(true)
  })

  it('When any row is bad, then nothing is written and every bad row is reported with its index', async () => {
    const { town, data } = goodFile()
    const bad = {
      ...data,
      enterprises: [...data.enterprises, { id: uid('e'), name: '坏企业', creditCode: '91330782MA21U6RU9X', townId: town, staff: 1 }],
      officers: [...data.officers, { openid: uid('o'), orgId: 'ghost', role: 'officer', name: '王五' }],
    }
    const out = await cityAdmin()('directory', 'import', { data: bad })
    expect(out.error.code).toBe('VALIDATION')
    expect(out.error.fields['data.enterprises.1.creditCode']).toBe('统一社会信用代码校验位不正确')
    const semantic = await cityAdmin()('directory', 'import', { data: { ...data, officers: bad.officers } })
    expect(semantic.error.code).toBe('DIRECTORY.IMPORT_INVALID')
    expect(semantic.error.fields['data.officers.1']).toContain('ghost')
    expect(await h.deps.store.directory.getOrg(town)).toBeNull()
  })

  it('When a town admin imports outside its town, then FORBIDDEN and nothing is written', async () => {
    const { town, data } = goodFile()
    const out = await sxAdmin()('directory', 'import', { data })
    expect(out.error.code).toBe('FORBIDDEN')
    expect(await h.deps.store.directory.getOrg(town)).toBeNull()
    const inside = { orgs: [{ id: uid('a'), name: '苏溪新片区工委', type: 'area_committee', parentId: 'sx' }] }
    expect((await sxAdmin()('directory', 'import', { data: inside })).ok).toBe(true)
  })

  it('When a non-admin imports, then FORBIDDEN', async () => {
    const { data } = goodFile()
    for (const openid of ['o-town-sx-1', 'o-lawyer-1', 'o-worker-1']) {
      expect((await h.as(openid)('directory', 'import', { data })).error.code).toBe('FORBIDDEN')
    }
  })
})

describe('directory import: the stored record must be in the admin’s scope too', () => {
  const enterprise = (id: string) => h.deps.store.directory.getEnterprise(id)
  const officer = (openid: string) => h.deps.store.officers.get(openid)
  const newEnterprise = (townId: string, over: Record<string, unknown> = {}) =>
    ({ id: uid('e'), name: '义乌范围测试有限公司', creditCode: creditCode(), townId, unionId: null, jointUnionId: null, staff: 30, industry: null, ...over })
  /** A sx enterprise and a sx-a1 officer, created by the city admin, that the sx admin then maintains. */
  async function sxRecords(over: Record<string, unknown> = {}) {
    const e = newEnterprise('sx', over)
    const o = { openid: uid('o'), orgId: 'sx-a1', role: 'officer' as const, name: '赵六' }
    expect((await cityAdmin()('directory', 'import', { data: { enterprises: [e], officers: [o] } })).ok).toBe(true)
    return { e, o }
  }

  it('When a town admin re-homes another town’s enterprise into its own town, then FORBIDDEN and nothing is written', async () => {
    const ft = (await enterprise('e-ft-001'))!
    const mine = newEnterprise('sx')
    const out = await sxAdmin()('directory', 'import', { data: { enterprises: [mine, { ...ft, townId: 'sx', unionId: null, jointUnionId: null }] } })
    expect(out.error.code).toBe('FORBIDDEN')
    expect(Object.keys(out.error.fields)).toEqual(['data.enterprises.1'])
    expect(out.error.fields['data.enterprises.1']).toContain('管辖范围以外')
    expect(await enterprise('e-ft-001')).toEqual(ft)
    expect(await enterprise(mine.id)).toBeNull()
  })

  it('When a town admin imports a new enterprise with another town’s credit code, then FORBIDDEN, not a takeover', async () => {
    const ft = (await enterprise('e-ft-002'))!
    const out = await sxAdmin()('directory', 'import', { data: { enterprises: [newEnterprise('sx', { creditCode: ft.creditCode })] } })
    expect(out.error).toMatchObject({ code: 'FORBIDDEN', fields: { 'data.enterprises.0': '该统一社会信用代码已属于您管辖范围以外的企业' } })
    expect(await h.deps.store.directory.getEnterpriseByCreditCode(ft.creditCode)).toEqual(ft)
  })

  it('When a town admin re-binds another org’s officer by openid, then FORBIDDEN and the officer is unchanged', async () => {
    const victims = [
      { openid: uid('o'), orgId: 'ft', role: 'admin' as const, name: '虞晓燕' },
      { openid: uid('o'), orgId: 'yw', role: 'admin' as const, name: '陈建华' },
    ]
    expect((await cityAdmin()('directory', 'import', { data: { officers: victims } })).ok).toBe(true)
    const rows = [{ ...victims[0], orgId: 'sx' }, { ...victims[1], orgId: 'sx-a1', role: 'officer' }]
    const out = await sxAdmin()('directory', 'import', { data: { officers: rows } })
    expect(out.error.code).toBe('FORBIDDEN')
    expect(Object.keys(out.error.fields).sort()).toEqual(['data.officers.0', 'data.officers.1'])
    for (const v of victims) expect(await officer(v.openid)).toEqual(v)
  })

  it('When a town admin attaches its enterprise to a union outside its town, or detaches one, then FORBIDDEN', async () => {
    const { e } = await sxRecords()
    const attach = await sxAdmin()('directory', 'import', { data: { enterprises: [{ ...e, jointUnionId: 'ju-yw-express' }] } })
    expect(attach.error).toMatchObject({ code: 'FORBIDDEN', fields: { 'data.enterprises.0': '联合工会 ju-yw-express 不在您的管辖范围内' } })
    const { e: express } = await sxRecords({ jointUnionId: 'ju-yw-express' })
    const detach = await sxAdmin()('directory', 'import', { data: { enterprises: [{ ...express, jointUnionId: 'ju-sx1' }] } })
    expect(detach.error.fields['data.enterprises.0']).toContain('不能解除企业与您管辖范围以外的联合工会 ju-yw-express 的关联')
    expect(await enterprise(express.id)).toEqual(express)
    expect(await enterprise(e.id)).toMatchObject({ jointUnionId: null })
  })

  it('When a town admin updates its own enterprise and officer and adds new ones in its town, then all is written', async () => {
    const { e, o } = await sxRecords()
    const { e: express } = await sxRecords({ jointUnionId: 'ju-yw-express' })
    const data = {
      enterprises: [{ ...e, name: '义乌范围测试改名有限公司', jointUnionId: 'ju-sx1' }, newEnterprise('sx', { unionId: 'eu-hx' }), { ...express, staff: 120 }],
      officers: [{ ...o, orgId: 'sx-a2', role: 'admin' }, { openid: uid('o'), orgId: 'ju-sx1', role: 'officer', name: '钱七' }],
    }
    expect((await sxAdmin()('directory', 'import', { data })).data).toEqual({ orgs: 0, enterprises: 3, officers: 2 })
    expect(await enterprise(e.id)).toMatchObject({ name: '义乌范围测试改名有限公司', jointUnionId: 'ju-sx1' })
    expect(await enterprise(data.enterprises[1].id)).toMatchObject({ townId: 'sx', unionId: 'eu-hx' })
    expect(await enterprise(express.id)).toMatchObject({ staff: 120, jointUnionId: 'ju-yw-express' })
    expect(await officer(o.openid)).toMatchObject({ orgId: 'sx-a2', role: 'admin' })
    expect(await officer(data.officers[1].openid)).toMatchObject({ orgId: 'ju-sx1' })
  })

  it('When the city admin moves an enterprise between towns, then it is written; the old town’s admin may not move it back', async () => {
    const { e } = await sxRecords()
    expect((await cityAdmin()('directory', 'import', { data: { enterprises: [{ ...e, townId: 'ft', jointUnionId: 'ju-ft1' }] } })).ok).toBe(true)
    expect(await enterprise(e.id)).toMatchObject({ townId: 'ft', jointUnionId: 'ju-ft1' })
    expect((await sxAdmin()('directory', 'import', { data: { enterprises: [{ ...e, townId: 'sx' }] } })).error.code).toBe('FORBIDDEN')
    expect(await enterprise(e.id)).toMatchObject({ townId: 'ft' })
  })
})

describe('working-day calendar administration', () => {
  it('When the city admin loads 2027, then deadlines in 2027 stop being estimates', async () => {
    const from = new Date('2026-12-31T10:00:00+08:00')
    expect((await h.deps.calendar()).endOfNthWorkdayAfter(from, 2).estimated).toBe(true)
    const out = await cityAdmin()('directory', 'putCalendarYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] })
    expect(out.data).toEqual({ year: 2027 })
    const deadline = (await h.deps.calendar()).endOfNthWorkdayAfter(from, 2)
    expect(deadline).toEqual({ at: '2027-01-06T00:00:00+08:00', estimated: false })
  })
  it('When a town admin or bad dates are sent, then refused with a reason', async () => {
    expect((await sxAdmin()('directory', 'putCalendarYear', { year: 2027, holidays: [], workdays: [] })).error.code).toBe('FORBIDDEN')
    const bad = await cityAdmin()('directory', 'putCalendarYear', { year: 2027, holidays: ['2028-01-01', '2027-02-30'], workdays: [] })
    expect(bad.error.code).toBe('VALIDATION')
  })
})

describe('the working-day calendar for pages', () => {
  it('When a page asks for the calendar, then it gets the official schedule merged with administrator years around now', async () => {
    const now = new Date('2026-06-01T10:00:00+08:00')
    const out = await h.call('directory', anon, { action: 'workCalendar' }, now)
    expect(out.ok).toBe(true)
    expect(out.data.years).toContain(2026)
    expect(out.data.holidays).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-07', '2026-02-16']))
    expect(out.data.workdays).toEqual(expect.arrayContaining(['2026-10-10', '2026-09-20', '2026-02-14']))
    expect(out.data.holidays.every((d: string) => Math.abs(Number(d.slice(0, 4)) - 2026) <= 2)).toBe(true)
  })
})
