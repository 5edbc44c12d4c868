/**
 * The fuzz's starting state, made through the host like any client would (cases at 苏溪镇总工会 in three states, a
 * photo, an application, the demo member's card, an invite), and one valid example input per action that points
 * into it. Actions without an example here are fuzzed from a schema sample alone (the report says which).
 */
import { creditCodeCheckChar } from '../../../types/credit-code'
import { idNumberCheckChar } from '../../../types/id-number'
import type { Random } from '../../../scripts/lib/random'
import { JPEG } from '../../functions/grievance/images'
import { as, call, must, type Who } from './client'

export type World = {
  reporter: string
  pending: string
  accepted: string
  resolved: string
  receipt: string
  fileId: string
  inboxId: string
  applicationId: string
  memberId: string
  cardToken: string
  inviteCode: string
  /** A desktop sign-in code and its poll token (well-formed placeholders if desktopStart is not there). */
  desktop: { code: string; pollToken: string }
}

/** Callers by role; `worker` is drawn from a pool so daily caps bite some calls but not all. */
export type Role = 'reporter' | 'worker' | 'member' | 'officer' | 'admin' | 'cityAdmin' | 'lawyer' | 'redeemer' | 'none' | 'timer'
  /** An action without an example: a different caller each time. */
  | 'anyone'
export const OFFICER = 'o-town-sx-1'
const REPORTER = 'o-rel-reporter'

export function caller(role: Role, rnd: Random): Who {
  switch (role) {
    case 'reporter': return as(REPORTER)
    case 'worker': return as(`o-rel-w-${rnd.int(0, 99)}`)
    case 'member': return as('o-worker-2')
    case 'officer': return as(OFFICER)
    case 'admin': return as('o-town-sx-admin')
    case 'cityAdmin': return as('o-city-admin')
    case 'lawyer': return as('o-lawyer-1')
    case 'redeemer': return as(`o-rel-redeemer-${rnd.int(0, 9999)}`)
    case 'anyone': return caller(rnd.pick<Role>(['worker', 'officer', 'admin', 'cityAdmin', 'lawyer', 'none']), rnd)
    default: return role
  }
}
export const OTHER_ROLES: Role[] = ['none', 'worker', 'officer', 'cityAdmin', 'timer', 'reporter']

/** A valid 18-character ID number from a serial (birth date and sequence vary). */
export function idNumberFor(serial: number): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + (serial % 9000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')
  const first17 = `330782${birth}${String(serial % 1000).padStart(3, '0')}`
  return first17 + idNumberCheckChar(first17)
}

function creditCodeFor(serial: number): string {
  const first17 = `91330782MA${String(serial).padStart(7, '0')}`
  return first17 + creditCodeCheckChar(first17)
}

/** A real 2×2 JPEG (uploads check that the bytes are an image of the declared type). */
const PHOTO = JPEG.toString('base64')

export async function makeWorld(url: string, tag: string): Promise<World> {
  const me = as(REPORTER)
  const officer = as(OFFICER)
  const report = (n: number) => must(url, 'grievance', 'submit', {
    requestId: `rel-world-${tag}-${n}`, enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'employer_blind',
    description: '单位拖欠三个月工资，请工会帮助协调。', contact: { name: '王可靠', phone: '13800000001' },
  }, me)
  const pending = await report(1)
  const accepted = (await report(2)).id
  const resolved = (await report(3)).id
  await must(url, 'grievance', 'accept', { id: accepted }, officer)
  await must(url, 'grievance', 'accept', { id: resolved }, officer)
  await must(url, 'grievance', 'resolve', { id: resolved, outcome: 'resolved', summary: '已协调单位补发工资。' }, officer)
  const { fileId } = await must(url, 'grievance', 'upload', { contentType: 'image/jpeg', dataBase64: PHOTO }, me)
  const inbox = await must(url, 'grievance', 'inbox', {}, me)
  const application = await must(url, 'membership', 'apply', {
    requestId: `rel-world-${tag}-apply`, name: '李申请', idNumber: idNumberFor(Number.parseInt(tag, 36) % 100_000), phone: '13900000002',
    enterpriseId: 'e-sx-007', consents: { idNumber: true, shareWithUnion: true },
  }, as('o-rel-applicant'))
  const mine = await must(url, 'membership', 'mine', {}, as('o-worker-2'))
  const card = await must(url, 'card', 'token', {}, as('o-worker-2'))
  const invite = await must(url, 'account', 'createInvite', { orgId: 'sx-a1', role: 'officer' }, as('o-city-admin'))
  const desktop = await call(url, 'account', 'desktopStart', { device: 'Chrome · Windows' }, 'none')
  return {
    desktop: desktop?.ok ? desktop.data : { code: 'A'.repeat(22), pollToken: 'B'.repeat(22) },
    reporter: REPORTER, pending: pending.id, accepted, resolved, receipt: pending.receipt, fileId, inboxId: inbox.mine.items[0].id,
    applicationId: application.id, memberId: mine.member.id, cardToken: card.token, inviteCode: invite.code,
  }
}

type Example = { role: Role; input: (w: World, rnd: Random) => Record<string, unknown> }
const req = (rnd: Random) => `rel-req-${rnd.int(0, 2 ** 31).toString(36)}`
const workplace = { enterpriseId: 'e-sx-007' }

/** One valid input per action, and who calls it. Keys are `function.action`. */
export const EXAMPLES: Record<string, Example> = {
  'grievance.submit': { role: 'worker', input: (_w, rnd) => ({
    requestId: req(rnd), enterpriseId: 'e-hx', category: 'overtime', urgent: false, affectedCount: 3, privacy: 'named',
    description: '每天加班到深夜，没有加班费。', contact: { name: '张三', phone: '13812345678' }, attachments: [],
  }) },
  'grievance.preview': { role: 'worker', input: () => ({ enterpriseId: 'e-hx', townId: 'sx', urgent: true, affectedCount: 12, privacy: 'employer_blind' }) },
  'grievance.get': { role: 'reporter', input: (w) => ({ id: w.pending }) },
  'grievance.byReceipt': { role: 'none', input: (w) => ({ receipt: w.receipt }) },
  'grievance.mine': { role: 'reporter', input: () => ({ limit: 20 }) },
  'grievance.collective': { role: 'worker', input: () => ({ enterpriseId: 'e-hx', category: 'wage_arrears' }) },
  'grievance.join': { role: 'worker', input: (w, rnd) => ({ caseId: w.pending, requestId: req(rnd), privacy: 'anonymous', affectedCount: 2 }) },
  'grievance.reply': { role: 'reporter', input: (w, rnd) => ({ id: w.accepted, text: '请问进展如何？', attachments: [w.fileId], requestId: req(rnd) }) },
  'grievance.messages': { role: 'reporter', input: (w) => ({ id: w.accepted, limit: 50 }) },
  'grievance.confirm': { role: 'reporter', input: (w) => ({ id: w.resolved }) },
  'grievance.rate': { role: 'reporter', input: (w) => ({ id: w.resolved, score: 4, comment: '谢谢工会' }) },
  'grievance.reopen': { role: 'reporter', input: (w) => ({ id: w.resolved, reason: '工资还是没有补发。' }) },
  'grievance.answerCheckin': { role: 'reporter', input: (w) => ({ inboxId: w.inboxId, answer: 'no' }) },
  'grievance.inbox': { role: 'reporter', input: () => ({ limit: 10 }) },
  'grievance.markRead': { role: 'reporter', input: (w) => ({ id: w.inboxId }) },
  'grievance.upload': { role: 'worker', input: () => ({ contentType: 'image/jpeg', dataBase64: PHOTO }) },
  'grievance.uploadSlot': { role: 'worker', input: () => ({ contentType: 'image/jpeg' }) },
  'grievance.finishUpload': { role: 'worker', input: (w) => ({ contentType: 'image/jpeg', fileId: w.fileId }) },
  'grievance.queue': { role: 'officer', input: () => ({ orgId: 'sx', status: 'pending', limit: 20 }) },
  'grievance.accept': { role: 'officer', input: (w) => ({ id: w.pending }) },
  'grievance.transfer': { role: 'officer', input: (w) => ({ id: w.pending, toOrgId: 'yw', reason: '需要市总协调' }) },
  'grievance.resolve': { role: 'officer', input: (w) => ({ id: w.accepted, outcome: 'resolved', summary: '已协调解决。' }) },
  'grievance.requestInfo': { role: 'officer', input: (w) => ({ id: w.accepted, question: '请补充工资条照片。' }) },
  'grievance.revealContact': { role: 'officer', input: (w) => ({ id: w.accepted }) },
  'grievance.stats': { role: 'officer', input: () => ({ orgId: 'sx', from: '2026-01-01', to: '2026-12-31', format: 'json' }) },
  'membership.apply': { role: 'worker', input: (_w, rnd) => ({
    requestId: req(rnd), name: '张小红', idNumber: idNumberFor(rnd.int(0, 1e6)), phone: '13957900003', ...workplace,
    consents: { idNumber: true, shareWithUnion: true },
  }) },
  'membership.get': { role: 'officer', input: (w) => ({ id: w.applicationId }) },
  'membership.mine': { role: 'member', input: () => ({ limit: 10 }) },
  'membership.transfer': { role: 'member', input: (_w, rnd) => ({ requestId: req(rnd), enterpriseName: '可靠性测试厂', townId: 'ft' }) },
  'membership.leave': { role: 'worker', input: () => ({ reason: '换工作' }) },
  'membership.queue': { role: 'officer', input: () => ({ orgId: 'sx', status: 'pending', limit: 20 }) },
  'membership.members': { role: 'officer', input: () => ({ orgId: 'sx', limit: 20 }) },
  'membership.approve': { role: 'officer', input: (w) => ({ id: w.applicationId }) },
  'membership.reject': { role: 'officer', input: (w) => ({ id: w.applicationId, reason: 'OTHER', note: '信息不全' }) },
  'membership.revealId': { role: 'officer', input: (w) => ({ applicationId: w.applicationId, field: 'phone' }) },
  'membership.suspend': { role: 'officer', input: (w) => ({ memberId: w.memberId, reason: '长期未缴会费' }) },
  'membership.reinstate': { role: 'officer', input: (w) => ({ memberId: w.memberId }) },
  'card.token': { role: 'member', input: () => ({}) },
  'card.verify': { role: 'officer', input: (w) => ({ token: w.cardToken }) },
  'card.publicKey': { role: 'none', input: () => ({}) },
  'account.me': { role: 'officer', input: () => ({}) },
  'account.createInvite': { role: 'admin', input: () => ({ orgId: 'sx-a1', role: 'officer' }) },
  'account.listOfficers': { role: 'admin', input: () => ({ orgId: 'sx', limit: 20 }) },
  'account.desktopStart': { role: 'none', input: () => ({ device: 'Chrome · Windows' }) },
  'account.desktopConfirm': { role: 'officer', input: (w) => ({ code: w.desktop.code }) },
  'account.desktopPoll': { role: 'none', input: (w) => ({ code: w.desktop.code, pollToken: w.desktop.pollToken }) },
  'account.desktopSessions': { role: 'officer', input: () => ({ limit: 10 }) },
  'account.desktopEnd': { role: 'officer', input: () => ({ sessionId: 'ds-unknown' }) },
  'account.redeemInvite': { role: 'redeemer', input: (w) => ({ code: w.inviteCode, name: '新干部' }) },
  'directory.searchEnterprises': { role: 'none', input: () => ({ q: '华鑫', townId: 'sx', limit: 10 }) },
  'directory.listTowns': { role: 'none', input: () => ({}) },
  'directory.listTownOrgs': { role: 'none', input: () => ({ townId: 'sx', limit: 20 }) },
  'directory.getOrg': { role: 'none', input: () => ({ id: 'sx-a1' }) },
  'directory.listCalendarYears': { role: 'none', input: () => ({}) },
  'directory.putCalendarYear': { role: 'cityAdmin', input: () => ({ year: 2099, holidays: ['2099-10-01', '2099-10-02'], workdays: ['2099-09-27'] }) },
  'directory.import': { role: 'admin', input: (_w, rnd) => {
    const n = rnd.int(0, 9_999_999)
    return { data: { enterprises: [{ id: `e-rel-${n}`, name: `可靠性测试${n}有限公司`, creditCode: creditCodeFor(n), townId: 'sx', unionId: null, staff: 12 }] } }
  } },
  'notify.subscribe': { role: 'worker', input: () => ({ accepted: [{ kind: 'grievance', templateId: 'TPL_reliability_0001' }] }) },
  'escalate.sweep': { role: 'timer', input: () => ({}) },
  'notify.send': { role: 'timer', input: () => ({}) },
}

/**
 * Fuzz order: state-changing admin actions last (an import or a redeemed invite could change who the other
 * callers are); everything else in registry order.
 */
export const LAST = ['account.redeemInvite', 'directory.putCalendarYear', 'directory.import']
