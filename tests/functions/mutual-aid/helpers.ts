/** Shared test data for the mutualAid function tests (not a test file: jest runs *.test.ts only). */
import { randomBytes } from 'node:crypto'
import type { Harness } from '../../support/harness'
import { member as memberRecord, uid } from '../../support/factories'
import { png } from '../grievance/images'
import { holderKey } from '../../../cloudfunctions/membership/lib/keys'

/** Inside the 2026 plan's enrolment window (2025-12-01 … 2026-01-31): cover from 2026-01-01. */
export const JAN10 = new Date('2026-01-10T10:00:00+08:00')
/** Tuesday 2026-03-10 10:00 in Shanghai: claims are filed now for a stay of 1–5 March. */
export const TUE = new Date('2026-03-10T10:00:00+08:00')
export const at = (iso: string) => new Date(iso)

export const newWorker = () => uid('o-w')

/** A 2026 plan: fee 60, deductible 500, ratio 0.5, per stay 10,000, annual 30,000, critical 5,000; no sampling. */
export const planBody = (over: Record<string, unknown> = {}) => ({
  name: '2026年度职工医疗互助（测试）', year: 2026, feePerPerson: 60,
  coverFrom: '2026-01-01', coverTo: '2026-12-31', enrolFrom: '2025-12-01', enrolTo: '2026-01-31',
  waitingDays: 30, claimWithinDays: 90, annualCap: 30000, reviewThreshold: 1_000_000, sampleRate: 0,
  benefits: [
    { kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10000 },
    { kind: 'critical_illness', lumpSum: 5000, diseases: ['恶性肿瘤'] },
  ],
  ...over,
})

/** The data of a successful reply; a failure fails the test with its code (and the logged bug, if INTERNAL). */
export function data(h: Harness, out: any): any {
  if (out.ok) return out.data
  const bug = out.error.code === 'INTERNAL' ? JSON.stringify(h.log.entries.slice(-1)) : ''
  throw new Error(`expected ok, got ${out.error.code}: ${out.error.message} ${JSON.stringify(out.error.fields ?? {})} ${bug}`)
}

export const ma = (h: Harness, openid: string) => (action: string, input: Record<string, unknown> = {}, now = TUE) => h.as(openid)('mutualAid', action, input, now)

export async function newPlan(h: Harness, over: Record<string, unknown> = {}): Promise<string> {
  return data(h, await ma(h, 'o-city-admin')('savePlan', { plan: planBody(over) }, JAN10)).id
}

let serial = randomBytes(3).readUIntBE(0, 3) % 1_000_000
/** A member number the schema accepts (`YW` + 10 digits), unique in the run. */
export const memberNo = () => `YW9${String(++serial).padStart(9, '0')}`

export type TestMember = { openid: string; memberNo: string; memberId: string }

/** An active member of `orgId`, written straight into the membership store (the membership function is tested elsewhere). */
export async function addMember(h: Harness, orgId = 'eu-hx', over: Record<string, unknown> = {}): Promise<TestMember> {
  const openid = newWorker()
  const org = await h.deps.store.directory.getOrg(orgId)
  const m = memberRecord({ memberNo: memberNo(), holderKey: holderKey(h.deps.crypto, openid), orgId, orgPath: org!.path, ...over })
  if (!(await h.deps.store.memberships.createMember(m))) throw new Error('test member not created')
  return { openid, memberNo: m.memberNo, memberId: m.id }
}

/** The town federation officer over an org (苏溪镇 or 佛堂镇), else the city's admin. */
export const townOfficerOf = (orgPath: string) => (orgPath.includes('/sx/') ? 'o-town-sx-1' : orgPath.includes('/ft/') ? 'o-town-ft-1' : 'o-city-admin')

/** A member enrolled by the city admin in the window and their fee confirmed: cover from 2026-01-01. */
export async function coveredMember(h: Harness, planId: string, orgId = 'eu-hx', enrolAt = JAN10): Promise<TestMember> {
  const m = await addMember(h, orgId)
  const enrolled = data(h, await ma(h, 'o-city-admin')('enrol', { planId, memberNos: [m.memberNo] }, enrolAt))
  if (enrolled.enrolled.length !== 1) throw new Error(`not enrolled: ${JSON.stringify(enrolled.refused)}`)
  const org = await h.deps.store.directory.getOrg(orgId)
  data(h, await ma(h, townOfficerOf(org!.path))('confirmPayment', { planId, memberNos: [m.memberNo], reference: 'TEST-转账-001' }, enrolAt))
  return m
}

/** The member's own photos, through mutualAid.upload: the three inpatient slots (and a diagnosis certificate). */
export async function photos(h: Harness, openid: string, slots = ['invoice', 'settlement', 'discharge_summary']) {
  const out = []
  for (const [i, slot] of slots.entries()) {
    const up = data(h, await ma(h, openid)('upload', { contentType: 'image/png', dataBase64: png([i * 40, 100, 200]).toString('base64') }))
    out.push({ slot, fileId: up.fileId })
  }
  return out
}

let invoiceSerial = randomBytes(4).readUInt32BE(0) % 100_000_000
/** A 20-digit electronic invoice number, unique in the run. */
export const invoiceNo = () => `2633${String(++invoiceSerial).padStart(16, '0')}`

export const ACCOUNT_NO = '6222021234567891234'
export const DIAGNOSIS = '急性阑尾炎术后'
export const HOSPITAL = '义乌市中心医院'

/** A stay of 1–5 March 2026: self-paid in policy 6,500 → (6,500 − 500) × 0.5 = 3,000 payable. */
export const claimBody = (attachments: unknown[], over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), benefit: 'inpatient', hospital: HOSPITAL, admittedAt: '2026-03-01', dischargedAt: '2026-03-05',
  totalCost: 20000, fundPaid: 12000, selfPaidInPolicy: 6500, invoiceNumbers: [invoiceNo()], attachments,
  payout: { bankName: '义乌农商银行', accountNo: ACCOUNT_NO, accountName: '王小明' }, diagnosis: DIAGNOSIS, consents: { health: true },
  ...over,
})

/** A covered member's filed claim (status submitted). */
export async function filedClaim(h: Harness, planId: string, orgId = 'eu-hx', over: Record<string, unknown> = {}) {
  const m = await coveredMember(h, planId, orgId)
  const c = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid), over)))
  return { ...m, id: c.id as string, claim: c }
}
