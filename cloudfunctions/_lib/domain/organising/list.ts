/** What the organising list shows and who may work on it (pure). */
import type { ListItem, TownProgress } from '../../../../types/organising'
import { isOnList, type OrganisingEntry, type TownTotals } from './entry'

export const onList = isOnList

export function listItem(e: OrganisingEntry): ListItem {
  return {
    enterpriseId: e.enterpriseId, creditCode: e.creditCode, name: e.name, insured: e.insured, townId: e.townId, areaId: e.areaId,
    status: e.status, organiserOpenid: e.organiserOpenid, organiserName: e.organiserName, nextContact: e.nextContact,
    inDirectory: e.enterpriseId !== null, month: e.month,
  }
}

/** Coverage of insured workers: insured staff in covered enterprises ÷ all insured staff (null when none imported). */
export function townProgress(t: TownTotals, name: string): TownProgress {
  return { ...t, name, coverage: t.insuredAll > 0 ? Math.round((t.insuredCovered / t.insuredAll) * 1000) / 1000 : null }
}

/** The first day of `day`'s year: "organised this year" counts coverage from it. */
export const yearStartOf = (day: string) => `${day.slice(0, 4)}-01-01`
