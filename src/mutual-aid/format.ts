/** Small display and input helpers for the mutual-aid pages (zod-free, no Taro). */

/** "3月10日 10:00" from a server instant (written with +08:00, so the digits are Shanghai time). */
export function timeLabel(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}:${m[4]}` : iso
}

/** 2026-10-08 → 2026年10月8日 */
export function dayLabel(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day
}

/** 1234.5 → "1,234.50 元" */
export const yuan = (n: number) => `${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`

/** Today in Asia/Shanghai as YYYY-MM-DD (a fixed +8 h). */
export function shanghaiToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** A yuan amount as typed: digits with at most two decimals; null when it is not one. */
export function parseYuan(raw: string): number | null {
  const s = raw.trim()
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(s)) return null
  return Number(s)
}

/** One request id per form: 重试 after a network failure (or a double tap) files one claim. */
export const newRequestId = () => `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`

/** 0.5 → "50%" */
export const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`

/** Member numbers in pasted text (one per line, or separated by anything): YW + 10 digits, each once. */
export function memberNosIn(text: string): string[] {
  return [...new Set((text.toUpperCase().match(/YW\d{10}/g) ?? []))]
}

/** Splits a list into chunks of `size` (the enrolment goes in chunks so the page can show progress). */
export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/** A plan's name, marked when its values are the demo's (unless its name says so already). */
export const planTitle = (p: { name: string; demo?: boolean }) => (p.demo && !p.name.includes('演示') ? `${p.name}（演示数值）` : p.name)
