/**
 * The demo's medical mutual-aid plan (issue 12) for this cover year, with clearly labelled demo values (`demo: true`,
 * "演示数据" in its name: not any union's real rules), and the demo member 陈小燕 (o-worker-2) enrolled by 苏溪镇总工会
 * and her fee confirmed, through the real `mutualAid` function, so 我的互助保障 shows active cover. The enrolment
 * window spans the whole demo year so a demo enrolment made any day starts with the plan. Safe to run again.
 */
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'
import { shanghaiDay, toIso } from '../../cloudfunctions/_lib/runtime/time'
import type { Plan } from '../../cloudfunctions/_lib/store/mutual-aid-port'
import { holderKey } from '../../cloudfunctions/membership/lib/keys'
import { mutualAid } from '../../cloudfunctions/mutualAid'

export function demoMutualAidPlan(year: number, now: Date): Plan {
  const at = toIso(now)
  return {
    id: `demo-mutual-aid-${year}`, name: `${year}年度职工医疗互助（演示数据）`, year, feePerPerson: 60,
    coverFrom: `${year}-01-01`, coverTo: `${year}-12-31`, enrolFrom: `${year}-01-01`, enrolTo: `${year}-12-31`,
    waitingDays: 90, claimWithinDays: 180, annualCap: 30000, reviewThreshold: 5000, sampleRate: 0.1,
    benefits: [
      { kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10000 },
      { kind: 'critical_illness', lumpSum: 5000, diseases: ['恶性肿瘤', '急性心肌梗死', '脑中风后遗症', '重大器官移植术', '终末期肾病'] },
    ],
    locked: false, demo: true, createdAt: at, updatedAt: at, version: 1,
  }
}

export async function seedDemoMutualAid(deps: Deps, now = new Date()): Promise<void> {
  const plan = demoMutualAidPlan(Number(shanghaiDay(now).slice(0, 4)), now)
  await deps.store.mutualAid.savePlan(plan) // false when it is already there
  const member = await deps.store.memberships.getMemberByHolder(holderKey(deps.crypto, 'o-worker-2'))
  if (!member) return
  const town = { kind: 'user', openid: 'o-town-sx-1' } as const
  const memberNos = [member.memberNo]
  await mutualAid.invoke({ action: 'enrol', planId: plan.id, memberNos }, town, deps, now)
  await mutualAid.invoke({ action: 'confirmPayment', planId: plan.id, memberNos, reference: 'DEMO-银行转账-0001' }, town, deps, now)
}
