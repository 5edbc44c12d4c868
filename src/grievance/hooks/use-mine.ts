import { useCallback, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { grievanceApi, type MineItem } from '../../services/grievance'
import { usePaged } from './use-paged'

/**
 * 我的诉求: the worker's reported and joined cases, newest first. Pages that show the list stay mounted (the
 * 办事 tab), so the list refreshes whenever the page shows again, e.g. after filing a report.
 */
export function useMine() {
  const fetchPage = useCallback((after?: string) => grievanceApi.mine(after), [])
  const paged = usePaged<MineItem>(fetchPage)
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void paged.reload()
    shown.current = true
  })
  return paged
}
