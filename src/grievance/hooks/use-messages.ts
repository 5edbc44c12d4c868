import { useCallback } from 'react'
import { grievanceApi, type CaseMessage } from '../../services/grievance'
import { usePaged } from '../../hooks/use-paged'

/** The conversation on a case, oldest first (the server hides co-workers' words from a worker). */
export function useMessages(id: string | undefined) {
  const fetchPage = useCallback(
    (after?: string) => (id ? grievanceApi.messages(id, after) : Promise.resolve({ ok: true as const, data: { items: [], next: null } })),
    [id],
  )
  return usePaged<CaseMessage>(fetchPage)
}
