import * as z from 'zod/mini'
import { text, pageInput } from './zod'

export const meInput = z.object({})

export const createInviteInput = z.object({
  orgId: z.string().check(z.trim(), z.minLength(1, '请选择组织'), z.maxLength(64)),
  role: z.enum(['officer', 'admin', 'lawyer'], '请选择角色'),
})

export const redeemInviteInput = z.object({
  code: z.string({ error: '请输入邀请码' }).check(
    z.overwrite((s) => s.replace(/\s+/g, '').toUpperCase()),
    z.regex(/^[0-9A-Z]{8}$/, '邀请码应为 8 位字母或数字'),
  ),
  name: text('姓名', 50),
})

export const listOfficersInput = z.object({ orgId: z.string().check(z.minLength(1), z.maxLength(64)), ...pageInput })

export const INVITE_TTL_HOURS = 72
