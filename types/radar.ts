/**
 * Function `radar` (issue 13 §3, employer risk radar): the inputs of its actions. Labels and views in
 * radar-labels.ts (zod-free, for pages).
 */
import * as z from 'zod/mini'
import { idField, requestIdField } from './fields'
import { isDay } from './legal/days'
import { FINDINGS_MAX } from './radar-labels'
import { text } from './zod'

export * from './radar-labels'

const cursor = z.optional(z.string().check(z.maxLength(200)))

export const radarListInput = z.object({
  townId: idField('镇街'),
  /** Recompute the scores now instead of reading the town's snapshot (costs one pass over the town's cases). */
  refresh: z.optional(z.boolean()),
  /** Offset into the ranked list, as the previous page's `next` gave it. */
  cursor,
  limit: z.optional(z.int().check(z.gte(1, '每页至少 1 条'), z.lte(200, '每页最多 200 条'))),
})

export const radarVisitInput = z.object({
  enterpriseId: idField('企业'),
  date: z.string({ error: '请填写体检日期' }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '体检日期应为 年-月-日'), z.refine(isDay, '体检日期不是有效日期')),
  findings: text('体检发现', FINDINGS_MAX),
  /** The form's idempotency key: a retried submission records the visit once. */
  requestId: requestIdField(),
})

export const radarVisitsInput = z.object({
  townId: idField('镇街'),
  enterpriseId: idField('企业'),
  cursor,
  limit: z.optional(z.int().check(z.gte(1, '每页至少 1 条'), z.lte(100, '每页最多 100 条'))),
})
