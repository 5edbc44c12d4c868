/**
 * The legal-aid means test (issue 11 §5), one rule for the aid form (shown before sending) and the `legal`
 * function (stored on the application): `exempt` for a worker on the union's hardship register, or a migrant
 * worker claiming wages or work-injury compensation (法律援助法 art. 42); else `passed` when the household income
 * per person is at most the city's `aidIncomeThreshold`; else `failed` (still filed: the union may grant anyway).
 * Zod-free: pages import it.
 */
import type { LegalCategory, MeansTest } from '../legal-labels'

export type MeansTestInput = { category: LegalCategory; migrantWorker: boolean; hardship: boolean; householdIncomePerPerson: number }

export function meansTest(i: MeansTestInput, aidIncomeThreshold: number): MeansTest {
  if (i.hardship) return 'exempt'
  if (i.migrantWorker && (i.category === 'wage' || i.category === 'injury')) return 'exempt'
  return i.householdIncomePerPerson <= aidIncomeThreshold ? 'passed' : 'failed'
}
