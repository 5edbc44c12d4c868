import { readFileSync } from 'node:fs'
import { directoryFile, type DirectoryFile } from '../../types/directory'
import { isValidCreditCode } from '../../types/credit-code'
import { planImport } from '../../cloudfunctions/_lib/domain/directory-import'
import { DEMO_FILE, generateDemoDirectory, serialise } from '../../scripts/demo/generate'
import { DEMO_IDENTITIES } from '../../scripts/demo/identities'

const committed = readFileSync(DEMO_FILE, 'utf8')
const parsed = directoryFile.safeParse(JSON.parse(committed))
const file = parsed.data as DirectoryFile
const orgById = new Map(file.orgs.map((o) => [o.id, o]))
const ofType = (type: string) => file.orgs.filter((o) => o.type === type)

describe('the Yiwu demo directory', () => {
  it('When parsed with the import schema, then it is valid', () => {
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.success).toBe(true)
  })

  it('When planned for import into an empty store, then there are no problems', () => {
    const plan = planImport(file, new Map())
    expect(plan.ok ? [] : plan.problems).toEqual([])
  })

  it('has valid, unique credit codes registered in Yiwu', () => {
    const codes = file.enterprises.map((e) => e.creditCode)
    expect(codes.filter((c) => !isValidCreditCode(c) || !c.startsWith('91330782'))).toEqual([])
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('has unique ids and every parent, union and town reference exists', () => {
    expect(orgById.size).toBe(file.orgs.length)
    expect(new Set(file.enterprises.map((e) => e.id)).size).toBe(file.enterprises.length)
    expect(file.orgs.filter((o) => o.parentId && !orgById.has(o.parentId))).toEqual([])
    const refs = file.enterprises.flatMap((e) => [e.townId, e.unionId, e.jointUnionId]).filter(Boolean) as string[]
    expect(refs.filter((id) => !orgById.has(id))).toEqual([])
    expect(file.officers.filter((o) => !orgById.has(o.orgId))).toEqual([])
  })

  it('keeps the entries the issue names', () => {
    expect(orgById.get('yw')).toMatchObject({ name: '义乌市总工会', type: 'city_federation' })
    expect(orgById.get('sx')).toMatchObject({ name: '苏溪镇总工会', type: 'town_federation', parentId: 'yw' })
    expect(orgById.get('sx-a1')).toMatchObject({ type: 'area_committee', parentId: 'sx' })
    expect(orgById.get('eu-hx')).toMatchObject({ name: '华鑫织造工会', type: 'enterprise_union', parentId: 'sx-a1' })
    expect(orgById.get('ju-sx1')).toMatchObject({ type: 'joint_union', kind: 'regional', parentId: 'sx' })
    expect(file.enterprises.find((e) => e.id === 'e-hx')).toMatchObject({ name: '义乌华鑫织造有限公司', unionId: 'eu-hx' })
  })

  it('has the union tree the demo needs', () => {
    expect(ofType('city_federation').map((o) => o.id)).toEqual(['yw'])
    const towns = ofType('town_federation')
    expect(towns.length).toBeGreaterThanOrEqual(3)
    expect(towns.map((t) => t.name)).toEqual(expect.arrayContaining(['苏溪镇总工会', '佛堂镇总工会', '稠城街道总工会']))
    for (const town of towns) expect(ofType('area_committee').filter((a) => a.parentId === town.id).length).toBeGreaterThanOrEqual(2)
    const unions = ofType('enterprise_union')
    expect(unions.some((u) => orgById.get(u.parentId!)?.type === 'area_committee')).toBe(true)
    expect(unions.some((u) => orgById.get(u.parentId!)?.type === 'town_federation')).toBe(true)
  })

  it('has 200+ enterprises of 5–2,000 staff, covered in every way, some of 25+ staff without a union', () => {
    const { enterprises } = file
    expect(enterprises.length).toBeGreaterThanOrEqual(200)
    expect(enterprises.every((e) => e.staff >= 5 && e.staff <= 2000)).toBe(true)
    const kindOf = (id: string | null | undefined) => (id ? orgById.get(id)?.kind : undefined)
    const count = (pred: (e: (typeof enterprises)[number]) => boolean) => enterprises.filter(pred).length
    expect(count((e) => !!e.unionId)).toBeGreaterThanOrEqual(40)
    expect(count((e) => kindOf(e.jointUnionId) === 'regional')).toBeGreaterThanOrEqual(20)
    expect(count((e) => kindOf(e.jointUnionId) === 'industry')).toBeGreaterThanOrEqual(10)
    expect(count((e) => !e.unionId && !e.jointUnionId)).toBeGreaterThanOrEqual(20)
    expect(count((e) => !e.unionId && !e.jointUnionId && e.staff >= 25)).toBeGreaterThanOrEqual(5)
    expect(count((e) => !!e.unionId && !!e.jointUnionId)).toBe(0)
  })

  it('has 20+ officers at every level, with two lawyers at the city', () => {
    const { officers } = file
    expect(officers.length).toBeGreaterThanOrEqual(20)
    expect(new Set(officers.map((o) => o.openid)).size).toBe(officers.length)
    const levels = new Set(officers.map((o) => orgById.get(o.orgId)!.type))
    expect([...levels].sort()).toEqual(['area_committee', 'city_federation', 'enterprise_union', 'joint_union', 'town_federation'])
    expect(officers.filter((o) => o.role === 'lawyer' && o.orgId === 'yw')).toHaveLength(2)
    expect(officers.find((o) => o.openid === 'o-city-admin')).toMatchObject({ orgId: 'yw', role: 'admin' })
    for (const town of ofType('town_federation')) {
      expect(officers.some((o) => o.orgId === town.id && o.role === 'admin')).toBe(true)
      expect(officers.some((o) => o.orgId === town.id && o.role === 'officer')).toBe(true)
    }
  })

  it('When generated again, then it reproduces the committed file byte for byte', () => {
    expect(serialise(generateDemoDirectory())).toBe(committed)
  })
})

describe('DEMO_IDENTITIES', () => {
  it('has a worker, an enterprise-union officer, a town officer, a city administrator and a lawyer', () => {
    const roles = DEMO_IDENTITIES.map((i) => (i.orgId ? `${i.role}@${orgById.get(i.orgId)?.type}` : i.role))
    expect(roles).toEqual(expect.arrayContaining([
      'worker', 'officer@enterprise_union', 'officer@town_federation', 'admin@city_federation', 'lawyer@city_federation',
    ]))
    expect(DEMO_IDENTITIES.find((i) => i.openid === 'o-worker-1')?.label).toBe('职工（演示）')
  })

  it('names only officers that exist in the directory with the same role and org', () => {
    for (const identity of DEMO_IDENTITIES.filter((i) => i.role !== 'worker')) {
      expect(file.officers.find((o) => o.openid === identity.openid)).toMatchObject({ role: identity.role, orgId: identity.orgId })
    }
    const officerIds = new Set(file.officers.map((o) => o.openid))
    expect(DEMO_IDENTITIES.filter((i) => i.role === 'worker' && officerIds.has(i.openid))).toEqual([])
  })
})
