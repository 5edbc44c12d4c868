/** The one reply shape of every function, on CloudBase and through the local host. */
export type ErrorBody = {
  code: string
  message: string
  /** Per-field Chinese messages, keyed by dotted path (e.g. `contact.phone`). */
  fields?: Record<string, string>
  /** Present on INTERNAL errors so support can find the server-side log line. */
  requestId?: string
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const GENERIC_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'UNKNOWN_ACTION',
  'INTERNAL',
] as const
export type GenericCode = (typeof GENERIC_CODES)[number]

export const GENERIC_MESSAGES: Record<GenericCode, string> = {
  VALIDATION: '填写的内容有误，请按提示修改',
  UNAUTHENTICATED: '请先登录微信后再操作',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关记录',
  CONFLICT: '记录已被他人更新，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  UNKNOWN_ACTION: '不支持的操作',
  INTERNAL: '系统繁忙，请稍后再试',
}
