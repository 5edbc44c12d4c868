/**
 * Every action × caller role × own/other org. A new action without a row here fails the first test,
 * so nothing ships without a stated policy.
 */
import { FUNCTIONS } from '../../cloudfunctions/registry'
import type { Caller } from '../../cloudfunctions/_lib/runtime/deps'
import { openHarness, type Harness } from '../support/harness'
import { creditCode, inboxItem, uid } from '../support/factories'
import { reporterKey } from '../../cloudfunctions/grievance/lib/keys'
import { application as membershipApplication } from './membership/helpers'
import { signCardToken } from '../../types/card-token'
import { mutualAidMatrix } from './mutual-aid/matrix-setup'
import { entry as organisingEntry } from '../support/organising-factories'

type Who = 'none' | 'worker' | 'lawyer' | 'officerOwn' | 'officerOther' | 'adminOwn' | 'adminOther' | 'cityAdmin'
const WHO: Who[] = ['none', 'worker', 'lawyer', 'officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin']
// The target org of scoped actions is `sx-a1` (in 苏溪镇). "Own" callers sit at 苏溪镇, "other" at 佛堂镇.
const CALLERS: Record<Who, Caller> = {
  none: { kind: 'none' },
  worker: { kind: 'user', openid: 'o-worker-1' },
  lawyer: { kind: 'user', openid: 'o-lawyer-1' },
  officerOwn: { kind: 'user', openid: 'o-town-sx-1' },
  officerOther: { kind: 'user', openid: 'o-town-ft-1' },
  adminOwn: { kind: 'user', openid: 'o-town-sx-admin' },
  adminOther: { kind: 'user', openid: 'o-town-ft-admin' },
  cityAdmin: { kind: 'user', openid: 'o-city-admin' },
}
const everyone: Who[] = WHO
const users: Who[] = WHO.filter((w) => w !== 'none')

const TUE = new Date('2026-03-10T10:00:00+08:00')
/** A fresh employer-blind case of o-worker-1 at 苏溪镇总工会 (so grassroots officers never see it). */
async function townCase(accepted = false): Promise<string> {
  const out = await h.call('grievance', CALLERS.worker, {
    action: 'submit', requestId: uid('req'), enterpriseId: 'e-hx', category: 'overtime', privacy: 'employer_blind',
    description: '每天加班到深夜，没有加班费。', contact: { name: '张三', phone: '13812345678' },
  }, TUE)
  if (accepted) await h.call('grievance', CALLERS.officerOwn, { action: 'accept', id: out.data.id }, TUE)
  return out.data.id
}

const officersOfSx: Who[] = ['officerOwn', 'adminOwn', 'cityAdmin']

/** A townCase resolved by the town, for the worker's closing actions. */
async function resolvedCase(): Promise<string> {
  const id = await townCase(true)
  await h.call('grievance', CALLERS.officerOwn, { action: 'resolve', id, outcome: 'resolved', summary: '已协调解决。' }, TUE)
  return id
}
/** An inbox entry of o-worker-1 (a retaliation check-in about a townCase when `checkin`). */
async function workerInboxItem(checkin = false): Promise<string> {
  const item = inboxItem({
    recipientKey: reporterKey(h.deps.crypto, 'o-worker-1'),
    ...(checkin ? { type: 'grievance.checkin', caseId: await townCase() } : {}),
  })
  await h.deps.store.inbox.add(item)
  return item.id
}

/** The 8-byte PNG signature: the least an upload must start with to pass the type check. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64')

/** A pending membership application at 苏溪镇总工会, by o-worker-1 unless told (a fresh ID number each time). */
async function townApplication(openid = 'o-worker-1', now = TUE): Promise<string> {
  const out = await h.call('membership', { kind: 'user', openid }, { action: 'apply', ...membershipApplication({ enterpriseId: 'e-sx-007' }) }, now)
  if (!out.ok) throw new Error(`matrix setup: apply failed ${out.error.code}`)
  return out.data.id
}
let workerDays = 0
/**
 * An application of o-worker-1 (the `worker` caller), rejected at once: an account has one pending
 * application at a time and files a few a day, so each is filed on a day of its own after the last is decided.
 */
async function workerApplication(): Promise<string> {
  const mine = await h.call('membership', CALLERS.worker, { action: 'mine', limit: 100 }, TUE)
  for (const a of mine.data.applications.filter((x: { status: string }) => x.status === 'pending'))
    await h.call('membership', CALLERS.officerOwn, { action: 'reject', id: a.id, reason: 'OTHER', note: '矩阵测试' }, TUE)
  const day = new Date(TUE.getTime() + ++workerDays * 86_400_000)
  return townApplication('o-worker-1', day)
}
/** A member at 苏溪镇总工会 (a fresh worker, approved by the town), suspended when asked. */
async function townMember(suspended = false): Promise<string> {
  const id = await townApplication(uid('o-w'))
  const out = await h.call('membership', CALLERS.officerOwn, { action: 'approve', id }, TUE)
  if (suspended) await h.call('membership', CALLERS.officerOwn, { action: 'suspend', memberId: out.data.memberId, reason: '矩阵测试' }, TUE)
  return out.data.memberId
}

/** A fresh desktop sign-in code and its poll token, as the desktop page gets them. */
async function desktopCode(): Promise<{ code: string; pollToken: string }> {
  const out = await h.call('account', CALLERS.none, { action: 'desktopStart' }, TUE)
  if (!out.ok) throw new Error(`matrix setup: desktopStart failed ${out.error.code}`)
  return { code: out.data.code, pollToken: out.data.pollToken }
}
/** A live desktop session of o-town-sx-1 (the `officerOwn` caller). */
async function desktopSession(): Promise<string> {
  const started = await desktopCode()
  await h.call('account', CALLERS.officerOwn, { action: 'desktopConfirm', code: started.code }, TUE)
  const out = await h.call('account', CALLERS.none, { action: 'desktopPoll', ...started }, TUE)
  if (out.data?.status !== 'ready') throw new Error('matrix setup: no desktop session')
  return out.data.sessionId
}

/** A consultation of o-worker-1 at the city federation (苏溪镇 has no lawyer in the demo), answered by o-lawyer-1 when asked. */
async function cityConsultation(answered = false): Promise<{ id: string; receipt: string }> {
  const out = await h.call('legal', CALLERS.worker, { action: 'ask', requestId: uid('req'), category: 'wage', question: '公司两个月没有发工资，我该怎么办？', privacy: 'anonymous', townId: 'sx' }, TUE)
  if (!out.ok) throw new Error(`matrix setup: ask failed ${out.error.code}`)
  if (answered) await h.call('legal', CALLERS.lawyer, { action: 'answer', id: out.data.id, text: '请先书面催告单位支付工资，再申请仲裁。' }, TUE)
  return out.data
}
/** A legal-aid application of o-worker-1 at the city (苏溪镇 has no lawyer); awaiting material when asked. */
async function cityAid(awaiting = false): Promise<string> {
  const out = await h.call('legal', CALLERS.worker, { action: 'aidApply', requestId: uid('req'), category: 'wage', townId: 'sx', claimAmount: 5000,
    help: ['advice'], migrantWorker: true, householdIncomePerPerson: 2000, facts: '老板拖欠三个月工资不发。', applicant: { name: '张三', phone: '13812345678' },
    consents: { shareWithUnion: true } }, TUE)
  if (!out.ok) throw new Error(`matrix setup: aidApply failed ${out.error.code}`)
  if (awaiting) await h.call('legal', CALLERS.cityAdmin, { action: 'aidRequestMaterial', id: out.data.id, text: '请补充工资条。' }, TUE)
  return out.data.id
}
/** A knowledge-base article written by 苏溪镇总工会's admin. */
async function townArticle(): Promise<string> {
  const out = await h.call('legal', CALLERS.adminOwn, { action: 'articleSave', category: 'other', title: '矩阵测试文章', body: '矩阵测试正文。' }, TUE)
  if (!out.ok) throw new Error(`matrix setup: articleSave failed ${out.error.code}`)
  return out.data.id
}
const legalHolders: Who[] = ['worker', 'lawyer', 'cityAdmin']
const legalAnswerers: Who[] = ['lawyer', 'cityAdmin']
const officers: Who[] = ['lawyer', 'officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin']
/** Officers of town and city federations (record payments; a member outside their scope is refused per member). */
const federationOfficers: Who[] = ['officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin']
const mutualAid = mutualAidMatrix(() => h, TUE)
const stay = { benefit: 'inpatient', admittedAt: '2026-03-01', dischargedAt: '2026-03-05', selfPaidInPolicy: 6500 }

const POLICY: Record<string, { allowed: Who[]; input: () => Record<string, unknown> | Promise<Record<string, unknown>> }> = {
  'grievance.submit': { allowed: users, input: () => ({ requestId: uid('req'), townId: 'sx', category: 'safety', privacy: 'anonymous', description: '车间没有防护装置。' }) },
  'grievance.preview': { allowed: users, input: () => ({ enterpriseId: 'e-hx', privacy: 'employer_blind' }) },
  'grievance.get': { allowed: ['worker', ...officersOfSx], input: async () => ({ id: await townCase() }) },
  'grievance.byReceipt': { allowed: everyone, input: async () => {
    const out = await h.call('grievance', CALLERS.worker, { action: 'submit', requestId: uid('req'), townId: 'sx', category: 'other', privacy: 'anonymous', description: '想问问社保的事情。' }, TUE)
    return { receipt: out.data.receipt }
  } },
  'grievance.mine': { allowed: users, input: () => ({}) },
  'grievance.queue': { allowed: ['officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin'], input: () => ({}) },
  'grievance.accept': { allowed: officersOfSx, input: async () => ({ id: await townCase() }) },
  'grievance.transfer': { allowed: officersOfSx, input: async () => ({ id: await townCase(), toOrgId: 'yw', reason: '需要市总协调' }) },
  'grievance.resolve': { allowed: officersOfSx, input: async () => ({ id: await townCase(true), outcome: 'resolved', summary: '已协调解决。' }) },
  // Collective cases are a workers' matter: no officer account (of any org or role) discovers or joins one.
  'grievance.collective': { allowed: ['worker'], input: () => ({ enterpriseId: 'e-hx', category: 'overtime' }) },
  'grievance.join': { allowed: ['worker'], input: async () => ({ caseId: await townCase(), requestId: uid('req'), privacy: 'anonymous' }) },
  'grievance.reply': { allowed: ['worker', ...officersOfSx], input: async () => ({ id: await townCase(true), text: '请问进展如何？' }) },
  'grievance.messages': { allowed: ['worker', ...officersOfSx], input: async () => ({ id: await townCase() }) },
  'grievance.requestInfo': { allowed: officersOfSx, input: async () => ({ id: await townCase(true), question: '请补充工资条照片。' }) },
  'grievance.confirm': { allowed: ['worker'], input: async () => ({ id: await resolvedCase() }) },
  'grievance.rate': { allowed: ['worker'], input: async () => ({ id: await resolvedCase(), score: 5 }) },
  'grievance.reopen': { allowed: ['worker'], input: async () => ({ id: await resolvedCase(), reason: '工资还是没有补发。' }) },
  'grievance.revealContact': { allowed: officersOfSx, input: async () => ({ id: await townCase() }) },
  'grievance.stats': { allowed: officersOfSx, input: () => ({ orgId: 'sx-a1' }) },
  'grievance.answerCheckin': { allowed: ['worker'], input: async () => ({ inboxId: await workerInboxItem(true), answer: 'no' }) },
  'grievance.inbox': { allowed: users, input: () => ({}) },
  'grievance.markRead': { allowed: ['worker'], input: async () => ({ id: await workerInboxItem() }) },
  // Anyone signed in uploads their own evidence (workers for reports, officers for replies).
  'grievance.upload': { allowed: users, input: () => ({ contentType: 'image/png', dataBase64: PNG_SIGNATURE }) },
  'grievance.uploadSlot': { allowed: users, input: () => ({ contentType: 'image/png' }) },
  // Someone else's (or no) upload: VALIDATION for a signed-in caller, which is not a refusal of the caller.
  'grievance.finishUpload': { allowed: users, input: () => ({ contentType: 'image/png', fileId: 'incoming/01J00000000000000000000000-0000000000000000.png' }) },
  'escalate.sweep': { allowed: [], input: () => ({}) },
  // Anyone signed in records their own accepted templates; the send timer is system-only.
  'notify.subscribe': { allowed: users, input: () => ({ accepted: [{ kind: 'grievance', templateId: 'TPL_matrix_000000000000000000000000000001' }] }) },
  'notify.send': { allowed: [], input: () => ({}) },
  'notify.queue': { allowed: [], input: () => ({}) },
  'membership.apply': { allowed: users, input: () => membershipApplication({ enterpriseId: 'e-sx-007' }) },
  'membership.get': { allowed: ['worker', ...officersOfSx], input: async () => ({ id: await workerApplication() }) },
  'membership.mine': { allowed: users, input: () => ({}) },
  // Callers without a membership get MEMBERSHIP.NOT_MEMBER: an answer about themselves, not a refusal.
  'membership.transfer': { allowed: users, input: () => ({ requestId: uid('req'), enterpriseName: '矩阵测试厂', townId: 'ft' }) },
  'membership.leave': { allowed: users, input: () => ({}) },
  'membership.queue': { allowed: officersOfSx, input: () => ({ orgId: 'sx-a1' }) },
  'membership.members': { allowed: officersOfSx, input: () => ({ orgId: 'sx-a1' }) },
  'membership.approve': { allowed: officersOfSx, input: async () => ({ id: await townApplication(uid('o-w')) }) },
  'membership.reject': { allowed: officersOfSx, input: async () => ({ id: await townApplication(uid('o-w')), reason: 'OTHER', note: '矩阵测试' }) },
  'membership.revealId': { allowed: officersOfSx, input: async () => ({ applicationId: await townApplication(uid('o-w')), field: 'idNumber' }) },
  'membership.suspend': { allowed: officersOfSx, input: async () => ({ memberId: await townMember(), reason: '矩阵测试' }) },
  'membership.reinstate': { allowed: officersOfSx, input: async () => ({ memberId: await townMember(true) }) },
  'directory.searchEnterprises': { allowed: everyone, input: () => ({ q: '华鑫' }) },
  'directory.listTowns': { allowed: everyone, input: () => ({}) },
  'directory.listTownOrgs': { allowed: everyone, input: () => ({ townId: 'sx' }) },
  'directory.getOrg': { allowed: everyone, input: () => ({ id: 'sx-a1' }) },
  'directory.listCalendarYears': { allowed: everyone, input: () => ({}) },
  'directory.workCalendar': { allowed: everyone, input: () => ({}) },
  'directory.import': {
    allowed: ['adminOwn', 'cityAdmin'],
    input: () => ({ data: { enterprises: [{ id: uid('e'), name: '矩阵测试有限公司', creditCode: creditCode(), townId: 'sx', unionId: null, staff: 3 }] } }),
  },
  'directory.putCalendarYear': { allowed: ['cityAdmin'], input: () => ({ year: 2030, holidays: [], workdays: [] }) },
  // A non-member gets MEMBERSHIP.NOT_MEMBER (an answer, not a refusal); verify answers any signed-in user.
  'card.token': { allowed: users, input: () => ({}) },
  'card.verify': { allowed: users, input: () => ({ token: signCardToken({ memberNo: 'YW-MATRIX', orgId: 'sx-a1', orgName: '矩阵', nameMasked: '某*', status: 'active', exp: TUE.getTime() / 1000 + 60 }, h.deps.crypto.keys.cardSigningKey!) }) },
  'card.publicKey': { allowed: everyone, input: () => ({}) },
  'account.me': { allowed: users, input: () => ({}) },
  'account.redeemInvite': { allowed: users, input: () => ({ code: 'ZZZZZZZZ', name: '某人' }) },
  'account.createInvite': { allowed: ['adminOwn', 'cityAdmin'], input: () => ({ orgId: 'sx-a1', role: 'officer' }) },
  'account.listOfficers': { allowed: ['adminOwn', 'cityAdmin'], input: () => ({ orgId: 'sx-a1' }) },
  // Desktop sign-in: the desktop page has no identity yet; only an account with an officer record (any role) confirms.
  'account.desktopStart': { allowed: everyone, input: () => ({}) },
  'account.desktopPoll': { allowed: everyone, input: desktopCode },
  'account.desktopConfirm': { allowed: ['lawyer', 'officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin'], input: async () => ({ code: (await desktopCode()).code }) },
  'account.desktopSessions': { allowed: users, input: () => ({}) },
  // Someone else's session does not exist for the caller (NOT_FOUND): only its officer ends it.
  'account.desktopEnd': { allowed: ['officerOwn'], input: async () => ({ sessionId: await desktopSession() }) },
  // legal (issue 11): consultations at the city federation; enterprise-level and other orgs' officers see nothing.
  'legal.ask': { allowed: users, input: () => ({ requestId: uid('req'), category: 'wage', question: '公司两个月没有发工资，我该怎么办？', privacy: 'named', townId: 'sx' }) },
  'legal.get': { allowed: legalHolders, input: async () => ({ id: (await cityConsultation()).id }) },
  'legal.byReceipt': { allowed: everyone, input: async () => ({ receipt: (await cityConsultation()).receipt }) },
  'legal.mine': { allowed: users, input: () => ({}) },
  'legal.followUp': { allowed: legalHolders, input: async () => ({ id: (await cityConsultation()).id, text: '补充一点情况。' }) },
  'legal.close': { allowed: legalHolders, input: async () => ({ id: (await cityConsultation()).id }) },
  'legal.rate': { allowed: ['worker'], input: async () => ({ id: (await cityConsultation(true)).id, score: 5, solved: true }) },
  'legal.queue': { allowed: officers, input: () => ({}) },
  'legal.claim': { allowed: legalAnswerers, input: async () => ({ id: (await cityConsultation()).id }) },
  'legal.answer': { allowed: legalAnswerers, input: async () => ({ id: (await cityConsultation()).id, text: '请先书面催告单位支付工资。' }) },
  'legal.publish': { allowed: legalAnswerers, input: async () => ({ id: (await cityConsultation(true)).id, question: '单位欠薪怎么办？', answer: '先书面催告，再申请仲裁。' }) },
  'legal.search': { allowed: everyone, input: () => ({ q: '欠薪' }) },
  'legal.articleSave': { allowed: ['adminOwn', 'adminOther', 'cityAdmin'], input: () => ({ category: 'other', title: '矩阵测试文章', body: '矩阵测试正文。' }) },
  'legal.articleUnpublish': { allowed: ['adminOwn', 'cityAdmin'], input: async () => ({ id: await townArticle() }) },
  'legal.limitation': { allowed: everyone, input: () => ({ category: 'overtime', knewAt: '2025-06-01' }) },
  'legal.limitationRemind': { allowed: users, input: () => ({ requestId: uid('req'), category: 'overtime', knewAt: '2025-06-01' }) },
  'legal.calculate': { allowed: everyone, input: () => ({ kind: 'overtime', monthlyWage: 4350, weekdayHours: 10, restDayHours: 0, holidayHours: 0 }) },
  'legal.setParameters': { allowed: ['cityAdmin'], input: () => ({ year: 2031, localAverageMonthlyWage: 9000, minimumMonthlyWage: 2600 }) },
  'legal.parameters': { allowed: everyone, input: () => ({ year: 2026 }) },
  'legal.stats': { allowed: officersOfSx, input: () => ({ orgId: 'sx' }) },
  // Legal aid: the applicant, and any officer (officer, admin or lawyer) of the receiving federation or above it.
  'legal.aidApply': { allowed: users, input: () => ({ requestId: uid('req'), category: 'wage', townId: 'sx', claimAmount: 5000, help: ['advice'], migrantWorker: true,
    householdIncomePerPerson: 2000, facts: '老板拖欠三个月工资不发。', applicant: { name: '张三', phone: '13812345678' }, consents: { shareWithUnion: true } }) },
  'legal.aidGet': { allowed: legalHolders, input: async () => ({ id: await cityAid() }) },
  'legal.aidMine': { allowed: users, input: () => ({}) },
  'legal.aidQueue': { allowed: officers, input: () => ({}) },
  'legal.aidRequestMaterial': { allowed: legalAnswerers, input: async () => ({ id: await cityAid(), text: '请补充劳动合同。' }) },
  'legal.aidSupply': { allowed: ['worker'], input: async () => ({ id: await cityAid(true), text: '已补充工资条照片。' }) },
  'legal.aidDecide': { allowed: legalAnswerers, input: async () => ({ id: await cityAid(), decision: 'refuse', reasonCode: 'NO_MERIT', note: '矩阵测试。' }) },
  // mutualAid (issue 12): o-worker-1's claims at sx-a1 (checked there or above, approved by 苏溪镇); a non-member's own
  // actions answer MUTUAL_AID.NOT_MEMBER / NOT_ENROLLED, and someone else's photos VALIDATION: answers, not refusals.
  'mutualAid.savePlan': { allowed: ['cityAdmin'], input: () => ({ plan: mutualAid.planBody() }) },
  'mutualAid.plans': { allowed: users, input: () => ({}) },
  'mutualAid.enrol': { allowed: officersOfSx, input: async () => ({ planId: await mutualAid.planId(), orgId: 'sx-a1', memberNos: ['YW0000000002'] }) },
  'mutualAid.enrolSelf': { allowed: users, input: async () => ({ planId: await mutualAid.planId() }) },
  'mutualAid.confirmPayment': { allowed: federationOfficers, input: async () => ({ planId: await mutualAid.planId(), memberNos: ['YW0000000001'], reference: 'MATRIX-1' }) },
  'mutualAid.upload': { allowed: users, input: () => ({ contentType: 'image/png', dataBase64: PNG_SIGNATURE }) },
  'mutualAid.uploadSlot': { allowed: users, input: () => ({ contentType: 'image/png' }) },
  'mutualAid.finishUpload': { allowed: users, input: () => ({ contentType: 'image/png', fileId: 'incoming/01J00000000000000000000000-0000000000000000.png' }) },
  'mutualAid.myCover': { allowed: users, input: () => ({}) },
  'mutualAid.estimate': { allowed: users, input: async () => ({ planId: await mutualAid.planId(), ...stay }) },
  'mutualAid.claim': { allowed: users, input: async () => { await mutualAid.planId(); return mutualAid.claimBody(await mutualAid.photos()) } },
  'mutualAid.get': { allowed: ['worker', ...officersOfSx], input: async () => ({ id: await mutualAid.claim() }) },
  'mutualAid.revealAccount': { allowed: officersOfSx, input: async () => ({ id: await mutualAid.claim() }) },
  'mutualAid.mine': { allowed: users, input: () => ({}) },
  'mutualAid.queue': { allowed: federationOfficers, input: () => ({ stage: 'review' }) },
  'mutualAid.review': { allowed: officersOfSx, input: async () => ({ id: await mutualAid.claim(), decision: 'documents_ok' }) },
  'mutualAid.resubmit': { allowed: ['worker'], input: async () => ({ id: await mutualAid.claim('returned'), attachments: await mutualAid.photos() }) },
  'mutualAid.approve': { allowed: officersOfSx, input: async () => ({ id: await mutualAid.claim('checked') }) },
  'mutualAid.reject': { allowed: officersOfSx, input: async () => ({ id: await mutualAid.claim('checked'), reasonCode: 'OTHER', note: '矩阵测试。' }) },
  'mutualAid.markPaid': { allowed: officersOfSx, input: async () => ({ id: await mutualAid.claim('approved'), reference: 'MATRIX-PAY' }) },
  'mutualAid.stats': { allowed: officersOfSx, input: () => ({ orgId: 'sx' }) },
  // Officer dashboard (issue 13): the subtree's figures; the rollup refresh is the timer's only.
  'dashboard.get': { allowed: officersOfSx, input: () => ({ orgId: 'sx-a1' }) },
  'dashboard.refresh': { allowed: [], input: () => ({}) },
  // Wage-arrears zero-report (issue 13): only the filing org files (苏溪镇 files for e-sx-007, which has no union of its
  // own and no joint union; the city above it does not); boards for the subtree; a filer's own page for any officer.
  'arrears.file': { allowed: ['officerOwn', 'adminOwn'], input: () => ({ enterpriseId: 'e-sx-007', month: '2026-02', arrears: null }) },
  'arrears.mine': { allowed: ['officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin'], input: () => ({}) },
  'arrears.board': { allowed: officersOfSx, input: () => ({ orgId: 'sx-a1', month: '2026-02' }) },
  'arrears.dueBy': { allowed: users, input: () => ({ month: '2026-02' }) },
  // Employer risk radar (issue 13): federations only, for a town in their subtree (苏溪镇); grassroots orgs never.
  'radar.list': { allowed: officersOfSx, input: () => ({ townId: 'sx' }) },
  'radar.visit': { allowed: officersOfSx, input: () => ({ enterpriseId: 'e-hx', date: '2026-03-09', findings: '矩阵测试。', requestId: uid('req') }) },
  'radar.visits': { allowed: officersOfSx, input: () => ({ townId: 'sx', enterpriseId: 'e-hx' }) },
  // Organising list (issue 13 §2): imports by city and town admins (a row without a town lands in the admin's own town;
  // the city's is refused as VALIDATION, not denied); the list, its rows and progress for 苏溪镇's officers and above.
  'organising.importInsured': { allowed: ['adminOwn', 'adminOther', 'cityAdmin'], input: () => ({ rows: [{ creditCode: creditCode(), name: '矩阵测试企业', insured: 30 }], last: true }) },
  'organising.list': { allowed: officersOfSx, input: () => ({ townId: 'sx' }) },
  'organising.get': { allowed: officersOfSx, input: async () => ({ creditCode: await sxEntry() }) },
  'organising.assign': { allowed: officersOfSx, input: async () => ({ creditCode: await sxEntry(), organiserOpenid: 'o-town-sx-2' }) },
  'organising.update': { allowed: officersOfSx, input: async () => ({ creditCode: await sxEntry(), status: 'contacted', note: '矩阵测试。' }) },
  'organising.progress': { allowed: officersOfSx, input: () => ({ orgId: 'sx-a1' }) },
}

/** A fresh row of 苏溪镇's organising list. */
async function sxEntry(): Promise<string> {
  const e = organisingEntry({ townId: 'sx' })
  await h.deps.store.organising.putEntries([e])
  return e.creditCode
}

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  h.deps.limits.dailyReportLimit = 10_000 // the matrix files many cases as one worker
})
afterAll(() => h.close())

it('When an action is registered, then the matrix states its policy', () => {
  const registered = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => `${fn.name}.${a}`))
  expect(registered.sort()).toEqual(Object.keys(POLICY).sort())
})

describe.each(Object.entries(POLICY))('%s', (key, policy) => {
  const [fn, action] = key.split('.')
  it.each(WHO)('caller %s', async (who) => {
    const out = await h.call(fn, CALLERS[who], { action, ...(await policy.input()) }, TUE)
    // Outside a case's visibility the case does not exist: NOT_FOUND is the refusal there.
    const denied = !out.ok && ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'].includes(out.error.code)
    expect({ who, denied }).toEqual({ who, denied: !policy.allowed.includes(who) })
  })
})
