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
