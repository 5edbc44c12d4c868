import {
  ID_NUMBER_MESSAGES as M,
  idNumberCheckChar,
  idNumberFacts,
  idNumberProblem,
  isValidIdNumber,
  maskIdNumber,
  normaliseIdNumber,
} from '../../types/id-number'
import { PHONE_PATTERN, isValidPhone, normalisePhone } from '../../types/phone'

// Check characters below were computed outside this code base (GB 11643 weights 7 9 10 5 8 4 2 1 6 3 …, mod 11).
describe('resident ID number (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', 'the example printed in the standard, check X'],
    ['330782199003071235', 'Yiwu, born 1990-03-07'],
    ['330782198506191234', 'ends in 1234'],
    ['33078219900307118X', 'check X, typed upper-case'],
    ['330782200002290028', '29 Feb 2000 (divisible by 400: a leap year)'],
    ['330782202402290042', '29 Feb 2024 (a leap year)'],
  ])('When %s (%s), then it is valid', (id, _why) => {
    expect(idNumberProblem(id)).toBeNull()
    expect(isValidIdNumber(id)).toBe(true)
  })

  it.each([
    ['', M.required, 'empty'],
    ['330782900307123', M.oldFormat, 'a 15-digit first-generation number'],
    ['33078219900307123', M.shape, '17 digits'],
    ['3307821990030712355', M.shape, '19 digits'],
    ['33078219900307A235', M.shape, 'a letter inside'],
    ['33078219900307123Y', M.shape, 'a letter other than X at the end'],
    ['33078219900307118x', M.shape, 'lower-case x before normalising'],
    ['330782199003071236', M.checkDigit, 'wrong check digit'],
    ['330782199003071253', M.checkDigit, 'two neighbouring digits swapped'],
    ['110105194912310020', M.checkDigit, 'check X written as 0'],
    ['330782202302290029', M.birthDate, '29 Feb 2023 (not a leap year), correct check digit'],
    ['330782190002290021', M.birthDate, '29 Feb 1900 (a century not divisible by 400: not a leap year)'],
    ['330782198902300025', M.birthDate, '30 Feb'],
    ['330782198906310028', M.birthDate, '31 June'],
    ['330782199000010023', M.birthDate, 'month 00'],
    ['330782190013010021', M.birthDate, 'month 13'],
    ['330782199003000023', M.birthDate, 'day 00'],
    ['33078218991231002X', M.birthDate, 'born in 1899'],
  ])('When %s, then "%s" (%s)', (id, message, _why) => {
    expect(idNumberProblem(id)).toBe(message)
    expect(isValidIdNumber(id)).toBe(false)
  })

  it('When a person types spaces, a lower-case x or full-width characters, then normalising makes it valid', () => {
    expect(normaliseIdNumber(' 330782 19900307 118x ')).toBe('33078219900307118X')
    expect(normaliseIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X')
    expect(isValidIdNumber(normaliseIdNumber('11010519491231002x'))).toBe(true)
  })

  it('When any single digit of a valid number is changed, then the check digit catches it', () => {
    const id = '330782199003071235'
    for (let i = 0; i < 17; i++)
      for (let d = 0; d <= 9; d++) {
        const changed = id.slice(0, i) + d + id.slice(i + 1)
        if (changed !== id && idNumberProblem(changed) !== M.birthDate) expect(isValidIdNumber(changed)).toBe(false)
      }
    expect(idNumberCheckChar('3307821990030712')).toBeNull()
  })

  it('derives birth date and gender (17th digit odd = male), never asks them', () => {
    expect(idNumberFacts('330782199003071235')).toEqual({ birthDate: '1990-03-07', gender: 'male' })
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' })
    expect(idNumberFacts('330782200002290028')).toEqual({ birthDate: '2000-02-29', gender: 'female' })
    expect(() => idNumberFacts('330782199003071236')).toThrow(RangeError)
  })

  it('masks to the first 4 and last 4', () => {
    expect(maskIdNumber('330782198506191234')).toBe('3307**********1234')
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
    expect(maskIdNumber('123')).toBe('****')
  })
})

describe('mainland mobile phone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['86 13812345678', '13812345678'],
    [' 199 0000 1111 ', '19900001111'],
  ])('When %s is typed, then it normalises to %s and is valid', (raw, phone) => {
    expect(normalisePhone(raw)).toBe(phone)
    expect(isValidPhone(normalisePhone(raw))).toBe(true)
  })
  it.each(['12812345678', '1381234567', '138123456789', '0571-8888888', '8613812345678x'])('When %s, then it is not a mobile number', (raw) => {
    expect(PHONE_PATTERN.test(normalisePhone(raw))).toBe(false)
  })
})
