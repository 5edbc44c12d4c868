import * as z from 'zod/mini'
import { text, pageInput } from './zod'
import { DESKTOP_CODE_PATTERN } from './desktop-login'

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

export const desktopStartInput = z.object({
  // What the desktop says it is ("Chrome · Windows"), listed with the officer's sessions; never trusted for anything.
  device: z.optional(z.string().check(z.trim(), z.maxLength(60))),
})

export const desktopCodeInput = z.object({
  code: z.string({ error: '登录码无效' }).check(z.trim(), z.regex(DESKTOP_CODE_PATTERN, '登录码无效，请在电脑上刷新二维码后重新扫码')),
})

export const desktopPollInput = z.object({
  ...desktopCodeInput.shape,
  pollToken: z.string({ error: '登录码无效' }).check(z.regex(DESKTOP_CODE_PATTERN, '登录码无效，请刷新二维码')),
})

export const desktopSessionsInput = z.object({ ...pageInput })

export const desktopEndInput = z.object({ sessionId: z.string().check(z.minLength(1), z.maxLength(40)) })
