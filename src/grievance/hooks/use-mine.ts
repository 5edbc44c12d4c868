import { useCallback } from 'react'
import { usePaged } from '../../hooks/use-paged'
import { useShownAgain } from '../../hooks/use-shown-again'
import { grievanceApi, type MineItem } from '../../services/grievance'

/**
 * 我的诉求: the worker's reported and joined cases, newest first. Pages that show the list stay mounted (the
 * 办事 tab), so the list refreshes whenever the page shows again, e.g. after filing a report.
 */
export function useMine() {
  const fetchPage = useCallback((after?: string) => grievanceApi.mine(after), [])
  const paged = usePaged<MineItem>(fetchPage)
  useShownAgain(() => void paged.reload())
  return paged
}
