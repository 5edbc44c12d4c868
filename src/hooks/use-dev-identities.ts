import { useEffect, useState } from 'react'
import { fetchDevIdentities } from '../services/api'
import type { DevIdentity } from '../services/dev-identity'

/** The development host's demo identities; null while loading or when the host offers none. */
export function useDevIdentities(): DevIdentity[] | null {
  const [identities, setIdentities] = useState<DevIdentity[] | null>(null)
  useEffect(() => {
    let live = true
    void fetchDevIdentities().then((list) => {
      if (live) setIdentities(list)
    })
    return () => {
      live = false
    }
  }, [])
  return identities
}
