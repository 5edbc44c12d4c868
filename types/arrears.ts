/**
 * Wage-arrears zero-report (欠薪预警 零报告, issue 13): one zod/mini schema per action of the `arrears` function, used
 * at the function boundary and by the pages' forms, with per-field Chinese messages.
 */
import * as z from 'zod/mini'
import { idField } from './fields'
import { yuanField } from './legal'
import { BOARD_STATES } from './arrears-labels'
import { text } from './zod'

export * from './arrears-labels'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
export const monthField = (label: string) =>
  z.string({ error: `请选择${label}` }).check(z.trim(), z.regex(MONTH, `${label}应为 年-月（如 2026-02）`))

export const arrearsDetail = z
  .object({
    workers: z.int('欠薪人数应为整数').check(z.gte(1, '欠薪人数至少 1 人'), z.lte(100_000, '欠薪人数不能超过 100000 人')),
    amount: yuanField('欠薪金额', 1_000_000_000).check(z.refine((n) => n > 0, '欠薪金额应大于 0')),
    since: monthField('欠薪起始月份'),
    cause: text('欠薪原因', 200),
  })

export const fileInput = z
  .object({
    enterpriseId: idField('企业'),
    month: monthField('报告月份'),
    arrears: z.nullable(arrearsDetail),
  })
  .check(
    z.refine((v) => v.arrears === null || v.arrears.since <= v.month, {
      message: '欠薪起始月份不能晚于报告月份',
      path: ['arrears', 'since'],
    }),
  )
export type FileInput = z.infer<typeof fileInput>

/** Rows of the board per reply (a town has thousands; the totals and groups always cover all of them). */
export const BOARD_PAGE = 100
export const boardInput = z.object({
  orgId: z.optional(idField('组织')),
  month: monthField('月份'),
  state: z.optional(z.enum(BOARD_STATES, '状态不正确')),
  /** An area committee's id, or `direct` for 镇直属. */
  groupId: z.optional(idField('片区')),
  offset: z.optional(z.int('起始位置应为整数').check(z.gte(0, '起始位置不能为负数'))),
  limit: z.optional(z.int('每页条数应为整数').check(z.gte(1, '每页至少 1 条'), z.lte(500, '每页最多 500 条'))),
  /** csv: every row that matches, as a file (no paging). */
  format: z._default(z.enum(['json', 'csv'], '格式应为 json 或 csv'), 'json'),
})
export const dueByInput = z.object({ month: monthField('月份') })
/** The filer's own reports (and the enterprises it files for): `enterpriseId` narrows to one enterprise. */
export const mineInput = z.object({ enterpriseId: z.optional(idField('企业')) })
