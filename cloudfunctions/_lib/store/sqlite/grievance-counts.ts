/**
 * The risk radar's pass over a town's cases (grievances.countsByEnterprise, GRIEVANCE_SQL.countsByEnterprise) counted
 * in JS: SQLite walks the covering index in time order and hands back two strings aligned case by case (each case's
 * enterprise; its category followed by its flags digit) and the number of cases; grouping them here avoids the temp
 * B-tree SQLite would sort the whole window through (docs/decisions/0018-risk-radar.md).
 */
import type { CaseGroup } from '../../domain/radar/signals'

/** Between the cases in each string (no enterprise id or category holds it; countCases checks). */
export const SEPARATOR = '\u001e'

/** The pass's result: null strings when no case is in the window. */
export type ConcatenatedCases = { cases: number; enterprises: string | null; kinds: string | null }

/** flags: 1 collective, 2 protected (the digit after each category in `kinds`). */
export const groupOf = (enterpriseId: string, category: string, flags: number, cases: number): CaseGroup => ({
  enterpriseId, category, collective: (flags & 1) === 1, protected: (flags & 2) === 2, cases,
})

/**
 * The groups, in one loop over the cases: enterprises and kinds (category + flags) are interned to indexes, each
 * case becomes one integer key, the keys are sorted as numbers and counted in runs. The strings are walked part by
 * part, not split: only the interned parts outlive the loop, so 100,000 cases leave little for the GC to copy.
 * Null when the strings do not hold one part per case (an id holding the separator): the caller lets SQLite group.
 */
export function countCases(r: ConcatenatedCases | undefined): CaseGroup[] | null {
  if (!r || r.cases === 0 || r.enterprises === null || r.kinds === null) return []
  const { cases: n, enterprises, kinds } = r
  const enterpriseIx = new Map<string, number>()
  const enterpriseIds: string[] = []
  const kindIx = new Map<string, number>()
  const kindNames: string[] = []
  const enterpriseOf = new Int32Array(n)
  const kindOf = new Int32Array(n)
  let e0 = 0
  let k0 = 0
  const last = n - 1
  for (let i = 0; i < n; i++) {
    let e1 = enterprises.indexOf(SEPARATOR, e0)
    let k1 = kinds.indexOf(SEPARATOR, k0)
    // A separator ends every part but the last, and the last part ends its string.
    if (i < last ? e1 < 0 || k1 < 0 : e1 >= 0 || k1 >= 0) return null
    if (i === last) {
      e1 = enterprises.length
      k1 = kinds.length
    }
    const id = enterprises.slice(e0, e1)
    const kind = kinds.slice(k0, k1)
    e0 = e1 + 1
    k0 = k1 + 1
    let e = enterpriseIx.get(id)
    if (e === undefined) enterpriseIx.set(id, (e = enterpriseIds.push(id) - 1))
    let k = kindIx.get(kind)
    if (k === undefined) kindIx.set(kind, (k = kindNames.push(kind) - 1))
    enterpriseOf[i] = e
    kindOf[i] = k
  }
  const width = kindNames.length
  // enterprise * kinds + kind; 32-bit while it fits (always, short of millions of enterprises).
  const keys = enterpriseIds.length * width < 2 ** 31 ? new Int32Array(n) : new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = enterpriseOf[i] * width + kindOf[i]
  keys.sort()
  const out: CaseGroup[] = []
  for (let i = 0; i < n; ) {
    const key = keys[i]
    let j = i + 1
    while (j < n && keys[j] === key) j++
    const k = key % width
    const kind = kindNames[k]
    out.push(groupOf(enterpriseIds[(key - k) / width], kind.slice(0, -1), kind.charCodeAt(kind.length - 1) - 48, j - i))
    i = j
  }
  return out
}
