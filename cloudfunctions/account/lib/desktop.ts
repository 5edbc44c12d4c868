/** Desktop sign-in helpers shared by the account.desktop* actions (docs/api.md, account). */
import { randomBytes } from 'node:crypto'
import type { FieldCrypto } from '../../_lib/runtime/crypto'

/** 128 random bits as 22 base64url characters (types/desktop-login.ts DESKTOP_CODE_PATTERN). */
export const newSecret = () => randomBytes(16).toString('base64url')

/** Codes and poll tokens are stored only as keyed hashes: a leaked table signs nobody in. */
export const codeHash = (crypto: FieldCrypto, code: string) => crypto.hash(`desktop-code:${code}`)
export const pollHash = (crypto: FieldCrypto, token: string) => crypto.hash(`desktop-poll:${token}`)

export const CODE_INVALID = { code: 'ACCOUNT.DESKTOP_CODE_INVALID', message: '二维码无效或已被使用，请在电脑上刷新二维码后重新扫码' } as const
export const CODE_EXPIRED = { code: 'ACCOUNT.DESKTOP_CODE_EXPIRED', message: '二维码已过期，请在电脑上点击刷新后重新扫码' } as const
