/**
 * The social-insurance list as the page reads it (pure, no Taro): CSV (UTF-8, optional BOM, quoted cells) or XLSX
 * (the first sheet; fflate unzips, the sheet XML is read here). Rows keep their row number in the file (the header
 * is row 1), so every problem is reported as 第 N 行.
 */
import { strFromU8, unzipSync } from 'fflate'
import { INSURED_COLUMNS, REQUIRED_COLUMNS } from '../../types/organising-labels'
import type { InsuredRowInput } from '../../types/organising-rows'

export type Sheet = Array<{ line: number; cells: string[] }>
export type Parsed = { rows: InsuredRowInput[]; error: string | null }

export function parseCsv(text: string): Sheet {
  const out: Sheet = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  const src = text.replace(/^\uFEFF/, '')
  const endRow = () => {
    cells.push(cell)
    if (cells.some((c) => c.trim() !== '')) out.push({ line: rowLine, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else cell += ch
  }
  if (cell !== '' || cells.length) endRow()
  return out
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&')
const textOf = (xml: string) => unescapeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''))
/** "AB12" → column index 27. */
const columnOf = (ref: string) => [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1

export function parseXlsx(data: Uint8Array): Sheet {
  const files = unzipSync(data, { filter: (f) => f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet1\.xml$/.test(f.name) })
  const sheet = files['xl/worksheets/sheet1.xml']
  if (!sheet) throw new Error('XLSX 文件中没有工作表')
  const shared = files['xl/sharedStrings.xml'] ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1])) : []
  const out: Sheet = []
  for (const row of strFromU8(sheet).matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const line = Number(/\br="(\d+)"/.exec(row[1])?.[1] ?? out.length + 1)
    const cells: string[] = []
    for (const c of row[2].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]
      const body = c[2] ?? ''
      const col = columnOf(/\br="([A-Z]+)\d*"/.exec(attrs)?.[1] ?? String.fromCharCode(65 + cells.length))
      const type = /\bt="(\w+)"/.exec(attrs)?.[1]
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? ''
      cells[col] = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? textOf(body) : unescapeXml(v)
    }
    const filled = Array.from(cells, (c) => c ?? '')
    if (filled.some((c) => c.trim() !== '')) out.push({ line, cells: filled })
  }
  return out
}

/** The sheet's rows under its header (columns found by their Chinese titles, in any order). */
export function rowsOf(sheet: Sheet): Parsed {
  const [head, ...body] = sheet
  if (!head) return { rows: [], error: '文件是空的' }
  const index = new Map(head.cells.map((c, i) => [c.trim(), i]))
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c))
  if (missing.length) return { rows: [], error: `第 ${head.line} 行（表头）缺少列：${missing.join('、')}` }
  const at = (cells: string[], title: keyof typeof INSURED_COLUMNS) => {
    const i = index.get(title)
    return i === undefined ? undefined : (cells[i] ?? '').trim()
  }
  const rows = body.map(({ line, cells }) => ({
    line, creditCode: at(cells, '统一社会信用代码') ?? '', name: at(cells, '单位名称') ?? '', insured: at(cells, '参保人数') ?? '',
    townId: at(cells, '所属镇街') || null, month: at(cells, '月份') || null,
  }))
  return rows.length ? { rows, error: null } : { rows, error: '文件中没有数据行' }
}

export function parseInsuredFile(name: string, data: Uint8Array): Parsed {
  try {
    const sheet = /\.xlsx$/i.test(name) ? parseXlsx(data) : parseCsv(strFromU8(data))
    return rowsOf(sheet)
  } catch (e) {
    return { rows: [], error: `无法读取文件：${e instanceof Error ? e.message : String(e)}` }
  }
}

/** Chunks for upload: at most `maxRows` rows and about `maxBytes` of JSON each (a CloudBase call carries 100 KB). */
export function chunkRows<T>(rows: T[], maxRows: number, maxBytes: number): T[][] {
  const out: T[][] = []
  let cur: T[] = []
  let bytes = 0
  for (const r of rows) {
    // UTF-8 bytes at most 3 per UTF-16 unit; +1 for the comma between rows.
    const size = JSON.stringify(r).length * 3 + 1
    if (cur.length && (cur.length >= maxRows || bytes + size > maxBytes)) {
      out.push(cur)
      cur = []
      bytes = 0
    }
    cur.push(r)
    bytes += size
  }
  if (cur.length) out.push(cur)
  return out
}
