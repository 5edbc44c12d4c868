/** Typed calls to the `organising` function (issue 13 §2, cloudfunctions/organising). */
import type { ListItem, TownProgress } from '../../types/organising'
import type { OrganisingStatus } from '../../types/organising-labels'
import type { InsuredRowInput } from '../../types/organising-rows'
import type { Page } from '../../types/zod'
import { call } from './api'

export type { ListItem, TownProgress }
export type EntryNote = { at: string; by: string; byName: string | null; status: OrganisingStatus; text: string }
export type EntryView = ListItem & { covered: boolean; notes: EntryNote[]; history: Array<{ importId: string; month: string | null; insured: number; at: string }>; version: number }
export type ImportReply = { importId: string; staged?: number; rows?: number; imported?: number; onList?: number }
export type UpdateRequest = { creditCode: string; status: OrganisingStatus; note: string; nextContact?: string | null; unionName?: string; unionId?: string; jointUnionId?: string }

export const organisingApi = {
  importInsured: (input: { rows: InsuredRowInput[]; importId?: string; chunk?: number; last?: boolean }) => call<ImportReply>('organising', 'importInsured', input),
  list: (input: { townId?: string; status?: OrganisingStatus; cursor?: string }) => call<Page<ListItem> & { townId: string }>('organising', 'list', input),
  get: (creditCode: string) => call<EntryView>('organising', 'get', { creditCode }),
  assign: (creditCode: string, organiserOpenid: string) => call<{ organiserName: string }>('organising', 'assign', { creditCode, organiserOpenid }),
  update: (input: UpdateRequest) => call<{ covered: boolean }>('organising', 'update', input),
  progress: (orgId?: string) => call<{ towns: TownProgress[]; total: TownProgress; year: number }>('organising', 'progress', orgId ? { orgId } : {}),
}
