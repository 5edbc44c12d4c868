import * as z from 'zod/mini'
import { text, pageInput } from './zod'
import { isValidCreditCode, normaliseCreditCode } from './credit-code'

import { ORG_TYPES, OFFICER_ROLES, type OrgType, type OfficerRole } from './org'

export { ORG_TYPES, ORG_TYPE_LABELS, OFFICER_ROLES, type OrgType, type OfficerRole } from './org'

const id = (label: string) =>
  z.string({ error: `请填写${label}` }).check(
    z.trim(),
    z.minLength(1, `请填写${label}`),
    z.maxLength(64, `${label}不能超过 64 个字符`),
    z.regex(/^[A-Za-z0-9_.:-]+$/, `${label}只能包含字母、数字和 _ . : -`),
  )

export const creditCode = z.string({ error: '请填写统一社会信用代码' }).check(
  z.overwrite(normaliseCreditCode),
  z.length(18, '统一社会信用代码应为 18 位'),
  z.refine(isValidCreditCode, '统一社会信用代码校验位不正确'),
)

export const orgInput = z.object({
  id: id('组织编号'),
  name: text('组织名称', 100),
  type: z.enum(ORG_TYPES, '组织类型不正确'),
  kind: z.optional(z.nullable(z.enum(['regional', 'industry'], '联合工会类型应为 regional 或 industry'))),
  parentId: z.optional(z.nullable(id('上级组织编号'))),
})
export type OrgInput = z.infer<typeof orgInput>

export const enterpriseInput = z.object({
  id: id('企业编号'),
  name: text('企业名称', 100),
  creditCode,
  townId: id('所在镇街'),
  unionId: z.optional(z.nullable(id('企业工会编号'))),
  jointUnionId: z.optional(z.nullable(id('联合工会编号'))),
  staff: z.int('职工人数应为整数').check(z.gte(0, '职工人数不能为负数')),
  industry: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(50, '行业不能超过 50 个字')))),
})
export type EnterpriseInput = z.infer<typeof enterpriseInput>

export const officerInput = z.object({
  openid: id('微信 openid'),
  orgId: id('所属组织编号'),
  role: z.enum(OFFICER_ROLES, '角色应为 officer、admin 或 lawyer'),
  name: text('姓名', 50),
})
export type OfficerInput = z.infer<typeof officerInput>

/** The import file: ids come from the file so other systems can refer to them. */
export const directoryFile = z
  .strictObject(
    {
      orgs: z._default(z.array(orgInput), []),
      enterprises: z._default(z.array(enterpriseInput), []),
      officers: z._default(z.array(officerInput), []),
    },
    '导入文件只能包含 orgs、enterprises、officers',
  )
  .check(z.refine((f) => f.orgs.length + f.enterprises.length + f.officers.length > 0, '导入文件是空的'))
export type DirectoryFile = z.infer<typeof directoryFile>

/** What the store holds: input plus derived fields. */
export type Org = {
  id: string
  name: string
  type: OrgType
  kind: 'regional' | 'industry' | null
  parentId: string | null
  /** Ancestor ids from the root down to this org, inclusive: `/yw/sx/sx-a1/`. */
  path: string
  /** The town federation this org is in (itself for a town), null above towns. */
  townId: string | null
}
export type Enterprise = {
  id: string
  name: string
  creditCode: string
  townId: string
  unionId: string | null
  jointUnionId: string | null
  staff: number
  industry: string | null
}
export type Officer = { openid: string; orgId: string; role: OfficerRole; name: string }

// ---- action inputs (function `directory`) ----
export const searchEnterprisesInput = z.object({
  q: z.string({ error: '请输入单位名称或统一社会信用代码' }).check(
    z.trim(),
    z.minLength(2, '请至少输入 2 个字'),
    z.maxLength(50, '搜索内容不能超过 50 个字'),
  ),
  townId: z.optional(id('镇街')),
  ...pageInput,
})
export const listTownsInput = z.object({})
export const listTownOrgsInput = z.object({ townId: id('镇街'), ...pageInput })
export const getOrgInput = z.object({ id: id('组织编号') })
export const importDirectoryInput = z.object({ data: directoryFile })

/** One bad row of an import, reported with its index and a Chinese reason. */
export type ImportProblem = { section: 'orgs' | 'enterprises' | 'officers'; index: number; id?: string; reason: string }
