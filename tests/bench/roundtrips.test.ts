/**
 * The round-trip budget (issue 10), on the harness `npm run bench:roundtrips` uses: every user-facing action
 * through its real function on the CloudBase adapter against the local fake, warm instance, requests counted.
 * Every action stays within its budget: its category's, or its own with the reason (ACTION_BUDGET in
 * bench/lib/roundtrips/budgets.ts). The over-budget ratchet this file held until 2026-12-05 is empty and gone.
 */
import { budgetOf, CATEGORIES, measureRoundTrips, userFacingActions, type ActionMeasure } from '../../bench/lib/roundtrips'
import { ACTION_BUDGET } from '../../bench/lib/roundtrips/budgets'
import { describeRequests } from '../../bench/lib/roundtrips/report'
import { SCENARIOS } from '../../bench/lib/roundtrips/scenarios'

jest.setTimeout(180_000)

let results: Record<string, ActionMeasure>
beforeAll(async () => {
  results = await measureRoundTrips({ samples: 1, delayMs: 0 })
})

it('When an action is user-facing, then it has a budget row and a scenario, and nothing else has one', () => {
  const actions = userFacingActions().sort()
  expect(Object.keys(CATEGORIES).sort()).toEqual(actions)
  expect(Object.keys(SCENARIOS).sort()).toEqual(actions)
})

/** The actions issue 10 names, with its budgets: none may take an own budget above them (mutualAid.claim: issue 12's 5). */
const NAMED: Record<string, number> = {
  'grievance.submit': 4, 'grievance.join': 4, 'membership.apply': 4, 'legal.ask': 4, 'mutualAid.claim': 5,
  'grievance.accept': 4, 'grievance.resolve': 4, 'membership.approve': 4,
  'grievance.get': 2, 'grievance.queue': 2, 'grievance.mine': 2, 'membership.get': 2, 'membership.queue': 2, 'membership.mine': 2,
  'card.token': 2, 'directory.searchEnterprises': 2,
}

it('When an action has its own budget, then it says why, and no action the issue names is given more than the issue says', () => {
  for (const [key, { budget, why }] of Object.entries(ACTION_BUDGET)) {
    expect([key, why.length > 20]).toEqual([key, true])
    if (key in NAMED) expect([key, budget]).toEqual([key, NAMED[key]])
  }
  for (const key of Object.keys(NAMED)) expect([key, budgetOf(key)]).toEqual([key, NAMED[key]])
})

it('When the harness runs, then every action was measured and the counting saw real requests', () => {
  expect(Object.keys(results).sort()).toEqual(userFacingActions().sort())
  // Not vacuous: a submit reads and writes the database; a card's public key needs none.
  expect(results['grievance.submit'].requests.some((r) => r.startsWith('insertDocument grievances'))).toBe(true)
  expect(results['card.publicKey'].count).toBe(0)
  // Storage is counted too: the upload's metadata call and the PUT of the bytes.
  expect(results['grievance.upload'].requests).toEqual(expect.arrayContaining(['storage.getUploadMetadata', 'cos.PUT']))
})

describe.each(userFacingActions().sort())('%s', (key) => {
  it('stays within its round-trip budget', () => {
    if (!results[key]) throw new Error(`${key} has no round-trip scenario: add one to bench/lib/roundtrips/scenarios.ts and its row to budgets.ts`)
    const { count, requests } = results[key]
    const budget = budgetOf(key)
    if (count > budget) throw new Error(`${key} is over its budget of ${budget}: ${count} requests: ${describeRequests(requests)}`)
  })
})
