import { planImport, scopeProblems, storedOrgIds, type ImportBatch } from '../../cloudfunctions/_lib/domain/directory-import'
import type { DirectoryFile, Enterprise, Officer, Org } from '../../types/directory'
import { creditCode } from '../support/factories'

const file = (over: Partial<DirectoryFile>): DirectoryFile => ({ orgs: [], enterprises: [], officers: [], ...over })
const city = { id: 'yw', name: '义乌市总工会', type: 'city_federation' as const }
const town = { id: 'sx', name: '苏溪镇总工会', type: 'town_federation' as const, parentId: 'yw' }
const stored = (orgs: Org[]) => new Map(orgs.map((o) => [o.id, o]))
const reasons = (plan: ReturnType<typeof planImport>) => (plan.ok ? [] : plan.problems.map((p) => `${p.section}.${p.index}: ${p.reason}`))

describe('planImport', () => {
  it('When the tree is valid, then paths and towns are derived', () => {
    const plan = planImport(file({ orgs: [{ id: 'a1', name: '片区', type: 'area_committee', parentId: 'sx' }, town, city] }), new Map())
    expect(plan.ok && plan.batch.orgs.find((o) => o.id === 'a1')).toMatchObject({ path: '/yw/sx/a1/', townId: 'sx' })
    expect(plan.ok && plan.batch.orgs.find((o) => o.id === 'yw')).toMatchObject({ path: '/yw/', townId: null })
  })
  it('When parents are unknown, cyclic or of the wrong type, then each row is reported', () => {
    const plan = planImport(file({
      orgs: [
        city,
        { id: 'x', name: 'X', type: 'town_federation', parentId: 'ghost' },
        { id: 'c1', name: 'C1', type: 'area_committee', parentId: 'c2' },
        { id: 'c2', name: 'C2', type: 'area_committee', parentId: 'c1' },
        { id: 'bad', name: 'B', type: 'area_committee', parentId: 'yw' },
        { id: 'ju', name: 'J', type: 'joint_union', parentId: 'yw' },
      ],
    }), new Map())
    const r = reasons(plan).join('\n')
    expect(r).toContain('orgs.1: 上级组织 ghost 不存在')
    expect(r).toMatch(/orgs\.[23]: .*(循环|不能挂在)/)
    expect(r).toContain('orgs.4: area_committee 不能挂在 city_federation 之下')
    expect(r).toContain('orgs.5: 联合工会须注明类型')
  })
  it('When enterprises refer to wrong orgs or repeat codes, then each row is reported', () => {
    const code = creditCode()
    const plan = planImport(file({
      orgs: [city, town],
      enterprises: [
        { id: 'e1', name: '甲', creditCode: code, townId: 'sx', staff: 1 },
        { id: 'e2', name: '乙', creditCode: code, townId: 'sx', staff: 1 },
        { id: 'e3', name: '丙', creditCode: creditCode(), townId: 'yw', staff: 1 },
        { id: 'e4', name: '丁', creditCode: creditCode(), townId: 'sx', unionId: 'nope', staff: 1 },
      ],
    }), new Map())
    expect(reasons(plan)).toEqual([
      'enterprises.1: 统一社会信用代码与第 0 行重复',
      'enterprises.2: 所在镇街 yw 不是已知的镇(街道)总工会',
      'enterprises.3: 企业工会 nope 不存在',
    ])
  })
  it('When the file refers to stored orgs, then they resolve; moving a stored org is refused', () => {
    const existing = stored([
      { id: 'yw', name: '义乌', type: 'city_federation', kind: null, parentId: null, path: '/yw/', townId: null },
      { id: 'sx', name: '苏溪', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' },
      { id: 'ft', name: '佛堂', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/ft/', townId: 'ft' },
      { id: 'a1', name: '片区', type: 'area_committee', kind: null, parentId: 'sx', path: '/yw/sx/a1/', townId: 'sx' },
    ])
    const ok = planImport(file({ orgs: [{ id: 'eu', name: '工会', type: 'enterprise_union', parentId: 'a1' }] }), existing)
    expect(ok.ok && ok.batch.orgs[0]).toMatchObject({ path: '/yw/sx/a1/eu/', townId: 'sx' })
    const moved = planImport(file({ orgs: [{ id: 'a1', name: '片区', type: 'area_committee', parentId: 'ft' }] }), existing)
    expect(reasons(moved)).toEqual(['orgs.0: 已有组织不能通过导入更改类型或上级组织'])
  })
})

describe('scopeProblems (an admin changes only what is, and stays, in its subtree)', () => {
  const org = (id: string, type: Org['type'], path: string, townId: string | null): Org =>
    ({ id, name: id, type, kind: type === 'joint_union' ? 'regional' : null, parentId: path.split('/').filter(Boolean).slice(-2, -1)[0] ?? null, path, townId })
  const orgs = stored([
    org('yw', 'city_federation', '/yw/', null),
    org('ju-yw', 'joint_union', '/yw/ju-yw/', null),
    org('sx', 'town_federation', '/yw/sx/', 'sx'),
    org('sx-a1', 'area_committee', '/yw/sx/sx-a1/', 'sx'),
    org('eu-sx', 'enterprise_union', '/yw/sx/sx-a1/eu-sx/', 'sx'),
    org('ju-sx', 'joint_union', '/yw/sx/ju-sx/', 'sx'),
    org('ft', 'town_federation', '/yw/ft/', 'ft'),
    org('eu-ft', 'enterprise_union', '/yw/ft/eu-ft/', 'ft'),
  ])
  const ent = (id: string, townId: string, over: Partial<Enterprise> = {}): Enterprise =>
    ({ id, name: id, creditCode: `CODE-${id}`, townId, unionId: null, jointUnionId: null, staff: 1, industry: null, ...over })
  const enterprises = [
    ent('e-sx', 'sx', { unionId: 'eu-sx' }),
    ent('e-sx-city', 'sx', { jointUnionId: 'ju-yw' }),
    ent('e-ft', 'ft', { unionId: 'eu-ft' }),
  ]
  const officers: Officer[] = [
    { openid: 'o-sx', orgId: 'sx-a1', role: 'officer', name: '甲' },
    { openid: 'o-ft', orgId: 'ft', role: 'admin', name: '乙' },
    { openid: 'o-city', orgId: 'yw', role: 'admin', name: '丙' },
  ]
  const batch = (over: Partial<ImportBatch>): ImportBatch => ({ orgs: [], enterprises: [], officers: [], ...over })
  const check = (scope: string, b: ImportBatch) =>
    scopeProblems(b, scope, { orgs, enterprises, officers }).map((p) => `${p.section}.${p.index}: ${p.reason}`)
  const e = (id: string) => enterprises.find((x) => x.id === id)!
  const o = (openid: string) => officers.find((x) => x.openid === openid)!

  const cases: Array<[string, string, ImportBatch, string[]]> = [
    ['another town’s enterprise re-homed into mine', 'sx', batch({ enterprises: [{ ...e('e-ft'), townId: 'sx', unionId: null }] }),
      ['enterprises.0: 企业 e-ft 属于您管辖范围以外的镇街，不能通过导入更改']],
    ['another town’s enterprise left where it is', 'sx', batch({ enterprises: [{ ...e('e-ft'), staff: 9 }] }),
      ['enterprises.0: 企业 e-ft 属于您管辖范围以外的镇街，不能通过导入更改']],
    ['my enterprise moved out of my town', 'sx', batch({ enterprises: [{ ...e('e-sx'), townId: 'ft', unionId: null }] }),
      ['enterprises.0: 企业 e-sx 所在镇街不在您的管辖范围内']],
    ['my enterprise updated, re-attached inside my town', 'sx', batch({ enterprises: [{ ...e('e-sx'), unionId: null, jointUnionId: 'ju-sx', staff: 5 }] }), []],
    ['a new enterprise in my town', 'sx', batch({ enterprises: [ent('e-new', 'sx', { unionId: 'eu-sx' })] }), []],
    ['a new enterprise attached to a city-level union', 'sx', batch({ enterprises: [ent('e-new', 'sx', { jointUnionId: 'ju-yw' })] }),
      ['enterprises.0: 联合工会 ju-yw 不在您的管辖范围内']],
    ['my enterprise detached from a city-level union', 'sx', batch({ enterprises: [{ ...e('e-sx-city'), jointUnionId: null }] }),
      ['enterprises.0: 不能解除企业与您管辖范围以外的联合工会 ju-yw 的关联']],
    ['my enterprise on a city-level union, attachment unchanged', 'sx', batch({ enterprises: [{ ...e('e-sx-city'), staff: 7 }] }), []],
    ['a new enterprise with another town’s credit code', 'sx', batch({ enterprises: [ent('e-new', 'sx', { creditCode: 'CODE-e-ft' })] }),
      ['enterprises.0: 该统一社会信用代码已属于您管辖范围以外的企业']],
    ['my enterprise taking another town’s credit code', 'sx', batch({ enterprises: [{ ...e('e-sx'), creditCode: 'CODE-e-ft' }] }),
      ['enterprises.0: 该统一社会信用代码已属于您管辖范围以外的企业']],
    ['a code held inside my scope (left to the store’s CONFLICT)', 'sx', batch({ enterprises: [ent('e-new', 'sx', { creditCode: 'CODE-e-sx' })] }), []],
    ['the city admin moves an enterprise between towns', 'yw', batch({ enterprises: [{ ...e('e-sx'), townId: 'ft', unionId: 'eu-ft' }] }), []],
    ['another org’s officer moved into mine', 'sx', batch({ officers: [{ ...o('o-ft'), orgId: 'sx', role: 'officer' }] }),
      ['officers.0: openid o-ft 已在您管辖范围以外的组织任职，不能通过导入更改']],
    ['the city admin demoted in place', 'sx', batch({ officers: [{ ...o('o-city'), role: 'officer' }] }),
      ['officers.0: openid o-city 已在您管辖范围以外的组织任职，不能通过导入更改']],
    ['my officer moved and promoted inside my town', 'sx', batch({ officers: [{ ...o('o-sx'), orgId: 'ju-sx', role: 'admin' }] }), []],
    ['my officer moved out of my town', 'sx', batch({ officers: [{ ...o('o-sx'), orgId: 'ft' }] }), ['officers.0: 干部所属组织 ft 不在您的管辖范围内']],
    ['a new officer in my town', 'sx', batch({ officers: [{ openid: 'o-new', orgId: 'eu-sx', role: 'officer', name: '丁' }] }), []],
    ['an area admin and the town’s enterprise', 'sx-a1', batch({ enterprises: [{ ...e('e-sx'), staff: 2 }] }),
      ['enterprises.0: 企业 e-sx 属于您管辖范围以外的镇街，不能通过导入更改']],
    ['another town’s org renamed', 'sx', batch({ orgs: [{ ...orgs.get('eu-ft')!, name: '改名' }] }), ['orgs.0: 组织 eu-ft 不在您的管辖范围内']],
    ['my org renamed and a new org placed in my town', 'sx', batch({ orgs: [{ ...orgs.get('sx-a1')!, name: '改名' }, org('sx-a2', 'area_committee', '/yw/sx/sx-a2/', 'sx')] }), []],
  ]
  it.each(cases)('When %s (scope %s), then the problems are as listed', (_name, scope, b, expected) => {
    expect(check(scope, b)).toEqual(expected)
  })

  it('When a stored record refers to an org that was not loaded, then it counts as outside (fail closed)', () => {
    const lost = ent('e-lost', 'ghost-town')
    expect(scopeProblems(batch({ enterprises: [{ ...lost, townId: 'sx' }] }), 'yw', { orgs, enterprises: [lost], officers: [] }))
      .toEqual([expect.objectContaining({ section: 'enterprises', index: 0 })])
  })

  it('When stored records are given, then storedOrgIds names every org they refer to once', () => {
    expect(storedOrgIds(enterprises, officers).sort()).toEqual(['eu-ft', 'eu-sx', 'ft', 'ju-yw', 'sx', 'sx-a1', 'yw'])
  })
})
