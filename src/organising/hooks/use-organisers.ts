import { useCallback, useEffect, useRef, useState } from 'react'
import type { Officer, Org } from '../../../types/directory'
import type { Envelope, ErrorBody } from '../../../types/envelope'
import type { Page } from '../../../types/zod'
import { accountApi } from '../../services/account'
import { directoryApi } from '../../services/directory'

/** The officers of one org who may organise (never a lawyer), by name. */
export type OrganiserGroup = { org: Org; officers: Officer[] }
export type OrganisersState = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; groups: OrganiserGroup[] }

/** A town's directory is read 100 at a time; this many pages is far beyond any town (and stops a runaway cursor). */
const MAX_PAGES = 30

async function everything<T>(fetchPage: (after?: string) => Promise<Envelope<Page<T>>>): Promise<Envelope<T[]>> {
  const items: T[] = []
  let after: string | undefined
  for (let i = 0; i < MAX_PAGES; i++) {
    const res = await fetchPage(after)
    if (!res.ok) return res
    items.push(...res.data.items)
    if (!res.data.next) break
    after = res.data.next
  }
  return { ok: true, data: items }
}

const NOT_LISTED = '只有镇街或片区工委的管理员可以查看干部名单、指定联系人'

const byName = (a: Officer, b: Officer) => a.name.localeCompare(b.name, 'zh-CN')

/**
 * Who may organise an enterprise of `townId` (what `organising.assign` accepts): the officers of the town federation
 * and of its area committees. `account.listOfficers` is for admins and answers only for orgs in their scope, so an
 * org the caller may not list is left out (an area committee's admin sees their committee); when none can be listed,
 * the refusal is the error (said as who may).
 */
export async function loadOrganisers(townId: string): Promise<Envelope<OrganiserGroup[]>> {
  const [town, below] = await Promise.all([
    directoryApi.getOrg(townId),
    everything((after) => directoryApi.listTownOrgs({ townId, limit: 100, ...(after ? { after } : {}) })),
  ])
  if (!town.ok) return town
  if (!below.ok) return below
  const orgs = [town.data.org, ...below.data.filter((o) => o.type === 'area_committee').sort((a, b) => a.id.localeCompare(b.id))]
  const lists = await Promise.all(orgs.map((org) => everything((after) => accountApi.listOfficers({ orgId: org.id, limit: 100, ...(after ? { after } : {}) }))))
  const groups: OrganiserGroup[] = []
  let refused: ErrorBody | null = null
  for (const [i, res] of lists.entries()) {
    if (!res.ok) {
      if (res.error.code !== 'FORBIDDEN') return res
      if (!refused) refused = res.error
      continue
    }
    groups.push({ org: orgs[i], officers: res.data.filter((o) => o.role !== 'lawyer').sort(byName) })
  }
  if (!groups.length && refused) return { ok: false, error: { ...refused, message: NOT_LISTED } }
  return { ok: true, data: groups.filter((g) => g.officers.length) }
}

/** The organisers of `townId`, loaded while mounted; `reload` after a failure. */
export function useOrganisers(townId: string) {
  const [state, setState] = useState<OrganisersState>({ status: 'loading' })
  const live = useRef(true)
  const load = useCallback(async () => {
    setState({ status: 'loading' })
    const res = await loadOrganisers(townId)
    if (!live.current) return
    setState(res.ok ? { status: 'ready', groups: res.data } : { status: 'error', error: res.error })
  }, [townId])
  useEffect(() => {
    live.current = true
    void load()
    return () => {
      live.current = false
    }
  }, [load])
  return { state, reload: load }
}
