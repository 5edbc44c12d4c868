import { organisingGetInput } from '../../../types/organising'
import { listItem } from '../../_lib/domain/organising/list'
import { action } from '../../_lib/runtime/function'
import { loadEntry, organisingOfficer } from '../lib/access'

/** One row of the list with its dated notes and its insured count per import (newest first). */
export const get = action({
  input: organisingGetInput,
  async handle({ creditCode }, ctx) {
    const { org } = await organisingOfficer(ctx)
    const e = await loadEntry(ctx, org, creditCode)
    return { ...listItem(e), covered: e.covered, notes: e.notes, history: e.history, version: e.version }
  },
})
