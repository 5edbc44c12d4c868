import { useCallback, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import type { MemberView } from '../../../types/membership-views'
import { usePaged } from '../../hooks/use-paged'
import { membershipOfficerApi } from '../../services/membership-officer'

/** The union's members (by member number), with suspend / reinstate; a change reloads the list. */
export function useMemberRoster() {
  const fetchPage = useCallback((after?: string) => membershipOfficerApi.members(after), [])
  const list = usePaged<MemberView>(fetchPage)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ErrorBody | null>(null)

  const change = async (send: () => ReturnType<typeof membershipOfficerApi.reinstate>): Promise<boolean> => {
    setBusy(true)
    const res = await send()
    setBusy(false)
    // A field message (e.g. the reason) says more than the generic VALIDATION text.
    setError(res.ok ? null : { ...res.error, message: Object.values(res.error.fields ?? {})[0] ?? res.error.message })
    if (res.ok) await list.reload()
    return res.ok
  }
  return {
    ...list,
    busy,
    error,
    suspend: (memberId: string, reason: string) => change(() => membershipOfficerApi.suspend(memberId, reason)),
    reinstate: (memberId: string) => change(() => membershipOfficerApi.reinstate(memberId)),
  }
}
