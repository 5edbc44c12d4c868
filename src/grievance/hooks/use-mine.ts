import { useCallback } from 'react'
import { grievanceApi, type MineItem } from '../../services/grievance'
import { usePaged } from './use-paged'

/** 我的诉求: the worker's reported and joined cases, newest first. */
export function useMine() {
  const fetchPage = useCallback((after?: string) => grievanceApi.mine(after), [])
  return usePaged<MineItem>(fetchPage)
}
