/**
 * Demo wage-arrears zero-reports (issue 13) for last month in 苏溪镇, through the real `arrears` function, so
 * `npm start` shows a town board with every state: 佳邦 reports 12 workers owed (an early-warning case at
 * 苏溪镇总工会), two enterprises of a joint union report 无欠薪, the town files for 凯晟 (no union of its own);
 * the rest of the town is 未报 or 逾期 — 华鑫 too, so the demo's 华鑫织造工会 干部 (o-eu-hx-1) has this month to file. Fictional figures. Safe to run again: a month already filed is left alone.
 */
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'
import { addMonths, monthOf } from '../../cloudfunctions/_lib/domain/arrears/due'
import { reportId } from '../../cloudfunctions/_lib/store/arrears-port'
import { arrears } from '../../cloudfunctions/arrears'

export const DEMO_ARREARS = [
  { openid: 'o-eu-sx-002-1', enterpriseId: 'e-sx-002', owed: { workers: 12, amount: 86000, cause: '外贸订单取消，资金周转困难（演示数据）' } },
  { openid: 'o-ju-sx2-1', enterpriseId: 'e-sx-004', owed: null },
  { openid: 'o-ju-sx2-1', enterpriseId: 'e-sx-003', owed: null },
  { openid: 'o-town-sx-1', enterpriseId: 'e-sx-007', owed: null },
] as const

export async function seedDemoArrears(deps: Deps, now = new Date()): Promise<void> {
  const month = addMonths(monthOf(now), -1)
  for (const r of DEMO_ARREARS) {
    if (await deps.store.arrears.getReport(reportId(r.enterpriseId, month))) continue
    const owed = r.owed && { ...r.owed, since: month }
    const out = await arrears.invoke({ action: 'file', enterpriseId: r.enterpriseId, month, arrears: owed }, { kind: 'user', openid: r.openid }, deps, now)
    if (!out.ok) throw new Error(`demo arrears for ${r.enterpriseId} failed: ${out.error.code} ${out.error.message}`)
  }
}
