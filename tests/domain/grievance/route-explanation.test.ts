/** Issue 14: why a union holds a case, told to each reader in their words and naming the exact privacy mode. */
import { ROUTE_REASONS, routeExplanation, strictestChoice } from '../../../types/grievance-labels'

const TAIL = '诉求直接交给镇（街道）总工会，不经过单位的工会。'

describe('routeExplanation', () => {
  it('tells the worker the mode they chose, and never "或匿名"', () => {
    expect(routeExplanation('EMPLOYER_BLIND', { kind: 'worker', privacy: 'anonymous' })).toBe(`您选择了“匿名”，${TAIL}`)
    expect(routeExplanation('EMPLOYER_BLIND', { kind: 'worker', privacy: 'employer_blind' })).toBe(`您选择了“不让单位知道”，${TAIL}`)
    // A named worker on a case a co-worker protected is not told they chose anything.
    expect(routeExplanation('EMPLOYER_BLIND', { kind: 'worker', privacy: 'named' })).not.toMatch(/您选择了|或匿名/)
  })

  it('tells the officer who chose which mode, in the third person', () => {
    expect(routeExplanation('EMPLOYER_BLIND', { kind: 'officer', privacy: 'employer_blind', by: 'reporter' })).toBe(`报告人选择了“不让单位知道”，${TAIL}`)
    expect(routeExplanation('EMPLOYER_BLIND', { kind: 'officer', privacy: 'anonymous', by: 'joiner' })).toBe(`一起反映的职工选择了“匿名”，${TAIL}`)
  })

  it.each(ROUTE_REASONS)('%s: an officer is never addressed as the worker (您)', (reason) => {
    const text = routeExplanation(reason, { kind: 'officer', privacy: 'anonymous', by: 'reporter' })
    expect(text).not.toMatch(/您/)
    expect(text.length).toBeGreaterThan(5)
  })
})

describe('strictestChoice', () => {
  it('finds the strictest mode and says whether the reporter chose it', () => {
    expect(strictestChoice([{ privacy: 'named', role: 'reporter' }])).toEqual({ privacy: 'named', by: 'reporter' })
    expect(strictestChoice([{ privacy: 'named', role: 'reporter' }, { privacy: 'anonymous', role: 'joiner' }])).toEqual({ privacy: 'anonymous', by: 'joiner' })
    expect(strictestChoice([{ privacy: 'employer_blind', role: 'joiner' }, { privacy: 'employer_blind', role: 'reporter' }])).toEqual({ privacy: 'employer_blind', by: 'reporter' })
    expect(strictestChoice([])).toEqual({ privacy: null, by: 'reporter' })
  })
})
