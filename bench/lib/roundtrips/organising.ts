/** Round-trip setup for the organising actions (issue 13 §2): rows of 苏溪镇's list, imported by its admin (uncounted). */
import { creditCode } from '../../../tests/support/factories'
import type { RoundTripHarness } from './harness'

export const organisingRow = (insured = 60) => ({ creditCode: creditCode(), name: '往返测试企业', insured, townId: '苏溪镇' })

/** A fresh 未入库 enterprise on 苏溪镇's list: its credit code. */
export async function organisingEntry(h: RoundTripHarness): Promise<string> {
  const row = organisingRow()
  await h.call('organising', 'o-town-sx-admin', 'importInsured', { rows: [row], last: true })
  return row.creditCode
}
