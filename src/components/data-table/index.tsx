import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { Sort, SortValue } from './sort'
import './index.scss'

export type Column<T> = {
  key: string
  title: string
  /** Share of the row's width (flex-grow); 1 by default. */
  grow?: number
  cell: (row: T) => ReactNode
  /** Present → the header sorts by it. */
  sortValue?: (row: T) => SortValue
}

type Props<T> = {
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string
  sort: Sort | null
  onSort: (key: string) => void
  /** The row shown in the detail pane. */
  openKey?: string | null
  /** The row the keyboard is on. */
  cursor?: string | null
  onOpen: (row: T) => void
  /** Extra class per row, e.g. a red edge for a late case. */
  rowClass?: (row: T) => string
  /** More rows behind 加载更多 (keyset paging): the count says "已加载", and a sort covers only those. */
  more: boolean
}

const ARROWS = { asc: ' ▲', desc: ' ▼' }

/** "共 12 条", or while more pages wait: "已加载 20 条，还有更多". */
export const countLabel = (n: number, more: boolean) => (more ? `已加载 ${n} 条，还有更多` : `共 ${n} 条`)

/**
 * A desktop table: the row count, a header whose sortable titles sort on a tap (again to reverse), rows that
 * open on a tap. Sorting orders the loaded rows; the count says when more are still to load.
 */
export default function DataTable<T>({ columns, rows, rowKey, sort, onSort, openKey, cursor, onOpen, rowClass, more }: Props<T>) {
  const width = (c: Column<T>) => ({ flex: `${c.grow ?? 1} 1 0` })
  return (
    <View className='dtable' role='table'>
      <View className='dtable__count' role='status'>
        {countLabel(rows.length, more)}{more && sort ? '（排序只针对已加载的这些）' : ''} · 点标题排序，↑↓ 选择，Enter 打开，Esc 关闭
      </View>
      <View className='dtable__row dtable__row--head' role='row'>
        {columns.map((c) => {
          const dir = sort?.key === c.key ? sort.dir : null
          return (
            <View key={c.key} style={width(c)} role='columnheader'
              className={`dtable__cell dtable__head ${c.sortValue ? 'dtable__head--sortable' : ''}`}
              aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
              onClick={c.sortValue ? () => onSort(c.key) : undefined}
            >
              {c.title}{dir ? ARROWS[dir] : ''}
            </View>
          )
        })}
      </View>
      {rows.map((row) => {
        const key = rowKey(row)
        const state = `${key === openKey ? 'dtable__row--open' : ''} ${key === cursor ? 'dtable__row--cursor' : ''}`
        return (
          <View key={key} className={`dtable__row ${state} ${rowClass?.(row) ?? ''}`} role='row' aria-selected={key === openKey}
            data-key={key} onClick={() => onOpen(row)}
          >
            {columns.map((c) => (
              <View key={c.key} style={width(c)} className='dtable__cell' role='cell'>
                {c.cell(row)}
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}
