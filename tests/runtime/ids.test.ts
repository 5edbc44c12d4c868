import { createIdGenerator } from '../../cloudfunctions/_lib/runtime/ids'

describe('id generator', () => {
  it('When many ids are made in one millisecond, then they are unique and sort in creation order', () => {
    const next = createIdGenerator(() => 1_790_000_000_000)
    const ids = Array.from({ length: 5000 }, next)
    expect(new Set(ids).size).toBe(5000)
    expect([...ids].sort()).toEqual(ids)
  })
  it('When time moves on, then later ids sort after earlier ones', () => {
    let t = 1_790_000_000_000
    const next = createIdGenerator(() => t)
    const a = next()
    t += 1
    expect(next() > a).toBe(true)
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
  })
})
