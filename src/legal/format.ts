/** Small display helpers for the legal pages (zod-free, no Taro). */

/** "3月10日 10:00" from a server instant (always written with +08:00, so the digits are Shanghai time). */
export function timeLabel(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}:${m[4]}` : iso
}

/** "1234 5678 9012 3456": easier to read aloud and copy by hand than 16 digits in a row. */
export const groupedReceipt = (receipt: string) => receipt.replace(/(\d{4})(?=\d)/g, '$1 ')

/** Today in Asia/Shanghai as YYYY-MM-DD (China has no daylight saving: a fixed +8 h). */
export function shanghaiToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** A yuan amount as the worker typed it: digits with at most two decimals; null when it is not one. */
export function parseYuan(raw: string): number | null {
  const s = raw.trim()
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(s)) return null
  return Number(s)
}

/** Hours: like yuan, at most 2000. */
export function parseHours(raw: string): number | null {
  const s = raw.trim() === '' ? '0' : raw.trim()
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(s)) return null
  const n = Number(s)
  return n <= 2000 ? n : null
}

/** A page parameter as sent by `withQuery` (H5 and weapp hand them over still encoded); raw text stays as it is. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
