import { useEffect, useState } from 'react'
import type { Org } from '../../../types/directory'
import { directoryApi } from '../../services/directory'

/**
 * Where an officer may send a case: up their chain (ancestors and their own org), or down to the orgs of their
 * town (a city officer: the towns). The server still checks scope and privacy on every transfer.
 */
export function useTransferTargets(officerOrgId: string | null) {
  const [targets, setTargets] = useState<Org[]>([])
  const [more, setMore] = useState(false)
  useEffect(() => {
    if (!officerOrgId) return
    let live = true
    void (async () => {
      const res = await directoryApi.getOrg(officerOrgId)
      if (!res.ok || !live) return
      const { org, ancestors } = res.data
      const below =
        org.type === 'town_federation'
          ? await directoryApi.listTownOrgs({ townId: org.id, limit: 100 })
          : org.type === 'city_federation'
            ? await directoryApi.listTowns()
            : null
      if (!live) return
      const belowItems = below?.ok ? below.data.items.filter((o) => o.id !== org.id) : []
      setTargets([...ancestors, org, ...belowItems])
      setMore(!!(below?.ok && 'next' in below.data && below.data.next))
    })()
    return () => {
      live = false
    }
  }, [officerOrgId])
  return { targets, more }
}
