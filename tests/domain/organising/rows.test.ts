/** The insured-list row checks (shared by page and action) and the import plan, table by table. */
import { checkInsuredRows, duplicateProblems, normaliseMonth } from '../../../types/organising-rows'
import { planInsuredImport } from '../../../cloudfunctions/_lib/domain/organising/plan-import'
import { creditCode, enterprise, town } from '../../support/factories'
import { entry } from '../../support/organising-factories'

test.each([
  ['2026-03', '2026-03'], ['2026/3', '2026-03'], ['202603', '2026-03'], ['2026年3月', '2026-03'], ['2026-13', null], ['三月', null],
])('When the month reads %s, then it is %s', (raw, want) => expect(normaliseMonth(raw)).toBe(want))

test.each([
  [{ creditCode: ' 91330782ma2edqxf8k ', name: ' 凯晟 ', insured: '1,200' }, {}],
  [{ creditCode: '91330782MA2EDQXF8X', name: 'a', insured: 3 }, { 'rows.2.creditCode': '统一社会信用代码校验位不正确' }],
  [{ creditCode: '123', name: 'a', insured: 3 }, { 'rows.2.creditCode': '统一社会信用代码应为 18 位' }],
  [{ creditCode: '', name: '', insured: '' }, { 'rows.2.creditCode': '缺少统一社会信用代码', 'rows.2.name': '缺少单位名称', 'rows.2.insured': '缺少参保人数' }],
  [{ creditCode: '91330782MA2EDQXF8K', name: 'a', insured: -3 }, { 'rows.2.insured': '参保人数应为正整数' }],
  [{ creditCode: '91330782MA2EDQXF8K', name: 'a', insured: '2.5' }, { 'rows.2.insured': '参保人数应为正整数' }],
])('When a row is %j, then its problems are %j', (row, problems) => {
  expect(checkInsuredRows([row]).problems).toEqual(problems)
})

test('When rows carry their line, then problems use it; a repeated code names the first row', () => {
  const { rows } = checkInsuredRows([{ creditCode: '91330782MA2EDQXF8K', name: 'a', insured: 30, line: 7 }, { creditCode: '91330782ma2edqxf8k', name: 'b', insured: 30, line: 12 }])
  expect(rows[0]).toMatchObject({ line: 7, creditCode: '91330782MA2EDQXF8K', insured: 30 })
  expect(duplicateProblems(rows)).toEqual({ 'rows.12.creditCode': '与第 7 行的统一社会信用代码重复' })
})

describe('planInsuredImport', () => {
  const sx = town({ id: 'sx', name: '苏溪镇总工会' })
  const ft = town({ id: 'ft', name: '佛堂镇总工会' })
  const base = { importId: 'i2', at: 't2', towns: [sx, ft], scopeTownId: null, enterprises: new Map(), existing: new Map() }
  const row = (over = {}) => ({ line: 2, creditCode: creditCode(), name: '企业', insured: 30, town: '苏溪镇', month: '2026-02', ...over })

  test('When the enterprise is in the directory, then its town, id, name and coverage come from the directory', () => {
    const r = row({ town: '佛堂镇' })
    const ent = enterprise({ creditCode: r.creditCode, townId: 'sx', name: '目录名', unionId: null, jointUnionId: 'ju-1' })
    const plan = planInsuredImport([r], { ...base, enterprises: new Map([[r.creditCode, ent]]) })
    expect(plan.ok && plan.entries[0]).toMatchObject({ townId: 'sx', enterpriseId: ent.id, name: '目录名', covered: true, coveredAt: null, status: 'todo' })
  })

  test('When an entry exists, then status and organiser stay, the count joins its history, and newly covered is dated', () => {
    const r = row()
    const prev = entry({ creditCode: r.creditCode, townId: 'sx', status: 'founding', organiserOpenid: 'o-1', version: 4 })
    const ent = enterprise({ creditCode: r.creditCode, townId: 'sx', unionId: 'eu-1' })
    const plan = planInsuredImport([r], { ...base, enterprises: new Map([[r.creditCode, ent]]), existing: new Map([[r.creditCode, prev]]) })
    expect(plan.ok && plan.entries[0]).toMatchObject({ status: 'founding', organiserOpenid: 'o-1', covered: true, coveredAt: 't2', version: 5 })
    expect(plan.ok && plan.entries[0].history.map((h) => h.importId)).toEqual(['i2', 'imp-1'])
  })

  test('When a town admin imports, then rows without a town land in its town and rows elsewhere are refused', () => {
    const plan = planInsuredImport([row({ town: null }), row({ line: 3, town: '佛堂镇' })], { ...base, scopeTownId: 'sx' })
    expect(plan).toEqual({ ok: false, problems: { 'rows.3.townId': '该企业不在本镇街，只能导入本镇街的企业' } })
    const ok = planInsuredImport([row({ town: null })], { ...base, scopeTownId: 'sx' })
    expect(ok.ok && ok.entries[0].townId).toBe('sx')
  })
})
