/**
 * Member numbers: `YW` + the 9-digit city-wide sequence + 1 check digit, e.g. `YW0000000013`. Stable for life
 * (transfers keep it), unique because the sequence is, and sortable as text in issue order.
 *
 * The check digit is Damm's (H. M. Damm, 2004): a decimal digit, like the rest of the number, that catches
 * every single mistyped digit and every swap of two neighbouring digits. (Luhn misses 09↔90; ISO 7064
 * MOD 11,10 misses about 2 % of swaps; MOD 11-2 needs an `X`, which people misread on a card.)
 */
export const MEMBER_NO_PREFIX = 'YW'
export const MEMBER_NO_DIGITS = 9
export const MAX_MEMBER_SEQ = 10 ** MEMBER_NO_DIGITS - 1
const MEMBER_NO_PATTERN = new RegExp(`^${MEMBER_NO_PREFIX}(\\d{${MEMBER_NO_DIGITS}})(\\d)$`)

/** Damm's totally anti-symmetric quasigroup of order 10: row = interim digit, column = next digit. */
const DAMM = ['0317598642', '7092154863', '4206871359', '1750983426', '6123045978', '3674209581', '5869720134', '8945362017', '9438617205', '2581436790']

function dammInterim(digits: string): number {
  let interim = 0
  for (const c of digits) interim = Number(DAMM[interim][Number(c)])
  return interim
}

/** The Damm check digit of a string of digits (`572` → `4`). */
export function dammCheckDigit(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new RangeError(`not a digit string: ${digits}`)
  return String(dammInterim(digits))
}

export function formatMemberNo(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || seq > MAX_MEMBER_SEQ)
    throw new RangeError(`member sequence must be an integer in 1..${MAX_MEMBER_SEQ}, got ${seq}`)
  const body = String(seq).padStart(MEMBER_NO_DIGITS, '0')
  return `${MEMBER_NO_PREFIX}${body}${dammCheckDigit(body)}`
}

/** Upper-cases the prefix and drops spaces, as a person types it. */
export function normaliseMemberNo(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

export function isValidMemberNo(s: string): boolean {
  const m = MEMBER_NO_PATTERN.exec(s)
  // A valid number, check digit included, runs the quasigroup back to 0.
  return m !== null && Number(m[1]) >= 1 && dammInterim(m[1] + m[2]) === 0
}
