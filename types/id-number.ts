/**
 * Resident identity card number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date
 * (YYYYMMDD), 3-digit sequence (odd = male), and a check character (ISO 7064 MOD 11-2: 0–9 or X).
 * Zod-free: pages import it for instant field errors, the `membership` schema for the same messages.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'
/** Birth years before this are treated as typing mistakes, not as living applicants. */
const EARLIEST_BIRTH_YEAR = 1900

export const ID_NUMBER_MESSAGES = {
  required: '请填写身份证号',
  oldFormat: '请填写 18 位新版身份证号',
  shape: '身份证号应为 18 位',
  birthDate: '身份证号中的出生日期不正确',
  checkDigit: '身份证号校验位不正确，请核对',
} as const

/** What a person types, made comparable: no spaces, half-width digits, upper-case X. */
export function normaliseIdNumber(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[xｘＸ]/g, 'X')
}

/** The check character of the first 17 digits; null if they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function birthDateOf(id: string): string | null {
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/**
 * The Chinese message for what is wrong with an ID number, or null when it is valid. Expects a normalised
 * value (`normaliseIdNumber`); the order of checks gives the most helpful message first.
 */
export function idNumberProblem(id: string): string | null {
  if (id.length === 0) return ID_NUMBER_MESSAGES.required
  if (/^\d{15}$/.test(id)) return ID_NUMBER_MESSAGES.oldFormat
  if (!/^\d{17}[\dX]$/.test(id)) return ID_NUMBER_MESSAGES.shape
  if (!birthDateOf(id)) return ID_NUMBER_MESSAGES.birthDate
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return ID_NUMBER_MESSAGES.checkDigit
  return null
}

export function isValidIdNumber(id: string): boolean {
  return idNumberProblem(id) === null
}

/** Birth date and gender are derived from the number, never asked. Throws on an invalid number (a bug). */
export function idNumberFacts(id: string): { birthDate: string; gender: 'male' | 'female' } {
  const problem = idNumberProblem(id)
  if (problem) throw new RangeError(`not a valid ID number: ${problem}`)
  return { birthDate: birthDateOf(id)!, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' }
}

/** `3307**********1234`: enough to recognise one's own number, too little to use someone else's. */
export function maskIdNumber(id: string): string {
  if (id.length !== 18) return '*'.repeat(Math.max(id.length, 4))
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`
}
