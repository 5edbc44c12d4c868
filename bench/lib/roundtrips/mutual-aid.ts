/**
 * Round-trip setup for the mutualAid actions (issue 12), made by uncounted calls: one 2026 plan per harness whose
 * enrolment window holds the request clock, fresh members of 苏溪镇 (the town checks and approves their claims)
 * enrolled with their fee confirmed, their photos, and claims at each stage.
 */
import { claimBody, planBody } from '../../../tests/functions/mutual-aid/helpers'
import type { RoundTripHarness } from './harness'
import { TOWN_OFFICER, CITY_ADMIN, member, pngBase64, uid } from './setup'

const plans = new WeakMap<RoundTripHarness, Promise<string>>()

/** The harness's plan (enrolment open all of 2026, nothing sampled). */
export function mutualAidPlan(h: RoundTripHarness): Promise<string> {
  let plan = plans.get(h)
  if (!plan) {
    plan = h.call('mutualAid', CITY_ADMIN, 'savePlan', { plan: planBody({ enrolTo: '2026-12-31' }) }).then((p) => p.id as string)
    plans.set(h, plan)
  }
  return plan
}

/** A fresh member of 苏溪镇, enrolled by the town; their fee confirmed unless `paid: false`. */
export async function enrolledMember(h: RoundTripHarness, paid = true) {
  const planId = await mutualAidPlan(h)
  const m = await member(h)
  await h.call('mutualAid', TOWN_OFFICER, 'enrol', { planId, memberNos: [m.memberNo] })
  if (paid) await h.call('mutualAid', TOWN_OFFICER, 'confirmPayment', { planId, memberNos: [m.memberNo], reference: 'BENCH-1' })
  return { ...m, planId }
}

export async function claimPhotos(h: RoundTripHarness, worker: string) {
  const out = []
  for (const slot of ['invoice', 'settlement', 'discharge_summary'])
    out.push({ slot, fileId: (await h.call('mutualAid', worker, 'upload', { contentType: 'image/png', dataBase64: pngBase64() })).fileId as string })
  return out
}

/** A covered member's claim input: a stay of 1–5 March, three photos, one invoice. */
export async function readyClaim(h: RoundTripHarness) {
  const m = await enrolledMember(h)
  const attachments = await claimPhotos(h, m.worker)
  return { worker: m.worker, input: claimBody(attachments, { requestId: uid('req') }) as Record<string, unknown>, attachments }
}

/** A filed claim taken to `stage` by the town. */
export async function mutualAidClaim(h: RoundTripHarness, stage: 'submitted' | 'returned' | 'checked' | 'approved' = 'submitted') {
  const { worker, input, attachments } = await readyClaim(h)
  const { id } = await h.call('mutualAid', worker, 'claim', input)
  if (stage === 'returned') await h.call('mutualAid', TOWN_OFFICER, 'review', { id, decision: 'return', note: '请补拍发票。' })
  if (stage === 'checked' || stage === 'approved') await h.call('mutualAid', TOWN_OFFICER, 'review', { id, decision: 'documents_ok' })
  if (stage === 'approved') await h.call('mutualAid', TOWN_OFFICER, 'approve', { id })
  return { worker, id: id as string, attachments }
}

export const stay = { benefit: 'inpatient', admittedAt: '2026-03-01', dischargedAt: '2026-03-05', selfPaidInPolicy: 6500, totalCost: 20000, fundPaid: 12000 }
export { planBody }
