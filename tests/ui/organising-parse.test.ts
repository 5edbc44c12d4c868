/** The import page's reader (src/organising/parse.ts): CSV and XLSX to rows numbered as in the file, and chunking. */
import { strToU8, zipSync } from 'fflate'
import { chunkRows, parseCsv, parseInsuredFile } from '../../src/organising/parse'
import { problemList } from '../../src/organising/hooks/use-import'

test('When a CSV has a BOM, quotes, CRLF and a blank line, then rows keep their file row numbers', () => {
  const csv = '\uFEFF统一社会信用代码,单位名称,参保人数\r\n91330782MA2EDQXF8K,"凯晟,拉链 ""有限"" 公司",120\r\n\r\n913307827976259041,鼎辉,30\r\n'
  expect(parseCsv(csv).map((r) => r.line)).toEqual([1, 2, 4])
  const out = parseInsuredFile('a.csv', strToU8(csv))
  expect(out.error).toBeNull()
  expect(out.rows).toEqual([
    { line: 2, creditCode: '91330782MA2EDQXF8K', name: '凯晟,拉链 "有限" 公司', insured: '120', townId: null, month: null },
    { line: 4, creditCode: '913307827976259041', name: '鼎辉', insured: '30', townId: null, month: null },
  ])
})

test('When an XLSX holds shared and inline strings and numbers, then its first sheet is read with row numbers', () => {
  const shared = '<sst><si><t>统一社会信用代码</t></si><si><t>单位名称</t></si><si><t>参保人数</t></si><si><r><t>凯晟</t></r><r><t>拉链&amp;公司</t></r></si></sst>'
  const sheet = '<worksheet><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>91330782MA2EDQXF8K</t></is></c><c r="B3" t="s"><v>3</v></c><c r="C3"><v>118</v></c></row>' +
    '</sheetData></worksheet>'
  const xlsx = zipSync({ 'xl/sharedStrings.xml': strToU8(shared), 'xl/worksheets/sheet1.xml': strToU8(sheet) })
  expect(parseInsuredFile('清单.xlsx', xlsx).rows).toEqual([{ line: 3, creditCode: '91330782MA2EDQXF8K', name: '凯晟拉链&公司', insured: '118', townId: null, month: null }])
})

test('When the header lacks a column, then the file is refused naming it', () => {
  expect(parseInsuredFile('a.csv', strToU8('单位名称,参保人数\n凯晟,3')).error).toBe('第 1 行（表头）缺少列：统一社会信用代码')
})

test('When rows are chunked, then no chunk passes the row or byte cap and none is lost', () => {
  const rows = Array.from({ length: 1234 }, (_, i) => ({ line: i + 2, name: '企业'.repeat(20) }))
  const chunks = chunkRows(rows, 500, 80_000)
  expect(chunks.flat()).toEqual(rows)
  for (const c of chunks) expect(c.length <= 500 && Buffer.byteLength(JSON.stringify(c)) <= 80_000).toBe(true)
})

test('When the server names bad rows, then the page lists them as 第 N 行 in row order', () => {
  expect(problemList({ 'rows.12.insured': '参保人数应为正整数', 'rows.3.creditCode': '统一社会信用代码校验位不正确' }).map((p) => p.text)).toEqual([
    '第 3 行 统一社会信用代码：统一社会信用代码校验位不正确', '第 12 行 参保人数：参保人数应为正整数',
  ])
})
