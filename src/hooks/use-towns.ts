import { useEffect, useState } from 'react'
import type { Org } from '../../types/directory'
import { directoryApi } from '../services/directory'

/** The town federations for the filter; an empty list if they cannot be loaded (search still works). */
export function useTowns(): Org[] {
  const [towns, setTowns] = useState<Org[]>([])
  useEffect(() => {
    let live = true
    void directoryApi.listTowns().then((res) => {
      if (live && res.ok) setTowns(res.data.items)
    })
    return () => {
      live = false
    }
  }, [])
  return towns
}
