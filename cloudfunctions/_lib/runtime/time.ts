/** Every time in the API is ISO-8601 with the +08:00 offset (Asia/Shanghai has no DST). */
const OFFSET_MS = 8 * 3600_000

export function toIso(date: Date): string {
  const shifted = new Date(date.getTime() + OFFSET_MS).toISOString() // 2026-03-10T02:00:00.000Z
  return `${shifted.slice(0, 19)}+08:00`
}

/** The Asia/Shanghai calendar day of an instant, as YYYY-MM-DD. */
export function shanghaiDay(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant a Shanghai calendar day starts: `D T00:00:00+08:00`. */
export function startOfShanghaiDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`)
}

export function parseIso(value: string): Date | null {
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}
