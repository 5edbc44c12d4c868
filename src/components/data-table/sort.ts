/** Sorting a loaded page of rows by one column (zod-free, no Taro). */

export type SortDir = 'asc' | 'desc'
export type Sort = { key: string; dir: SortDir }
export type SortValue = string | number | null

/** Stable: equal values keep the server's order. Missing values (null) go last either way. */
export function sortRows<T>(rows: T[], value: (row: T) => SortValue, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === b.v) return a.i - b.i
      if (a.v === null) return 1
      if (b.v === null) return -1
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'zh-CN')
      return c === 0 ? a.i - b.i : sign * c
    })
    .map((x) => x.row)
}

/** A header tap: a new column sorts ascending, the same column flips. */
export const nextSort = (current: Sort | null, key: string): Sort =>
  current?.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }
