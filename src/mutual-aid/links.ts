/** The mutual-aid pages (one place, so a rename is one change). */
export const MUTUAL_AID = {
  cover: '/mutual-aid/pages/cover/index',
  apply: '/mutual-aid/pages/apply/index',
  mine: '/mutual-aid/pages/mine/index',
  claim: '/mutual-aid/pages/claim/index',
  enrol: '/mutual-aid/pages/enrol/index',
  payments: '/mutual-aid/pages/payments/index',
  queue: '/mutual-aid/pages/queue/index',
  plans: '/mutual-aid/pages/plans/index',
  stats: '/mutual-aid/pages/stats/index',
}
