/**
 * Names the store writes a call made, so a refused call that committed can be told apart: the bookkeeping of an
 * attempt (a quota counter taken and given back, the audit row of a failed guess — both by design, decision 0011)
 * from anything else, which is a half-done refusal. Wraps the in-process host's store methods by the port's naming
 * rule (get/list/count/search read; anything else writes).
 */
import type { AuditEntry, SideRecords, Store } from '../../../cloudfunctions/_lib/store/port'
import { GUESS_AUDIT } from '../../../cloudfunctions/_lib/runtime/guesses'

const READS = /^(get|list|count|search)/
const GUESS_ACTIONS = new Set<string>(Object.values(GUESS_AUDIT))

const sideLabels = (r: SideRecords): string[] => [
  ...r.audit.map((e) => `audit:${e.action}`),
  ...r.inbox.map(() => 'inbox.add'),
  ...r.checkins.map(() => 'checkins.schedule'),
]

export type WriteSpy = { take(): string[] }

export function spyOnWrites(store: Store): WriteSpy {
  let seen: string[] = []
  const groups = store as unknown as Record<string, Record<string, unknown>>
  for (const [name, group] of Object.entries(groups)) {
    if (typeof group !== 'object' || group === null) continue
    for (const [method, fn] of Object.entries(group)) {
      if (typeof fn !== 'function' || READS.test(method)) continue
      group[method] = async (...args: unknown[]) => {
        // An action's side records arrive as one call (sideRecords.write, runtime/side-records.ts): one label per record.
        const labels = name === 'sideRecords' ? sideLabels(args[0] as SideRecords) : name === 'audit' ? [`audit:${String((args[0] as AuditEntry).action)}`] : [`${name}.${method}`]
        let out: unknown
        try {
          out = await (fn as (...a: unknown[]) => Promise<unknown>).apply(group, args)
        } catch (err) {
          seen.push(...labels.map((label) => `${label} (threw)`))
          throw err
        }
        // A conditional write the store declined (`false`, `{ ok: false }`) wrote nothing, by the port's contract.
        const declined = out === false || (typeof out === 'object' && out !== null && (out as { ok?: unknown }).ok === false)
        seen.push(...labels.map((label) => (declined ? `${label} (declined)` : label)))
        return out
      }
    }
  }
  return {
    take() {
      const out = seen
      seen = []
      return out
    },
  }
}

/** A write that records an attempt, not an outcome, or one the store declined. */
export function isBookkeeping(write: string): boolean {
  return write.endsWith(' (declined)') || write.startsWith('quota.') || (write.startsWith('audit:') && GUESS_ACTIONS.has(write.slice('audit:'.length)))
}
