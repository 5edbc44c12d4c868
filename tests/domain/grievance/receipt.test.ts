import { formatReceipt, isValidReceipt, newReceipt } from '../../../cloudfunctions/_lib/domain/grievance/receipt'
import { byReceiptInput, luhnCheckDigit } from '../../../types/grievance'

/** Replays the given bytes, then counts up: a deterministic stand-in for crypto.randomBytes. */
function bytesFrom(seq: number[]) {
  let i = 0
  return (size: number) => Uint8Array.from({ length: size }, () => (i < seq.length ? seq[i++] : i++ % 250))
}

describe('receipt codes', () => {
  it('takes 15 digits from the bytes (skipping bytes ≥ 250 and a leading 0) and appends the Luhn digit', () => {
    // 250–255 are skipped (they would bias the digits); a leading 0 (byte 10) is skipped.
    const receipt = newReceipt(bytesFrom([255, 250, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))
    expect(receipt).toBe('123456789012345' + '2')
    expect(isValidReceipt(receipt)).toBe(true)
  })

  it('asks for more bytes when a batch is used up by rejections', () => {
    const receipt = newReceipt(bytesFrom(Array(40).fill(251)))
    expect(receipt).toMatch(/^[1-9]\d{15}$/)
    expect(isValidReceipt(receipt)).toBe(true)
  })

  it('catches every single-digit typo and a swap of two different neighbours (except the 09/90 Luhn blind spot)', () => {
    const receipt = newReceipt(bytesFrom([7, 3, 1, 9, 4, 4, 0, 2, 8, 6, 5, 1, 3, 7, 2]))
    for (let pos = 0; pos < 16; pos++)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === receipt[pos]) continue
        expect(isValidReceipt(receipt.slice(0, pos) + d + receipt.slice(pos + 1))).toBe(false)
      }
    for (let pos = 0; pos < 15; pos++) {
      const [a, b] = [receipt[pos], receipt[pos + 1]]
      if (a === b || a + b === '09' || a + b === '90') continue
      expect(isValidReceipt(receipt.slice(0, pos) + b + a + receipt.slice(pos + 2))).toBe(false)
    }
  })

  it('computes the standard Luhn check digit (the 79927398713 test vector)', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3)
  })

  it('rejects wrong lengths and non-digits; formats in groups of four', () => {
    expect(isValidReceipt('12345678901234')).toBe(false)
    expect(isValidReceipt('1234567890123456a')).toBe(false)
    expect(formatReceipt('1234567890123452')).toBe('1234 5678 9012 3452')
  })

  it('the byReceipt input accepts a code typed with spaces and refuses a typo in Chinese', () => {
    expect(byReceiptInput.safeParse({ receipt: '1234 5678 9012 3452' })).toEqual({ success: true, data: { receipt: '1234567890123452' } })
    const typo = byReceiptInput.safeParse({ receipt: '1234567890123453' })
    expect(typo.success).toBe(false)
    expect(typo.error?.issues[0].message).toBe('回执码有误，请核对后重新输入')
  })
})
