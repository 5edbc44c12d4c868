import { MAX_MEMBER_SEQ, formatMemberNo, isValidMemberNo, dammCheckDigit, normaliseMemberNo } from '../../../cloudfunctions/_lib/domain/membership/member-no'

describe('member numbers: YW + 9-digit sequence + Damm check digit', () => {
  it.each([
    [1, 'YW0000000013'],
    [42, 'YW0000000427'],
    [123456789, 'YW1234567894'],
    [MAX_MEMBER_SEQ, 'YW9999999990'],
  ])('When the sequence is %i, then the number is %s', (seq, memberNo) => {
    expect(formatMemberNo(seq)).toBe(memberNo)
    expect(isValidMemberNo(memberNo)).toBe(true)
  })

  it.each([0, -1, 1.5, MAX_MEMBER_SEQ + 1, Number.NaN])('When the sequence is %p, then it throws', (seq) => {
    expect(() => formatMemberNo(seq)).toThrow(RangeError)
  })

  it.each([
    ['YW0000000014', 'wrong check digit'],
    ['YW0000000000', 'sequence 0'],
    ['YW000000013', 'too short'],
    ['yw0000000013', 'lower-case prefix (normalise first)'],
    ['ZJ0000000013', 'another prefix'],
    ['YW00000000I3', 'a letter inside'],
  ])('When %s (%s), then it is not a member number', (s) => {
    expect(isValidMemberNo(s)).toBe(false)
  })

  it('normalises what a person types', () => {
    expect(isValidMemberNo(normaliseMemberNo(' yw 0000 0000 13 '))).toBe(true)
  })

  it('distinct sequences give distinct numbers, that sort as text in issue order', () => {
    const seqs = [1, 2, 9, 10, 11, 99, 100, 1000, 65_535, 999_999, 1_000_000, 123_456_789, MAX_MEMBER_SEQ]
    for (let i = 0; i < 2000; i++) seqs.push(1 + ((i * 2_654_435_761) % MAX_MEMBER_SEQ))
    const unique = [...new Set(seqs)].sort((a, b) => a - b)
    const numbers = unique.map(formatMemberNo)
    expect(new Set(numbers).size).toBe(unique.length)
    expect([...numbers].sort()).toEqual(numbers)
    expect(numbers.every(isValidMemberNo)).toBe(true)
  })

  it('catches every single-digit error and every swap of two different neighbouring digits', () => {
    for (const seq of [1, 42, 7_654_321, 123_456_789, 900_000_001]) {
      const no = formatMemberNo(seq)
      const digits = no.slice(2)
      for (let i = 0; i < digits.length; i++) {
        for (let d = 0; d <= 9; d++) {
          const typo = digits.slice(0, i) + d + digits.slice(i + 1)
          if (typo !== digits) expect(isValidMemberNo(`YW${typo}`)).toBe(false)
        }
        if (i + 1 < digits.length && digits[i] !== digits[i + 1]) {
          const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)
          expect(isValidMemberNo(`YW${swapped}`)).toBe(false)
        }
      }
    }
    expect(dammCheckDigit('572')).toBe('4') // the published worked example
    expect(() => dammCheckDigit('12a')).toThrow(RangeError)
  })
})
