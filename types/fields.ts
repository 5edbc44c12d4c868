/**
 * Field schemas shared by several capabilities' inputs (grievance, membership): one definition, one set of
 * Chinese messages. Capability files import these; pages import only types from here (see types/zod.ts).
 */
import * as z from 'zod/mini'
import { PHONE_MESSAGE, PHONE_PATTERN, normalisePhone } from './phone'

/** An id from the directory or the store: letters, digits and `_ . : -`. */
export const idField = (label: string) =>
  z.string({ error: `请填写${label}` }).check(
    z.trim(),
    z.minLength(1, `请填写${label}`),
    z.maxLength(64, `${label}不能超过 64 个字符`),
    z.regex(/^[A-Za-z0-9_.:-]+$/, `${label}格式不正确`),
  )

/** The client's idempotency key: resubmitting with the same one returns the first result. */
export const requestIdField = () =>
  z.string({ error: '缺少请求编号' }).check(
    z.trim(),
    z.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号应为 8–64 位字母、数字、_ 或 -'),
  )

/** A mainland mobile number, normalised (`+86 138-1234-5678` → `13812345678`) before it is checked. */
export const phoneField = () =>
  z.string({ error: '请填写手机号' }).check(z.overwrite(normalisePhone), z.regex(PHONE_PATTERN, PHONE_MESSAGE))
