/**
 * The demo's employer risk radar (issue 13 §3, decision 0018) at 苏溪镇: a few named grievance reports through the
 * real `grievance` function and one 法律体检 visit through the real `radar` function. Nothing derived is written by
 * hand: the radar computes its rows from these cases and from the demo zero-reports (scripts/host/demo-arrears.ts,
 * seeded first). 佳邦 then scores above the threshold (its 欠薪预警 case and report, a collective safety report, an
 * overtime report) and has a visit on record; 凯鸿 has two minor reports and stays below. Named reports at
 * enterprises with their own union go to that union, never to the town's queue. Fictional people and facts.
 * Safe to run again: fixed request ids replay.
 */
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'
import { shanghaiDay } from '../../cloudfunctions/_lib/runtime/time'
import { grievance } from '../../cloudfunctions/grievance'
import { radar } from '../../cloudfunctions/radar'

export const DEMO_RADAR_CASES = [
  { openid: 'o-demo-radar-w1', enterpriseId: 'e-sx-002', category: 'safety', affectedCount: 3, contact: { name: '周建军', phone: '13957900011' },
    description: '车间消防通道长期堆放货物，几台灭火器已经过期，班组几个人都担心出事（演示数据）。' },
  { openid: 'o-demo-radar-w2', enterpriseId: 'e-sx-002', category: 'overtime', affectedCount: 1, contact: { name: '吴丽萍', phone: '13957900012' },
    description: '旺季每天加班到晚上十点，加班费一直没有按规定算（演示数据）。' },
  { openid: 'o-demo-radar-w3', enterpriseId: 'e-sx-005', category: 'social_insurance', affectedCount: 1, contact: { name: '郑海燕', phone: '13957900013' },
    description: '入职半年了，单位还没有给我缴社保（演示数据）。' },
  { openid: 'o-demo-radar-w4', enterpriseId: 'e-sx-005', category: 'contract', affectedCount: 1, contact: { name: '冯志强', phone: '13957900014' },
    description: '试用期过了还没有签书面劳动合同（演示数据）。' },
] as const

/** The 法律体检 on record: 苏溪镇总工会's officer visited 佳邦 a few days before the demo starts. */
export const DEMO_RADAR_VISIT = {
  openid: 'o-town-sx-1', enterpriseId: 'e-sx-002', daysAgo: 3,
  findings: '核查了工资台账和劳动合同：12 名职工工资未按时发放，已督促企业制定清偿计划；消防通道已要求当天清理（演示数据）。',
}

export async function seedDemoRadar(deps: Deps, now = new Date()): Promise<void> {
  for (const [i, c] of DEMO_RADAR_CASES.entries()) {
    const { openid, ...report } = c
    const out = await grievance.invoke({ action: 'submit', requestId: `demo-radar-case-${i + 1}`, privacy: 'named', ...report }, { kind: 'user', openid }, deps, now)
    if (!out.ok) throw new Error(`demo radar case at ${c.enterpriseId} failed: ${out.error.code} ${out.error.message}`)
  }
  const v = DEMO_RADAR_VISIT
  const date = shanghaiDay(new Date(now.getTime() - v.daysAgo * 86_400_000))
  const input = { action: 'visit', enterpriseId: v.enterpriseId, date, findings: v.findings, requestId: 'demo-radar-visit-1' }
  const out = await radar.invoke(input, { kind: 'user', openid: v.openid }, deps, now)
  if (!out.ok) throw new Error(`demo radar visit failed: ${out.error.code} ${out.error.message}`)
}
