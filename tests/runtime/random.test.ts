import { randomBytesPooled } from '../../cloudfunctions/_lib/runtime/random'

test('pooled random bytes: requested sizes, never the same slice twice, across refills and beyond the pool', () => {
  const seen = new Set<string>()
  for (let i = 0; i < 2000; i++) {
    const b = randomBytesPooled(12) // 24,000 bytes: several refills of the 4 KiB pool
    expect(b).toHaveLength(12)
    seen.add(b.toString('hex'))
  }
  expect(seen.size).toBe(2000)
  const big = randomBytesPooled(10_000)
  expect(big).toHaveLength(10_000)
  expect(new Set(big).size).toBeGreaterThan(200) // not a zeroed or constant buffer
})

test('a handed-out slice is a copy: changing it does not change later bytes', () => {
  const a = randomBytesPooled(16)
  a.fill(7)
  const b = randomBytesPooled(16)
  expect(b.equals(Buffer.alloc(16, 7))).toBe(false)
})
