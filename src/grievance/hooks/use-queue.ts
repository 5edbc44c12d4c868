import { useCallback } from 'react'
import { grievanceApi, type QueueFilter, type QueueItem } from '../../services/grievance'
import { usePaged } from '../../hooks/use-paged'

export type QueueTab = 'all' | 'pending' | 'accepted' | 'overdue' | 'supervised'
export const QUEUE_TABS: [QueueTab, string][] = [
  ['all', '全部'], ['pending', '待受理'], ['accepted', '已受理'], ['overdue', '超时'], ['supervised', '督办'],
]
const FILTERS: Record<QueueTab, QueueFilter> = {
  all: {}, pending: { status: 'pending' }, accepted: { status: 'accepted' }, overdue: { overdue: true }, supervised: { supervised: true },
}

/** The officer's queue for one filter tab, nearest deadline first (the server's order), a page at a time. */
export function useQueue(tab: QueueTab) {
  const fetchPage = useCallback((after?: string) => grievanceApi.queue(FILTERS[tab], after), [tab])
  return usePaged<QueueItem>(fetchPage)
}
