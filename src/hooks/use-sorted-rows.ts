import { useMemo, useState } from 'react'
import { nextSort, sortRows, type Sort, type SortValue } from '../components/data-table/sort'

type Sortable<T> = { key: string; sortValue?: (row: T) => SortValue }

/** The loaded rows in the order of the tapped column (the server's order until one is tapped). */
export function useSortedRows<T>(rows: T[], columns: Sortable<T>[]) {
  const [sort, setSort] = useState<Sort | null>(null)
  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.key === sort.key) : undefined
    return sort && column?.sortValue ? sortRows(rows, column.sortValue, sort.dir) : rows
  }, [rows, columns, sort])
  return { sorted, sort, toggle: (key: string) => setSort((s) => nextSort(s, key)) }
}
