/**
 * 16-digit receipt codes: an anonymous worker's key to their case from any WeChat account.
 * 15 random digits (the first non-zero, so the code never loses a digit as a number) + a Luhn check digit,
 * which catches every single-digit typo and most swaps of neighbours. Randomness is injected.
 */
import { isValidReceipt, luhnCheckDigit } from '../../../../types/grievance'

export { isValidReceipt }

/** Random digits by rejection sampling (bytes ≥ 250 discarded), so every digit is equally likely. */
export function newReceipt(randomBytes: (size: number) => Uint8Array): string {
  let payload = ''
  while (payload.length < 15) {
    for (const byte of randomBytes(16)) {
      if (byte >= 250) continue
      const digit = byte % 10
      if (payload.length === 0 && digit === 0) continue
      payload += String(digit)
      if (payload.length === 15) break
    }
  }
  return payload + String(luhnCheckDigit(payload))
}

/** `1234 5678 9012 3456` for reading aloud or copying by hand. */
export function formatReceipt(receipt: string): string {
  return receipt.replace(/(\d{4})(?=\d)/g, '$1 ')
}
