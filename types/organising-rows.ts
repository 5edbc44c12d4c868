/**
 * One row of the social-insurance list, checked the same way by the page (before anything is sent) and by the
 * `organising.importInsured` action (on every chunk). Zod-free: the import page imports it.
 * Row numbers: `line` is the row number in the file as the user sees it (the header is row 1, the first data
 * row is row 2); a row sent without `line` is numbered by its position in the import the same way.
 */
import { isValidCreditCode, normaliseCreditCode } from './credit-code'

export type InsuredRowInput = { creditCode: string; name: string; insured: string | number; townId?: string | null; month?: string | null; line?: number }
export type InsuredRow = { line: number; creditCode: string; name: string; insured: number; town: string | null; month: string | null }
export type RowProblems = Record<string, string>

/** '2026-03', '2026/3', '202603', '2026年3月' → '2026-03'; null when unreadable. */
export function normaliseMonth(raw: string): string | null {
  const m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$/.exec(raw.trim())
  if (!m) return null
  const month = Number(m[2] ?? m[3])
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null
}

/** Checks rows numbered from `firstLine` (when a row has no `line`); problems keyed `rows.<line>.<field>`. */
export function checkInsuredRows(rows: readonly InsuredRowInput[], firstLine = 2): { rows: InsuredRow[]; problems: RowProblems } {
  const out: InsuredRow[] = []
  const problems: RowProblems = {}
  rows.forEach((r, i) => {
    const line = r.line ?? firstLine + i
    const bad = (field: string, reason: string) => (problems[`rows.${line}.${field}`] ??= reason)
    const code = normaliseCreditCode(String(r.creditCode ?? ''))
    if (!code) bad('creditCode', '缺少统一社会信用代码')
    else if (code.length !== 18) bad('creditCode', '统一社会信用代码应为 18 位')
    else if (!isValidCreditCode(code)) bad('creditCode', '统一社会信用代码校验位不正确')
    const name = String(r.name ?? '').trim()
    if (!name) bad('name', '缺少单位名称')
    else if (name.length > 100) bad('name', '单位名称不能超过 100 个字')
    const rawCount = typeof r.insured === 'number' ? String(r.insured) : String(r.insured ?? '').replace(/[,，\s]/g, '')
    const insured = /^\d+(\.0+)?$/.test(rawCount) ? Number(rawCount) : NaN
    if (!rawCount) bad('insured', '缺少参保人数')
    else if (!Number.isInteger(insured) || insured <= 0) bad('insured', '参保人数应为正整数')
    else if (insured > 1_000_000) bad('insured', '参保人数超出范围')
    const town = String(r.townId ?? '').trim() || null
    if (town && town.length > 64) bad('townId', '所属镇街不能超过 64 个字')
    const rawMonth = String(r.month ?? '').trim()
    const month = rawMonth ? normaliseMonth(rawMonth) : null
    if (rawMonth && !month) bad('month', '月份应为 年-月，例如 2026-03')
    out.push({ line, creditCode: code, name, insured, town, month })
  })
  return { rows: out, problems }
}

/** A credit code that appears twice in the import: the later rows are reported, naming the first. */
export function duplicateProblems(rows: readonly InsuredRow[]): RowProblems {
  const first = new Map<string, number>()
  const problems: RowProblems = {}
  for (const r of rows) {
    const seen = first.get(r.creditCode)
    if (seen !== undefined) problems[`rows.${r.line}.creditCode`] = `与第 ${seen} 行的统一社会信用代码重复`
    else first.set(r.creditCode, r.line)
  }
  return problems
}
