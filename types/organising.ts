/**
 * Function `organising` (issue 13 §2, 清单式建会): the inputs of its actions. Row checks of the insured list live in
 * organising-rows.ts (zod-free, shared with the page) so a bad row is reported by its row number in the file;
 * zod here checks only the shape of a chunk.
 */
import * as z from 'zod/mini'
import { creditCode } from './directory'
import { idField } from './fields'
import { IMPORT_CHUNK_ROWS, ORGANISING_STATUSES } from './organising-labels'
import { pageInput, text } from './zod'

const cell = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max, `内容不能超过 ${max} 个字`))))

export const insuredRowInput = z.object({
  creditCode: z.string({ error: '缺少统一社会信用代码' }).check(z.maxLength(64, '统一社会信用代码过长')),
  name: z.string({ error: '缺少单位名称' }).check(z.maxLength(200, '单位名称过长')),
  insured: z.union([z.number(), z.string().check(z.maxLength(20, '参保人数过长'))], '缺少参保人数'),
  townId: cell(64),
  month: cell(20),
  line: z.optional(z.int().check(z.gte(1), z.lte(10_000_000))),
})

/**
 * One chunk of an import. The first chunk has no `importId` (the answer names it); `chunk` counts from 0; the chunk
 * with `last: true` (or a call with `commit: true` and no rows) commits every staged chunk together, or nothing.
 */
export const importInsuredInput = z.object({
  rows: z._default(z.array(insuredRowInput).check(z.maxLength(IMPORT_CHUNK_ROWS * 4, `每次最多发送 ${IMPORT_CHUNK_ROWS * 4} 行`)), []),
  importId: z.optional(idField('导入编号')),
  chunk: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
  last: z.optional(z.boolean()),
  commit: z.optional(z.boolean()),
})

export const organisingListInput = z.object({
  townId: z.optional(idField('镇街')),
  areaId: z.optional(idField('片区工委')),
  status: z.optional(z.enum(ORGANISING_STATUSES, '状态不正确')),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  ...pageInput,
})

export const organisingGetInput = z.object({ creditCode })

export const assignInput = z.object({ creditCode, organiserOpenid: idField('建会联系人') })

const day = (label: string) => z.string({ error: `请填写${label}` }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为 YYYY-MM-DD`))

export const updateInput = z.object({
  creditCode,
  status: z.enum(ORGANISING_STATUSES, '状态不正确'),
  note: text('情况记录', 500),
  nextContact: z.optional(z.nullable(day('下次联系日期'))),
  /** union_founded: an enterprise union already in the directory, or the name of the new one to add to it. */
  unionId: z.optional(idField('企业工会')),
  unionName: z.optional(text('企业工会名称', 100)),
  /** joined_joint_union: the joint union that now covers the enterprise. */
  jointUnionId: z.optional(idField('联合工会')),
})

export const progressInput = z.object({ orgId: z.optional(idField('组织')) })

export type ListItem = {
  enterpriseId: string | null
  creditCode: string
  name: string
  insured: number
  townId: string
  areaId: string | null
  status: (typeof ORGANISING_STATUSES)[number]
  organiserOpenid: string | null
  organiserName: string | null
  nextContact: string | null
  inDirectory: boolean
  month: string | null
}
export type TownProgress = { townId: string; name: string; onList: number; organisedThisYear: number; insuredCovered: number; insuredAll: number; coverage: number | null }
