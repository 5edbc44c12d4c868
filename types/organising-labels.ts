/**
 * 清单式建会 (issue 13 §2): the organising list's statuses, labels, messages and the file's columns, free of zod
 * (pages import these; see org.ts for why).
 */
export const ORGANISING_STATUSES = ['todo', 'contacted', 'founding', 'union_founded', 'joined_joint_union', 'refused'] as const
export type OrganisingStatus = (typeof ORGANISING_STATUSES)[number]

export const ORGANISING_STATUS_LABELS: Record<OrganisingStatus, string> = {
  todo: '待联系',
  contacted: '已联系',
  founding: '筹建中',
  union_founded: '已建会',
  joined_joint_union: '已纳入联合工会',
  refused: '拒绝建会',
}

/** Statuses that mean the enterprise is organised: they go through the directory and take the row off the list. */
export const ORGANISED_STATUSES: readonly OrganisingStatus[] = ['union_founded', 'joined_joint_union']

/** Wenling's rule: an enterprise with this many insured staff or more must set up its own union. */
export const ORGANISING_THRESHOLD = 25

/** The file's columns (header text → field). 所属镇街 and 月份 are optional. */
export const INSURED_COLUMNS = { 统一社会信用代码: 'creditCode', 单位名称: 'name', 参保人数: 'insured', 所属镇街: 'townId', 月份: 'month' } as const
export const REQUIRED_COLUMNS = ['统一社会信用代码', '单位名称', '参保人数'] as const

/** Rows per chunk and the chunk's JSON budget: a CloudBase call carries at most 100 KB (the page keeps under 80 KB). */
export const IMPORT_CHUNK_ROWS = 500
export const IMPORT_CHUNK_BYTES = 80_000
/** Rows in one import at most (a city's social-insurance list, with room). */
export const IMPORT_MAX_ROWS = 200_000

export const ORGANISING_ERRORS = {
  'ORGANISING.IMPORT_INVALID': '导入文件有错误，未导入任何数据',
  'ORGANISING.IMPORT_UNKNOWN': '没有找到这次导入，请重新导入',
  'ORGANISING.IMPORT_CLOSED': '这次导入已经结束，请重新导入',
  'ORGANISING.NOT_ON_LIST': '清单中没有这家企业',
  'ORGANISING.BAD_ORGANISER': '建会联系人须是本镇街或其片区工委的工会干部',
  'ORGANISING.NEEDS_UNION': '请填写新建的企业工会名称或选择已有的企业工会',
  'ORGANISING.NEEDS_JOINT_UNION': '请选择覆盖该企业的联合工会',
} as const

/** "第 N 行" for a field key `rows.<N>.<col>` (N is the file's row number, the header being row 1). */
export function rowOfField(key: string): number | null {
  const m = /^rows\.(\d+)\./.exec(key)
  return m ? Number(m[1]) : null
}

export const INSURED_COLUMN_LABELS: Record<string, string> = {
  creditCode: '统一社会信用代码', name: '单位名称', insured: '参保人数', townId: '所属镇街', month: '月份', _: '整行',
}
