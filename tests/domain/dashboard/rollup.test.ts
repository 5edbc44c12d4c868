/** The dashboard rollup, table-tested: months, roll-up over ancestors, open statuses, pending claims and applications. */
import { buildRollups, lastMonths, monthOf } from '../../../cloudfunctions/_lib/domain/dashboard/rollup'
import type { CaseFacts } from '../../../cloudfunctions/_lib/domain/grievance/stats'
import type { WorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({ acceptedOnTime: true, resolved: false, resolvedWithin15Days: false, rating: null, reopened: false, supervised: false, ...over })
const calendar = { countWorkdays: () => ({ count: 1, estimated: false }) } as unknown as WorkCalendar
const claim = (reviewPath: string, status: 'submitted' | 'paid' | 'rejected', paidAt: string | null = null) =>
  ({ reviewPath, status, payable: 100, createdAt: '2026-01-05T10:00:00+08:00', paidAt, returned: false, rejectCode: null })

test.each([
  ['2026-03', '2025-04', '2026-03'],
  ['2026-12', '2026-01', '2026-12'],
  ['2026-01', '2025-02', '2026-01'],
])('When the current month is %s, then the 12 months run %s … %s', (month, first, last) => {
  const months = lastMonths(month)
  expect(months).toHaveLength(12)
  expect([months[0], months[11]]).toEqual([first, last])
  expect(monthOf('2026-03-31T23:59:59+08:00')).toBe('2026-03')
})

test('When records sit at different levels, then each org counts its subtree, by month, status and kind', () => {
  const months = lastMonths('2026-03')
  const rollups = buildRollups({
    months, computedAt: '2026-03-12T10:00:00+08:00', calendar, truncated: false, consultations: [], paths: new Map(),
    cases: [
      { assignedPath: '/yw/sx/eu/', status: 'pending', month: '2026-03', missedPaths: [], facts: facts({ acceptedOnTime: false }) },
      { assignedPath: '/yw/sx/', status: 'accepted', month: '2026-02', missedPaths: [], facts: facts() },
      { assignedPath: '/yw/ft/', status: 'closed', month: '2026-03', missedPaths: [], facts: facts({ resolved: true }) },
    ],
    claims: [claim('/yw/sx/', 'submitted'), claim('/yw/sx/eu/', 'paid', '2026-02-10T10:00:00+08:00'), claim('/yw/ft/', 'rejected')],
    applications: [{ assignedPath: '/yw/sx/', overdue: true }, { assignedPath: '/yw/ft/', overdue: false }],
  })
  const by = new Map(rollups.map((r) => [r.orgId, r]))
  expect([...by.keys()]).toEqual(['eu', 'ft', 'sx', 'yw'])
  expect(by.get('yw')!.grievances).toMatchObject({ received: 3, open: { pending: 1, accepted: 1, awaiting_info: 0 } })
  expect(by.get('sx')!.grievances).toMatchObject({ received: 2, open: { pending: 1, accepted: 1, awaiting_info: 0 } })
  expect(by.get('eu')!.grievances.received).toBe(1)
  expect(by.get('sx')!.months.map((m) => m.grievancesReceived).slice(-2)).toEqual([1, 1])
  expect(by.get('yw')!.memberships).toEqual({ pending: 2, overdue: 1 })
  expect(by.get('ft')!.memberships).toEqual({ pending: 1, overdue: 0 })
  expect(by.get('sx')!.mutualAid).toEqual({ pending: 1, paidThisYear: 100, paidCountThisYear: 1 })
  expect(by.get('ft')!.mutualAid).toEqual({ pending: 0, paidThisYear: 0, paidCountThisYear: 0 })
  expect(by.get('yw')!.months[10].mutualAidPaid).toBe(100)
  // Rates under 5 cases are null, as in the statistics.
  expect(by.get('yw')!.grievances.onTimeAcceptRate).toBeNull()
})
