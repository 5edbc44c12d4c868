/**
 * organising.importInsured through the real entry: all-or-nothing, bad rows reported by their row number in the
 * file (header = row 1), chunks staged and committed together, admins only, a town admin only for its town.
 */
import { openHarness, type Harness } from '../../support/harness'
import { creditCode } from '../../support/factories'
import { data, JOINT, NO_UNION, org, outsider, OWN_UNION } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const sxAdmin = () => org(h, 'o-town-sx-admin')
const listed = async () => (data(h, await sxAdmin()('list', { limit: 100 })).items as Array<{ creditCode: string }>).map((i) => i.creditCode)

test('When an import has one bad row among good ones, then nothing is imported and the row is named by its number in the file', async () => {
  const good = outsider(88)
  const out = await sxAdmin()('importInsured', {
    rows: [good, { creditCode: '91330782MA2EDQXF8X', name: '校验位错', insured: 30 }, outsider(0), { ...outsider(40), month: '2026-13' }],
    last: true,
  })
  expect(out.ok).toBe(false)
  expect(out.error.code).toBe('VALIDATION')
  expect(out.error.fields).toEqual({
    'rows.3.creditCode': '统一社会信用代码校验位不正确',
    'rows.4.insured': '参保人数应为正整数',
    'rows.5.month': '月份应为 年-月，例如 2026-03',
  })
  expect(await listed()).not.toContain(good.creditCode)
  expect(await h.deps.store.organising.getEntry(good.creditCode)).toBeNull()
})

test('When a town admin imports its list, then the un-unionised enterprises with 25 or more insured are listed, largest first, 未入库 ones included', async () => {
  const big = outsider(400)
  const small = outsider(24)
  const out = data(h, await sxAdmin()('importInsured', {
    rows: [
      { ...NO_UNION, insured: 120, month: '2026/2' },
      { ...OWN_UNION, insured: 300 },
      { ...JOINT, insured: 50 },
      big,
      small,
    ],
    last: true,
  }))
  expect(out).toMatchObject({ imported: 5, onList: 2 })
  const items = data(h, await sxAdmin()('list', { limit: 100 })).items
  const codes = items.map((i: { creditCode: string }) => i.creditCode)
  expect(codes).toEqual(expect.arrayContaining([big.creditCode, NO_UNION.creditCode]))
  expect(codes.indexOf(big.creditCode)).toBeLessThan(codes.indexOf(NO_UNION.creditCode))
  for (const gone of [OWN_UNION.creditCode, JOINT.creditCode, small.creditCode]) expect(codes).not.toContain(gone)
  expect(items.find((i: { creditCode: string }) => i.creditCode === big.creditCode)).toMatchObject({ inDirectory: false, enterpriseId: null, townId: 'sx', status: 'todo' })
  expect(items.find((i: { creditCode: string }) => i.creditCode === NO_UNION.creditCode)).toMatchObject({ inDirectory: true, enterpriseId: 'e-sx-007', month: '2026-02', insured: 120 })
})

test('When an import comes in chunks, then nothing is listed before the last one, and a bad row in a later chunk refuses the staged ones too', async () => {
  const a = outsider(61)
  const b = outsider(62)
  const first = data(h, await sxAdmin()('importInsured', { rows: [{ ...a, line: 2 }], chunk: 0 }))
  expect(first).toMatchObject({ staged: 1, rows: 1 })
  expect(await listed()).not.toContain(a.creditCode)
  const bad = await sxAdmin()('importInsured', { importId: first.importId, chunk: 1, rows: [{ ...b, line: 3 }, { ...outsider(5), name: '', line: 4 }], last: true })
  expect(bad.error).toMatchObject({ code: 'VALIDATION', fields: { 'rows.4.name': '缺少单位名称' } })
  expect(await listed()).not.toContain(a.creditCode)
  // The refused import is closed: its id cannot be continued.
  expect((await sxAdmin()('importInsured', { importId: first.importId, chunk: 2, rows: [b], last: true })).error.code).toBe('ORGANISING.IMPORT_CLOSED')

  const again = data(h, await sxAdmin()('importInsured', { rows: [{ ...a, line: 2 }], chunk: 0 }))
  data(h, await sxAdmin()('importInsured', { importId: again.importId, chunk: 1, rows: [{ ...b, line: 3 }] }))
  const done = data(h, await sxAdmin()('importInsured', { importId: again.importId, commit: true }))
  expect(done).toMatchObject({ imported: 2, onList: 2 })
  expect(await listed()).toEqual(expect.arrayContaining([a.creditCode, b.creditCode]))
})

test('When a credit code appears twice across chunks, then the later row is refused naming the first', async () => {
  const a = outsider(70)
  const first = data(h, await sxAdmin()('importInsured', { rows: [{ ...a, line: 2 }], chunk: 0 }))
  const out = await sxAdmin()('importInsured', { importId: first.importId, chunk: 1, rows: [{ ...a, line: 9 }], last: true })
  expect(out.error.fields).toEqual({ 'rows.9.creditCode': '与第 2 行的统一社会信用代码重复' })
})

test('When a town admin imports another town\'s enterprise or an unknown town, or a non-admin imports, then it is refused', async () => {
  const ftCode = creditCode()
  const out = await sxAdmin()('importInsured', { rows: [outsider(30), { creditCode: ftCode, name: '佛堂企业', insured: 30, townId: '佛堂镇' }, { ...outsider(30), townId: '火星镇' }], last: true })
  expect(out.error.fields).toEqual({ 'rows.3.townId': '该企业不在本镇街，只能导入本镇街的企业', 'rows.4.townId': '没有名为“火星镇”的镇街' })
  expect((await org(h, 'o-town-sx-1')('importInsured', { rows: [outsider(30)], last: true })).error.code).toBe('FORBIDDEN')
  expect((await org(h, 'o-eu-hx-1')('importInsured', { rows: [outsider(30)], last: true })).error.code).toBe('FORBIDDEN')
  // A city admin's 未入库 row needs a town.
  const city = await org(h, 'o-city-admin')('importInsured', { rows: [{ ...outsider(30), townId: '' }], last: true })
  expect(city.error.fields).toEqual({ 'rows.2.townId': '未入库企业须填写所属镇街' })
})

test('When the same enterprise is imported twice, then its counts of both imports are kept for the radar', async () => {
  const e = outsider(100)
  data(h, await sxAdmin()('importInsured', { rows: [{ ...e, month: '2026-01' }], last: true }))
  data(h, await sxAdmin()('importInsured', { rows: [{ ...e, insured: 70, month: '2026-02' }], last: true }))
  expect((await h.deps.store.organising.getEntry(e.creditCode))?.history.map((c) => [c.month, c.insured])).toEqual([['2026-02', 70], ['2026-01', 100]])
  const page = await h.deps.store.organising.listInsuredLatest('sx', undefined, 1000)
  const mine = page.items.find((i) => i.creditCode === e.creditCode)
  expect(mine && [mine.latest, mine.previous]).toEqual([70, 100])
})
