import { creditCodeCheckChar, isValidCreditCode, normaliseCreditCode } from '../../types/credit-code'
import { creditCode as creditCodeSchema } from '../../types/directory'

describe('unified social credit code (GB 32100)', () => {
  // Published codes of real companies (public registry data).
  it.each(['91350100M000100Y43', '91110000802100433B', '91440300708461136T'])('When %s is a real code, then it is valid', (code) => {
    expect(isValidCreditCode(code)).toBe(true)
  })
  it.each([
    ['91350100M000100Y44', 'wrong check character'],
    ['91350100M000100Y4', '17 characters'],
    ['91350100I000100Y43', 'letter I is not in the alphabet'],
    ['91350100O000100Y43', 'letter O is not in the alphabet'],
    ['', 'empty'],
  ])('When %s (%s), then it is invalid', (code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })
  it('When the check would be 31, then it is written 0', () => {
    // Search a body whose weighted sum is ≡ 0 (mod 31): its check character must be '0'.
    let found = ''
    for (let i = 0; i < 31 && !found; i++) {
      const body = `9133078200000000${'0123456789ABCDEFGHJKLMNPQRTUWXY'[i]}`
      if (creditCodeCheckChar(body) === '0') found = body
    }
    expect(found).not.toBe('')
  })
  it('When a person types spaces and lower case, then the schema normalises before checking', () => {
    expect(normaliseCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43')
    expect(creditCodeSchema.safeParse('9135 0100 m000 100y43').data).toBe('91350100M000100Y43')
    expect(creditCodeSchema.safeParse('91350100M000100Y44').error?.issues[0].message).toBe('统一社会信用代码校验位不正确')
  })
})
