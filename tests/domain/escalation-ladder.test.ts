import { nearestHolder } from '../../cloudfunctions/_lib/domain/escalation-ladder'
import { chainOf, sx, sxA1, sxA1E1, yw } from './grievance/directory'

describe('nearestHolder: the escalation ladder shared by grievances and applications', () => {
  const chain = chainOf(sxA1E1.path) // yw → sx → sx-a1 → sx-a1-e1
  it('returns the parent when it may hold, never the holder itself', () => {
    expect(nearestHolder(chain, () => true)).toBe(sxA1)
  })
  it('skips ancestors that may not hold, up to the root', () => {
    expect(nearestHolder(chain, (o) => o.type !== 'area_committee')).toBe(sx)
    expect(nearestHolder(chain, (o) => o.type === 'city_federation')).toBe(yw)
  })
  it('returns null at the root, or when no ancestor may hold', () => {
    expect(nearestHolder(chainOf(yw.path), () => true)).toBeNull()
    expect(nearestHolder(chain, (o) => o.id === sxA1E1.id)).toBeNull()
    expect(nearestHolder([], () => true)).toBeNull()
  })
})
