/**
 * Mainland mobile numbers (11 digits, 1[3-9]…). Zod-free: pages check a phone as the worker types, and
 * types/fields.ts builds the schema field from the same two pieces, so page and server agree.
 */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/
export const PHONE_MESSAGE = '请填写 11 位手机号'

/** Drops spaces, dashes and a leading +86 / 86 country code: `+86 138-1234-5678` → `13812345678`. */
export function normalisePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '')
}

export function isValidPhone(phone: string): boolean {
  return PHONE_PATTERN.test(phone)
}
