/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, free of time zones (UTC dates stand for Shanghai days).
 * Shared by the legal toolkit on the page and in the function.
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01; NaN for a malformed or non-existent date. */
export function dayNumber(day: string): number {
  const m = PATTERN.exec(day)
  if (!m) return NaN
  const n = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY
  return dayString(n) === day ? n : NaN
}

export function dayString(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

export const isDay = (day: string) => !Number.isNaN(dayNumber(day))
export const addDays = (day: string, n: number) => dayString(dayNumber(day) + n)
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from)

/** The same day `n` months later; a day the month lacks becomes its last day (01-31 + 1 month → 02-28/29). */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const index = y * 12 + (m - 1) + n
  const year = Math.floor(index / 12)
  const month = index - year * 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** The same month and day `n` years later (02-29 → 02-28 in a common year). */
export const addYears = (day: string, n: number) => addMonths(day, 12 * n)

/** 2026-10-08 → 2026年10月8日 */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
