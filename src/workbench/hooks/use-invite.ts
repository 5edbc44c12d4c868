import { useEffect, useState } from 'react'
import type { OfficerRole, Org } from '../../../types/directory'
import type { ErrorBody } from '../../../types/envelope'
import { accountApi, type Invite, type MeOfficer } from '../../services/account'
import { directoryApi } from '../../services/directory'

/** Orgs an admin may invite into: their own, plus the level below (towns for the city, orgs for a town). */
export function useInviteTargets(officer: MeOfficer): Org[] {
  const [below, setBelow] = useState<Org[]>([])
  const { org } = officer
  useEffect(() => {
    let live = true
    const load =
      org.type === 'city_federation'
        ? directoryApi.listTowns()
        : org.type === 'town_federation'
          ? directoryApi.listTownOrgs({ townId: org.id, limit: 100 })
          : null
    void load?.then((res) => {
      if (live && res.ok) setBelow(res.data.items.filter((o) => o.id !== org.id))
    })
    return () => {
      live = false
    }
    // Keyed on id and type: the officer object is re-created on every 我的 refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [org.id, org.type])
  return [org, ...below]
}

export type InviteState = { busy: boolean; invite: Invite | null; error: ErrorBody | null }

export function useCreateInvite() {
  const [state, setState] = useState<InviteState>({ busy: false, invite: null, error: null })
  const create = async (orgId: string, role: OfficerRole) => {
    setState({ busy: true, invite: null, error: null })
    const res = await accountApi.createInvite({ orgId, role })
    setState({ busy: false, invite: res.ok ? res.data : null, error: res.ok ? null : res.error })
  }
  return { state, create }
}
