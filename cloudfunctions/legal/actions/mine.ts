import { mineInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { callerAskerKey } from '../lib/access'
import { mineRow } from '../lib/views'

/** 我的咨询: newest first, named and anonymous alike (the asker's key is on both). */
export const mine = action({
  input: mineInput,
  async handle({ cursor, limit }, ctx) {
    const page = await ctx.deps.store.legal.listConsultationsByAsker(callerAskerKey(ctx), cursor, limit ?? 20)
    return { items: page.items.map(mineRow), next: page.next }
  },
})
