/** The month board (pure): states, scope, grouping by area committee, totals, CSV. */
import { buildBoard, type BoardOrg, type BoardReport } from '../../../cloudfunctions/_lib/domain/arrears/board'
import { boardCsv } from '../../../cloudfunctions/_lib/domain/arrears/csv'
import { enterprise } from '../../support/factories'

const org = (id: string, type: BoardOrg['type'], path: string, name = id): BoardOrg => ({ id, name, type, path })
const ORGS = new Map<string, BoardOrg>(
  [
    org('t', 'town_federation', '/c/t/', '某镇总工会'),
    org('a1', 'area_committee', '/c/t/a1/', '第一片区工委'),
    org('a2', 'area_committee', '/c/t/a2/', '第二片区工委'),
    org('eu1', 'enterprise_union', '/c/t/a1/eu1/', '甲厂工会'),
    org('eu2', 'enterprise_union', '/c/t/a2/eu2/', '乙厂工会'),
    org('eu3', 'enterprise_union', '/c/t/eu3/', '丙厂工会'),
    org('ju', 'joint_union', '/c/t/ju/', '村联合工会'),
    org('ju-city', 'joint_union', '/c/ju-city/', '市快递行业工会联合会'),
  ].map((o) => [o.id, o]),
)
const ES = [
  enterprise({ id: 'e1', name: '甲厂', unionId: 'eu1', jointUnionId: null, townId: 't' }),
  enterprise({ id: 'e2', name: '乙厂', unionId: 'eu2', jointUnionId: null, townId: 't' }),
  enterprise({ id: 'e3', name: '丙厂', unionId: 'eu3', jointUnionId: null, townId: 't' }),
  enterprise({ id: 'e4', name: '丁厂', unionId: null, jointUnionId: 'ju', townId: 't' }),
  enterprise({ id: 'e5', name: '戊厂', unionId: null, jointUnionId: null, townId: 't' }),
  enterprise({ id: 'e6', name: '己快递', unionId: null, jointUnionId: 'ju-city', townId: 't' }),
]
const REPORTS: BoardReport[] = [
  { enterpriseId: 'e1', arrears: { workers: 12, amount: 86000.5, since: '2026-01' }, caseId: 'case-1', filedAt: '2026-03-03T09:00:00+08:00' },
  { enterpriseId: 'e2', arrears: null, caseId: null, filedAt: '2026-03-02T09:00:00+08:00' },
  { enterpriseId: 'e5', arrears: { workers: 2, amount: 9000, since: '2026-02' }, caseId: 'case-5', filedAt: '2026-03-04T09:00:00+08:00' },
]
const DUE = '2026-03-07T00:00:00+08:00'
const board = (scope: string, pastDue: boolean) =>
  buildBoard({ enterprises: ES, reports: REPORTS, orgs: ORGS, scope: ORGS.get(scope)!, dueBy: DUE, now: pastDue ? '2026-03-10T10:00:00+08:00' : '2026-03-05T10:00:00+08:00' })

it('When the town looks after the due time, then every enterprise has a state, grouped by area committee with 镇直属 last', () => {
  const b = board('t', true)
  expect(b.rows.map((r) => [r.enterpriseId, r.state, r.groupId])).toEqual([
    ['e1', 'arrears', 'a1'],
    ['e2', 'filed', 'a2'],
    ['e3', 'overdue', null],
    ['e4', 'overdue', null],
    ['e5', 'arrears', null],
    ['e6', 'overdue', null],
  ])
  expect(b.totals).toEqual({ enterprises: 6, filed: 1, missing: 0, overdue: 3, arrears: 2, workers: 14, amount: 95000.5 })
  expect(b.groups.map((g) => [g.name, g.totals.enterprises])).toEqual([['第一片区工委', 1], ['第二片区工委', 1], ['镇直属', 4]])
  expect(b.rows.find((r) => r.enterpriseId === 'e6')).toMatchObject({ filerOrgId: 'ju-city' })
  expect(b.names).toMatchObject({ 'ju-city': '市快递行业工会联合会', a1: '第一片区工委', eu1: '甲厂工会', t: '某镇总工会' })
  expect(b.rows[0]).toEqual({ enterpriseId: 'e1', enterpriseName: '甲厂', state: 'arrears', groupId: 'a1', filerOrgId: 'eu1', workers: 12, amount: 86000.5, since: '2026-01', caseId: 'case-1' })
  // Small rows: nothing that does not apply.
  expect(b.rows[1]).toEqual({ enterpriseId: 'e2', enterpriseName: '乙厂', state: 'filed', groupId: 'a2', filerOrgId: 'eu2' })
})

it('When the due time has not passed, then an unreported enterprise is missing, not overdue', () => {
  expect(board('t', false).totals).toMatchObject({ missing: 3, overdue: 0 })
})

it('When a report came after the due time, then its row says it was late', () => {
  const late = buildBoard({ enterprises: ES, reports: [{ ...REPORTS[1], filedAt: '2026-03-09T09:00:00+08:00' }], orgs: ORGS, scope: ORGS.get('t')!, dueBy: DUE, now: '2026-03-10T10:00:00+08:00' })
  expect(late.rows.find((r) => r.enterpriseId === 'e2')).toMatchObject({ state: 'filed', late: true })
})

it('When an area committee or a joint union looks, then it sees only the enterprises its subtree files for', () => {
  expect(board('a1', true).rows.map((r) => r.enterpriseId)).toEqual(['e1'])
  expect(board('ju', true).rows.map((r) => r.enterpriseId)).toEqual(['e4'])
  expect(board('eu2', true).totals).toMatchObject({ enterprises: 1, filed: 1 })
})

it('When the board is exported, then the CSV has a BOM, Chinese headers, CRLF rows and the state labels', () => {
  const codes = new Map(ES.map((e) => [e.id, e.creditCode]))
  const csv = boardCsv('2026-02', board('t', true), codes)
  expect(csv.startsWith('\uFEFF月份,片区,企业名称,统一社会信用代码,报送单位,状态,逾期报送,欠薪人数,欠薪金额(元)')).toBe(true)
  const lines = csv.slice(1).split('\r\n')
  expect(lines).toHaveLength(8) // header, six rows, the final empty line
  expect(lines[1]).toMatch(/^2026年2月,第一片区工委,甲厂,[0-9A-Z]{18},甲厂工会,有欠薪,,12,86000.50,2026-01,case-1$/)
  expect(lines[3]).toMatch(/^2026年2月,镇直属,丙厂,[0-9A-Z]{18},丙厂工会,逾期未报,,,,,$/)
})

it('When the lists come in any order, then the board is the same', () => {
  const shuffled = buildBoard({ enterprises: [...ES].reverse(), reports: [...REPORTS].reverse(), orgs: ORGS, scope: ORGS.get('t')!, dueBy: DUE, now: '2026-03-10T10:00:00+08:00' })
  expect(shuffled.totals).toEqual(board('t', true).totals)
  expect(new Set(shuffled.rows.map((r) => `${r.enterpriseId}:${r.state}`))).toEqual(new Set(board('t', true).rows.map((r) => `${r.enterpriseId}:${r.state}`)))
})
