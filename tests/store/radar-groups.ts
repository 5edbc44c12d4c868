/**
 * The radar pass's tallies (grievances.countsByEnterprise) flattened back into groups — one per (enterprise, category,
 * collective, protected) with cases — so the contract can compare them with groups counted case by case.
 */
import type { CaseGroup, EnterpriseCases } from '../../cloudfunctions/_lib/domain/radar/signals'

export function groupsOf(entries: readonly EnterpriseCases[]): CaseGroup[] {
  const out: CaseGroup[] = []
  for (const { enterpriseId, cases } of entries) {
    for (const [category, t] of Object.entries(cases)) {
      if (!t) continue
      const sides: Array<[boolean, boolean, number]> = [
        [false, false, t.named.cases - t.named.collective], [true, false, t.named.collective],
        [false, true, t.protected.cases - t.protected.collective], [true, true, t.protected.collective],
      ]
      for (const [collective, isProtected, n] of sides) if (n > 0) out.push({ enterpriseId, category, collective, protected: isProtected, cases: n })
    }
  }
  return out
}
