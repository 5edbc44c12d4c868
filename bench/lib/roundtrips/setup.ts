/**
 * The state a measured call needs, made by uncounted calls through the same functions: a fresh worker per
 * scenario (own daily limits, inbox, cases), cases at 华鑫织造工会 (a named report to e-hx goes to its enterprise
 * union, officer o-eu-hx-1), applications and members at 苏溪镇总工会 (officer o-town-sx-1).
 */
import { reporterKey } from '../../../cloudfunctions/grievance/lib/keys'
import { toIso } from '../../../cloudfunctions/_lib/runtime/time'
import { inboxItem, uid } from '../../../tests/support/factories'
import { png } from '../../../tests/functions/grievance/images'
import { application } from '../../../tests/functions/membership/helpers'
import { NOW, type RoundTripHarness } from './harness'

export const EU_OFFICER = 'o-eu-hx-1'
export const TOWN_OFFICER = 'o-town-sx-1'
export const CITY_ADMIN = 'o-city-admin'
export const CITY_LAWYER = 'o-lawyer-1'

export const newWorker = () => uid('o-w')

export const report = (over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'named',
  description: '三月份工资一直没有发，老板说再等等。', contact: { name: '张三', phone: '13812345678' }, ...over,
})

export type FiledCase = { worker: string; id: string; receipt: string }

/** A worker's named report at 华鑫 (pending at the enterprise union); accepted / resolved by its officer when asked. */
export async function filedCase(h: RoundTripHarness, stage: 'pending' | 'accepted' | 'resolved' = 'pending'): Promise<FiledCase> {
  const worker = newWorker()
  const { id, receipt } = await h.call('grievance', worker, 'submit', report())
  if (stage !== 'pending') await h.call('grievance', EU_OFFICER, 'accept', { id })
  if (stage === 'resolved') await h.call('grievance', EU_OFFICER, 'resolve', { id, outcome: 'resolved', summary: '已协调补发工资。' })
  return { worker, id, receipt }
}

/** A retaliation check-in in the reporter's inbox about their resolved case (escalate sends these 30 days on). */
export async function checkin(h: RoundTripHarness): Promise<{ worker: string; inboxId: string }> {
  const c = await filedCase(h, 'resolved')
  const deps = h.deps('grievance')
  const item = inboxItem({ recipientKey: reporterKey(deps.crypto, c.worker), type: 'grievance.checkin', caseId: c.id })
  await deps.store.inbox.add(item)
  return { worker: c.worker, inboxId: item.id }
}

/** The client's own upload to the slot `uploadSlot` gave (what wx.cloud.uploadFile does). */
export async function uploadedPhoto(h: RoundTripHarness, worker: string): Promise<string> {
  const { cloudPath } = await h.call('grievance', worker, 'uploadSlot', { contentType: 'image/png' })
  const { fileID } = await h.fake.app.uploadFile({ cloudPath, fileContent: png() })
  return fileID
}

export const pngBase64 = () => png().toString('base64')

/** A fresh worker's pending application at 苏溪镇总工会. */
export async function pendingApplication(h: RoundTripHarness): Promise<{ worker: string; id: string }> {
  const worker = newWorker()
  const { id } = await h.call('membership', worker, 'apply', application({ enterpriseId: 'e-sx-007' }))
  return { worker, id }
}

export type Membership = { worker: string; memberId: string; memberNo: string }

/** A fresh worker approved by the town; suspended when asked. */
export async function member(h: RoundTripHarness, suspended = false): Promise<Membership> {
  const { worker, id } = await pendingApplication(h)
  const { memberId, memberNo } = await h.call('membership', TOWN_OFFICER, 'approve', { id })
  if (suspended) await h.call('membership', TOWN_OFFICER, 'suspend', { memberId, reason: '会费长期未缴。' })
  return { worker, memberId, memberNo }
}

/** A desktop page's fresh sign-in code (and the poll token it keeps). */
export async function desktopCode(h: RoundTripHarness): Promise<{ code: string; pollToken: string }> {
  const { code, pollToken } = await h.call('account', null, 'desktopStart', { device: 'Chrome · Windows' })
  return { code, pollToken }
}

/** A live desktop session of `openid` (written directly: issuing its ticket needs the deployed key). */
export async function desktopSession(h: RoundTripHarness, openid: string): Promise<string> {
  const id = uid('ds')
  const createdAt = toIso(NOW)
  const expiresAt = toIso(new Date(NOW.getTime() + 8 * 3600_000))
  await h.deps('account').store.desktop.createSession({ id, openid, device: 'Chrome · Windows', createdAt, expiresAt, endedAt: null })
  return id
}

/** A fresh worker's consultation (苏溪镇 has no lawyer: it waits at the city centre, lawyer o-lawyer-1); answered when asked. */
export async function consultation(h: RoundTripHarness, answered = false): Promise<{ worker: string; id: string; receipt: string }> {
  const worker = newWorker()
  const { id, receipt } = await h.call('legal', worker, 'ask', { requestId: uid('req'), category: 'wage', question: '公司两个月没有发工资，我该怎么办？', privacy: 'named', townId: 'sx' })
  if (answered) await h.call('legal', CITY_LAWYER, 'answer', { id, text: '请先书面催告单位支付工资，再申请劳动仲裁。' })
  return { worker, id, receipt }
}

export const aidApplication = () => ({
  requestId: uid('req'), category: 'wage', townId: 'sx', claimAmount: 8000, help: ['arbitration'], migrantWorker: true,
  householdIncomePerPerson: 2000, facts: '老板拖欠三个月工资不发。', applicant: { name: '张三', phone: '13812345678' }, consents: { shareWithUnion: true },
})

/** A fresh worker's aid application at the city centre; awaiting material when asked. */
export async function aid(h: RoundTripHarness, awaiting = false): Promise<{ worker: string; id: string }> {
  const worker = newWorker()
  const { id } = await h.call('legal', worker, 'aidApply', aidApplication())
  if (awaiting) await h.call('legal', CITY_ADMIN, 'aidRequestMaterial', { id, text: '请补充工资条。' })
  return { worker, id }
}

export { application, uid }
