/**
 * One scenario per user-facing action: who calls, and the state it is called in (made by uncounted setup
 * calls, ./setup.ts). Every measured call must answer `ok`: a refusal is not what the action costs.
 */
import { createHash } from 'node:crypto'
import { creditCode } from '../../../tests/support/factories'
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { NOW, type Scenario } from './harness'
import {
  CITY_ADMIN, CITY_LAWYER, EU_OFFICER, TOWN_OFFICER, aid, aidApplication, application, consultation, checkin, desktopCode, desktopSession, filedCase, member, newWorker,
  pendingApplication, pngBase64, report, uid, uploadedPhoto,
} from './setup'
import { organisingEntry, organisingRow } from './organising'
import { enrolledMember, mutualAidClaim, mutualAidPlan, planBody, readyClaim, stay } from './mutual-aid'

/** A scenario whose caller is made by its own setup (a fresh worker, a case's reporter…). */
function by(setup: (h: Parameters<Scenario['setup']>[0]) => Promise<{ caller: string; input: Record<string, unknown> }>): Scenario {
  let caller: string | null = null
  return {
    get caller() {
      return caller
    },
    async setup(h) {
      const made = await setup(h)
      caller = made.caller
      return made.input
    },
  }
}
const as = (caller: string | null, input: (h: Parameters<Scenario['setup']>[0]) => Record<string, unknown> | Promise<Record<string, unknown>> = () => ({})): Scenario => ({
  caller,
  setup: async (h) => input(h),
})

/** The 12 months before NOW's, in turn. */
let arrearsMonths = 0
const arrearsMonth = () => {
  const back = (arrearsMonths++ % 12) + 1
  const m = 2026 * 12 + 2 - back // NOW is March 2026 (month index 2)
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
}

const template = (kind: string) => `TPL_${createHash('sha256').update(kind).digest('hex').slice(0, 32)}`

export const SCENARIOS: Record<string, Scenario> = {
  // ---- grievance: worker ----
  'grievance.submit': by(async () => ({ caller: newWorker(), input: report() })),
  'grievance.preview': as(newWorker(), () => ({ enterpriseId: 'e-hx', privacy: 'named' })),
  'grievance.get': by(async (h) => { const c = await filedCase(h); return { caller: c.worker, input: { id: c.id } } }),
  'grievance.byReceipt': by(async (h) => { const c = await filedCase(h); return { caller: c.worker, input: { receipt: c.receipt } } }),
  'grievance.mine': by(async (h) => { const c = await filedCase(h); return { caller: c.worker, input: {} } }),
  'grievance.collective': as(newWorker(), () => ({ enterpriseId: 'e-hx', category: 'wage_arrears' })),
  // As the report page does it: the worker is offered the case by `collective`, then joins it.
  'grievance.join': by(async (h) => {
    const worker = newWorker()
    const c = await filedCase(h)
    await h.call('grievance', worker, 'collective', { enterpriseId: 'e-hx', category: 'wage_arrears' })
    return { caller: worker, input: { caseId: c.id, requestId: uid('req'), privacy: 'anonymous' } }
  }),
  'grievance.reply': by(async (h) => { const c = await filedCase(h, 'accepted'); return { caller: c.worker, input: { id: c.id, text: '请问进展如何？' } } }),
  'grievance.messages': by(async (h) => { const c = await filedCase(h, 'accepted'); return { caller: c.worker, input: { id: c.id } } }),
  'grievance.confirm': by(async (h) => { const c = await filedCase(h, 'resolved'); return { caller: c.worker, input: { id: c.id } } }),
  'grievance.rate': by(async (h) => { const c = await filedCase(h, 'resolved'); return { caller: c.worker, input: { id: c.id, score: 5 } } }),
  'grievance.reopen': by(async (h) => { const c = await filedCase(h, 'resolved'); return { caller: c.worker, input: { id: c.id, reason: '工资还是没有补发。' } } }),
  // "yes": the heavier answer (opens a linked case at the town).
  'grievance.answerCheckin': by(async (h) => { const c = await checkin(h); return { caller: c.worker, input: { inboxId: c.inboxId, answer: 'yes' } } }),
  'grievance.inbox': by(async (h) => { const c = await filedCase(h); return { caller: c.worker, input: {} } }),
  'grievance.markRead': by(async (h) => {
    const c = await filedCase(h)
    const inbox = await h.call('grievance', c.worker, 'inbox', {})
    return { caller: c.worker, input: { id: inbox.mine.items[0].id } }
  }),
  'grievance.upload': as(newWorker(), () => ({ contentType: 'image/png', dataBase64: pngBase64() })),
  'grievance.uploadSlot': as(newWorker(), () => ({ contentType: 'image/png' })),
  'grievance.finishUpload': by(async (h) => {
    const worker = newWorker()
    return { caller: worker, input: { contentType: 'image/png', fileId: await uploadedPhoto(h, worker) } }
  }),
  // ---- grievance: officer ----
  'grievance.queue': as(EU_OFFICER),
  'grievance.accept': as(EU_OFFICER, async (h) => ({ id: (await filedCase(h)).id })),
  'grievance.requestInfo': as(EU_OFFICER, async (h) => ({ id: (await filedCase(h, 'accepted')).id, question: '请补充工资条照片。' })),
  'grievance.transfer': as(EU_OFFICER, async (h) => ({ id: (await filedCase(h)).id, toOrgId: 'sx', reason: '需要镇总工会协调' })),
  'grievance.resolve': as(EU_OFFICER, async (h) => ({ id: (await filedCase(h, 'accepted')).id, outcome: 'resolved', summary: '已协调补发工资。' })),
  'grievance.revealContact': as(EU_OFFICER, async (h) => ({ id: (await filedCase(h)).id })),
  // A town whose window holds fewer than 100 cases (one page per list): the cases filed here are at 苏溪.
  'grievance.stats': as('o-town-ft-1', () => ({ orgId: 'ft' })),
  // ---- notify ----
  'notify.subscribe': as(newWorker(), () => ({ accepted: [{ kind: 'grievance', templateId: template('grievance') }] })),
  // ---- membership: worker ----
  'membership.apply': by(async () => ({ caller: newWorker(), input: application({ enterpriseId: 'e-sx-007' }) })),
  'membership.get': by(async (h) => { const a = await pendingApplication(h); return { caller: a.worker, input: { id: a.id } } }),
  'membership.mine': by(async (h) => ({ caller: (await member(h)).worker, input: {} })),
  'membership.transfer': by(async (h) => ({ caller: (await member(h)).worker, input: { requestId: uid('req'), enterpriseId: 'e-hx' } })),
  'membership.leave': by(async (h) => ({ caller: (await member(h)).worker, input: {} })),
  // ---- membership: officer ----
  'membership.queue': as(TOWN_OFFICER),
  'membership.members': as(TOWN_OFFICER),
  'membership.approve': as(TOWN_OFFICER, async (h) => ({ id: (await pendingApplication(h)).id })),
  'membership.reject': as(TOWN_OFFICER, async (h) => ({ id: (await pendingApplication(h)).id, reason: 'OTHER', note: '请补充在职证明。' })),
  'membership.revealId': as(TOWN_OFFICER, async (h) => ({ applicationId: (await pendingApplication(h)).id, field: 'idNumber' })),
  'membership.suspend': as(TOWN_OFFICER, async (h) => ({ memberId: (await member(h)).memberId, reason: '会费长期未缴。' })),
  'membership.reinstate': as(TOWN_OFFICER, async (h) => ({ memberId: (await member(h, true)).memberId })),
  // ---- card ----
  'card.token': by(async (h) => ({ caller: (await member(h)).worker, input: {} })),
  'card.verify': as(TOWN_OFFICER, async (h) => ({ token: (await h.call('card', (await member(h)).worker, 'token', {})).token })),
  'card.publicKey': as(null),
  // ---- account: desktop sign-in (the page polls while the officer scans; "pending" is the poll it repeats) ----
  'account.desktopStart': as(null, () => ({ device: 'Chrome · Windows' })),
  'account.desktopConfirm': as(EU_OFFICER, async (h) => ({ code: (await desktopCode(h)).code })),
  'account.desktopPoll': as(null, async (h) => desktopCode(h)),
  'account.desktopSessions': as(EU_OFFICER),
  'account.desktopEnd': as(EU_OFFICER, async (h) => ({ sessionId: await desktopSession(h, EU_OFFICER) })),
  // ---- directory ----
  'directory.searchEnterprises': as(newWorker(), () => ({ q: '华鑫' })),
  'directory.listTowns': as(newWorker()),
  'directory.listTownOrgs': as(newWorker(), () => ({ townId: 'sx' })),
  'directory.getOrg': as(newWorker(), () => ({ id: 'sx-a1' })),
  'directory.listCalendarYears': as(CITY_ADMIN),
  'directory.putCalendarYear': as(CITY_ADMIN, () => ({ year: 2030, holidays: [], workdays: [] })),
  // ---- account ----
  'account.me': as(EU_OFFICER),
  'account.listOfficers': as(CITY_ADMIN, () => ({ orgId: 'sx' })),
  'account.createInvite': as(CITY_ADMIN, () => ({ orgId: 'sx-a1', role: 'officer' })),
  'account.redeemInvite': by(async (h) => {
    const { code } = await h.call('account', CITY_ADMIN, 'createInvite', { orgId: 'sx-a1', role: 'officer' })
    return { caller: newWorker(), input: { code, name: '王新' } }
  }),
  // ---- legal: worker ----
  'legal.ask': as(newWorker(), () => ({ requestId: uid('req'), category: 'wage', question: '公司两个月没有发工资，我该怎么办？', privacy: 'named', townId: 'sx' })),
  'legal.get': by(async (h) => { const c = await consultation(h); return { caller: c.worker, input: { id: c.id } } }),
  'legal.byReceipt': by(async (h) => { const c = await consultation(h); return { caller: c.worker, input: { receipt: c.receipt } } }),
  'legal.mine': by(async (h) => ({ caller: (await consultation(h)).worker, input: {} })),
  'legal.followUp': by(async (h) => { const c = await consultation(h); return { caller: c.worker, input: { id: c.id, text: '补充一点情况。' } } }),
  'legal.close': by(async (h) => { const c = await consultation(h, true); return { caller: c.worker, input: { id: c.id } } }),
  'legal.rate': by(async (h) => { const c = await consultation(h, true); return { caller: c.worker, input: { id: c.id, score: 5, solved: true } } }),
  'legal.limitation': as(newWorker(), () => ({ category: 'overtime', knewAt: '2025-06-01' })),
  'legal.limitationRemind': as(newWorker(), () => ({ requestId: uid('req'), category: 'overtime', knewAt: '2025-06-01' })),
  'legal.calculate': as(null, () => ({ kind: 'overtime', monthlyWage: 4350, weekdayHours: 10, restDayHours: 0, holidayHours: 0 })),
  'legal.parameters': as(null, () => ({ year: 2026 })),
  'legal.search': as(null, () => ({ q: '欠薪' })),
  'directory.workCalendar': as(null),
  'legal.aidApply': as(newWorker(), () => aidApplication()),
  'legal.aidGet': by(async (h) => { const a = await aid(h); return { caller: a.worker, input: { id: a.id } } }),
  'legal.aidMine': by(async (h) => ({ caller: (await aid(h)).worker, input: {} })),
  'legal.aidSupply': by(async (h) => { const a = await aid(h, true); return { caller: a.worker, input: { id: a.id, text: '已补充工资条。' } } }),
  // ---- legal: lawyers and officers ----
  'legal.queue': as(CITY_LAWYER),
  'legal.claim': as(CITY_LAWYER, async (h) => ({ id: (await consultation(h)).id })),
  'legal.answer': as(CITY_LAWYER, async (h) => ({ id: (await consultation(h)).id, text: '请先书面催告单位支付工资，再申请劳动仲裁。' })),
  'legal.publish': as(CITY_LAWYER, async (h) => ({ id: (await consultation(h, true)).id, question: '单位欠薪怎么办？', answer: '先书面催告，再申请劳动仲裁。' })),
  'legal.articleSave': as(CITY_ADMIN, () => ({ category: 'other', title: '往返测试文章', body: '往返测试正文。' })),
  'legal.articleUnpublish': as(CITY_ADMIN, async (h) => ({ id: (await h.call('legal', CITY_ADMIN, 'articleSave', { category: 'other', title: '待下线文章', body: '正文。' })).id })),
  'legal.setParameters': as(CITY_ADMIN, () => ({ year: 2030, localAverageMonthlyWage: 9000, minimumMonthlyWage: 2600 })),
  'legal.stats': as(CITY_ADMIN, () => ({ orgId: 'ft' })),
  'legal.aidQueue': as(CITY_ADMIN),
  'legal.aidRequestMaterial': as(CITY_ADMIN, async (h) => ({ id: (await aid(h)).id, text: '请补充劳动合同。' })),
  'legal.aidDecide': as(CITY_ADMIN, async (h) => ({ id: (await aid(h)).id, decision: 'refuse', reasonCode: 'NO_MERIT', note: '往返测试。' })),
  // ---- mutualAid (issue 12): members of 苏溪镇, whose town checks, approves and pays ----
  'mutualAid.savePlan': as(CITY_ADMIN, () => ({ plan: planBody({ year: 2030, coverFrom: '2030-01-01', coverTo: '2030-12-31', enrolFrom: '2029-12-01', enrolTo: '2030-01-31' }) })),
  'mutualAid.plans': as(newWorker()),
  'mutualAid.enrol': as(TOWN_OFFICER, async (h) => ({ planId: await mutualAidPlan(h), memberNos: [(await member(h)).memberNo] })),
  'mutualAid.enrolSelf': by(async (h) => ({ caller: (await member(h)).worker, input: { planId: await mutualAidPlan(h) } })),
  'mutualAid.confirmPayment': as(TOWN_OFFICER, async (h) => {
    const m = await enrolledMember(h, false)
    return { planId: m.planId, memberNos: [m.memberNo], reference: 'BENCH-转账-1' }
  }),
  'mutualAid.upload': as(newWorker(), () => ({ contentType: 'image/png', dataBase64: pngBase64() })),
  'mutualAid.uploadSlot': as(newWorker(), () => ({ contentType: 'image/png' })),
  'mutualAid.finishUpload': by(async (h) => {
    const worker = newWorker()
    return { caller: worker, input: { contentType: 'image/png', fileId: await uploadedPhoto(h, worker) } }
  }),
  'mutualAid.myCover': by(async (h) => ({ caller: (await enrolledMember(h)).worker, input: {} })),
  'mutualAid.estimate': by(async (h) => ({ caller: (await enrolledMember(h)).worker, input: stay })),
  'mutualAid.claim': by(async (h) => { const c = await readyClaim(h); return { caller: c.worker, input: c.input } }),
  'mutualAid.get': by(async (h) => { const c = await mutualAidClaim(h); return { caller: c.worker, input: { id: c.id } } }),
  'mutualAid.mine': by(async (h) => ({ caller: (await mutualAidClaim(h)).worker, input: {} })),
  'mutualAid.resubmit': by(async (h) => { const c = await mutualAidClaim(h, 'returned'); return { caller: c.worker, input: { id: c.id, attachments: c.attachments } } }),
  'mutualAid.queue': as(TOWN_OFFICER, () => ({ stage: 'review' })),
  'mutualAid.review': as(TOWN_OFFICER, async (h) => ({ id: (await mutualAidClaim(h)).id, decision: 'documents_ok' })),
  'mutualAid.approve': as(TOWN_OFFICER, async (h) => ({ id: (await mutualAidClaim(h, 'checked')).id })),
  'mutualAid.reject': as(TOWN_OFFICER, async (h) => ({ id: (await mutualAidClaim(h, 'checked')).id, reasonCode: 'DOCUMENTS_INVALID', note: '发票无效。' })),
  'mutualAid.markPaid': as(TOWN_OFFICER, async (h) => ({ id: (await mutualAidClaim(h, 'approved')).id, reference: 'BENCH-付款-1' })),
  'mutualAid.revealAccount': as(TOWN_OFFICER, async (h) => ({ id: (await mutualAidClaim(h)).id })),
  // An enterprise union's own figures (no org below it): the plans of the year, its enrolments and claims.
  'mutualAid.stats': as(EU_OFFICER, async (h) => { await mutualAidPlan(h); return { orgId: 'eu-hx', year: 2026 } }),
  // Officer dashboard (issue 13): a town's page after a case and the hourly refresh (the timer, uncounted setup).
  'dashboard.get': as(TOWN_OFFICER, async (h) => {
    await filedCase(h)
    const out = await FUNCTIONS.dashboard.invoke({ action: 'refresh' }, { kind: 'system' }, h.deps('dashboard'), NOW)
    if (!out.ok) throw new Error(`setup dashboard.refresh failed: ${out.error.code}`)
    return { orgId: 'sx' }
  }),
  // Employer risk radar (issue 13): after a case at 华鑫; the warm list reads the snapshot the first call computed.
  'radar.list': as(TOWN_OFFICER, async (h) => { await filedCase(h); return { townId: 'sx' } }),
  'radar.visit': as(TOWN_OFFICER, () => ({ enterpriseId: 'e-hx', date: '2026-03-09', findings: '往返测试：工资按月发放。', requestId: uid('req') })),
  'radar.visits': as(TOWN_OFFICER, () => ({ townId: 'sx', enterpriseId: 'e-hx' })),
  // Organising list (issue 13 §2): a town admin's one-call import of two 未入库 rows; the rows worked by the town's officer.
  'organising.importInsured': as('o-town-sx-admin', () => ({ rows: [organisingRow(), organisingRow()], last: true })),
  'organising.list': as(TOWN_OFFICER, async (h) => { await organisingEntry(h); return {} }),
  'organising.get': as(TOWN_OFFICER, async (h) => ({ creditCode: await organisingEntry(h) })),
  'organising.assign': as(TOWN_OFFICER, async (h) => ({ creditCode: await organisingEntry(h), organiserOpenid: 'o-sx-a1-1' })),
  'organising.update': as(TOWN_OFFICER, async (h) => ({ creditCode: await organisingEntry(h), status: 'contacted', note: '已电话联系', nextContact: '2026-03-20' })),
  'organising.progress': as(TOWN_OFFICER, async (h) => { await organisingEntry(h); return {} }),
  // Wage-arrears zero-report (issue 13): the costlier filing, 有欠薪 in a fresh month, which opens the early-warning case
  // (无欠薪 is 3 requests: the officer, the month's report, the report written); the town's board and the union's own
  // page on a warm container (the town's directory kept).
  'arrears.file': as(EU_OFFICER, () => {
    const month = arrearsMonth()
    return { enterpriseId: 'e-hx', month, arrears: { workers: 12, amount: 86_000, since: month, cause: '资金周转困难' } }
  }),
  'arrears.mine': as(EU_OFFICER, () => ({})),
  'arrears.board': as(TOWN_OFFICER, () => ({ month: '2026-02' })),
  'arrears.dueBy': as(EU_OFFICER, () => ({ month: '2026-02' })),
  'directory.import': as(CITY_ADMIN, () => ({
    data: { enterprises: [{ id: uid('e'), name: '往返测试有限公司', creditCode: creditCode(), townId: 'sx', unionId: null, staff: 3 }] },
  })),
}
