import { planImport } from '../../cloudfunctions/_lib/domain/directory-import'
import type { DirectoryFile, Org } from '../../types/directory'
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
