/** Seeds the demo directory into an empty database (UNION_DEMO=0 turns it off). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { directoryFile } from '../../types/directory'
import { importDirectory } from '../../cloudfunctions/directory/importDirectory'
import { isFailure } from '../../cloudfunctions/_lib/runtime/result'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'
import { membership } from '../../cloudfunctions/membership'
import { toIso } from '../../cloudfunctions/_lib/runtime/time'
import { seedDemoMutualAid } from './demo-mutual-aid'
import { seedDemoArrears } from './demo-arrears'
import { seedDemoOrganising } from './demo-organising'
import { seedDemoRadar } from './demo-radar'

export { DEMO_IDENTITIES } from '../demo/identities'

export const DEMO_FILE = join(__dirname, '..', 'demo', 'yiwu.json')

/** True when it seeded; false when the directory already had towns. */
export async function seedDemo(store: Store): Promise<boolean> {
  if ((await store.directory.listTowns()).length > 0) return false
  const file = directoryFile.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')))
  const result = await importDirectory(store, file)
  if (isFailure(result)) throw new Error(`demo data is invalid: ${result.message} ${JSON.stringify(result.fields)}`)
  await seedDemoLegalParameters(store)
  return true
}

/**
 * Sample wage parameters for the legal toolkit (issue 11), marked `demo: true` so every page that shows them says
 * they are demo values: round figures near Zhejiang's, not official. A city admin replaces them with `legal.setParameters`.
 */
export const DEMO_LEGAL_PARAMETERS = [2025, 2026, 2027].map((year) => ({
  year, localAverageMonthlyWage: 8000, minimumMonthlyWage: 2500, aidIncomeThreshold: 2500, demo: true,
}))

export async function seedDemoLegalParameters(store: Store, now = new Date()): Promise<void> {
  for (const p of DEMO_LEGAL_PARAMETERS) await store.legal.putParameters({ ...p, updatedAt: toIso(now) })
}

/**
 * Demo memberships, through the real `membership` function (so the data is encrypted like any other): an
 * approved member for o-worker-2 (the card has something to show) and a pending application at 苏溪镇总工会 (the
 * town officers' queue has something to review). Fictional people; the ID numbers only pass the check digit.
 * Safe to run again: fixed request ids replay, and a second approve is refused.
 */
export async function seedDemoMemberships(deps: Deps, now = new Date()): Promise<void> {
  const call = (openid: string, action: string, input: Record<string, unknown>) =>
    membership.invoke({ action, ...input }, { kind: 'user', openid }, deps, now)
  const consents = { idNumber: true, shareWithUnion: true }
  const card = await call('o-worker-2', 'apply', {
    requestId: 'demo-member-worker-2', name: '陈小燕', idNumber: '330782198805123020', phone: '13957900001', enterpriseId: 'e-sx-007', consents,
  })
  if (card.ok) await call('o-town-sx-1', 'approve', { id: (card.data as { id: string }).id })
  await call('o-demo-applicant', 'apply', {
    requestId: 'demo-pending-applicant', name: '刘晓丽', idNumber: '330782199508231046', phone: '13957900002',
    noFixedEmployer: true, occupation: '外卖送餐员', residenceTownId: 'sx', consents,
  })
  // Medical mutual aid (issue 12): a demo plan, and 陈小燕 enrolled with her fee confirmed (scripts/host/demo-mutual-aid.ts).
  await seedDemoMutualAid(deps, now)
  // Wage-arrears zero-report (issue 13): last month's reports of a few 苏溪镇 enterprises (scripts/host/demo-arrears.ts).
  await seedDemoArrears(deps, now)
  // Organising list (issue 13 §2): a small imported list of 苏溪镇 (scripts/host/demo-organising.ts).
  await seedDemoOrganising(deps, now)
  // Employer risk radar (issue 13 §3): a few reports at 苏溪镇 enterprises and one 法律体检 (scripts/host/demo-radar.ts).
  await seedDemoRadar(deps, now)
}
