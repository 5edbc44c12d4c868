import { useCallback } from 'react'
import type { ApplicationQueueItemView } from '../../../types/membership-views'
import { usePaged } from '../../hooks/use-paged'
import { membershipOfficerApi, type ApplicationFilter } from '../../services/membership-officer'

export type QueueTab = 'pending' | 'overdue' | 'approved' | 'rejected'
export const QUEUE_TABS: [QueueTab, string][] = [['pending', '待审核'], ['overdue', '超期'], ['approved', '已通过'], ['rejected', '未通过']]
const FILTERS: Record<QueueTab, ApplicationFilter> = {
  pending: { status: 'pending' }, overdue: { overdue: true }, approved: { status: 'approved' }, rejected: { status: 'rejected' },
}

/** The officer's membership applications for one tab, nearest review-by first (the server's order). */
export function useApplicationQueue(tab: QueueTab) {
  const fetchPage = useCallback((after?: string) => membershipOfficerApi.queue(FILTERS[tab], after), [tab])
  return usePaged<ApplicationQueueItemView>(fetchPage)
}
