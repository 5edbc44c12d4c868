/**
 * Legal help test data (issue 11), in the style of factories.ts: minimal valid records, overrides for what a test
 * cares about, ids and keys unique per call (and per run), so tests never need a global cleanup.
 */
import type { AidApplication, Article, Consultation, LegalParameters, LimitationReminder } from '../../cloudfunctions/_lib/store/legal-port'
import { uid, uniqueHan } from './factories'

/**
 * A CJK word whose bigrams no other call's word holds: consecutive characters of `uniqueHan(1)` calls (successive
 * ideographs), for bigram search. (Words of `uniqueHan(4)` differ in their first character only, so they share bigrams.)
 */
export function uniqueWord(length = 4): string {
  return Array.from({ length }, () => uniqueHan(1)).join('')
}

const ASKED = '2026-03-10T10:00:00+08:00'
const DUE = '2026-03-11T10:00:00+08:00'

/** A named worker's waiting consultation at a town federation, asked 2026-03-10 10:00, to answer within 24 hours. */
export function consultation(overrides: Partial<Consultation> = {}): Consultation {
  const id = overrides.id ?? uid('cons')
  const assignedOrgId = overrides.assignedOrgId ?? uid('town')
  const createdAt = overrides.createdAt ?? ASKED
  return {
    id,
    requestKey: uid('creq'),
    askerKey: uid('ask'),
    receiptHash: uid('rh'),
    receiptEnc: `enc:${uid('receipt')}`,
    category: 'wage',
    privacy: 'named',
    contactEnc: `enc:${uid('contact')}`,
    townId: assignedOrgId,
    enterpriseId: null,
    enterpriseName: null,
    status: 'waiting',
    assignedOrgId,
    assignedPath: `/city/${assignedOrgId}/`,
    routeReason: 'TOWN_LAWYERS',
    answerBy: DUE,
    escalateAt: DUE,
    supervised: false,
    missedOrgIds: [],
    claimedBy: null,
    claimedAt: null,
    firstAnsweredAt: null,
    closedAt: null,
    rating: null,
    messages: [{ id: uid('msg'), at: createdAt, from: 'worker', orgId: null, kind: 'question', text: '老板拖欠了三个月工资，我该怎么办？', attachments: [] }],
    history: [{ at: createdAt, type: 'asked', fromOrgId: null, toOrgId: assignedOrgId, actor: null }],
    published: false,
    createdAt,
    version: 1,
    ...overrides,
  }
}

/** `c` (a new consultation by default) answered: the clock stopped (escalateAt null), a lawyer's reply in the thread. */
export function answeredConsultation(c: Consultation = consultation()): Consultation {
  const at = '2026-03-10T15:00:00+08:00'
  return {
    ...c,
    status: 'answered',
    escalateAt: null,
    claimedBy: uid('openid'),
    claimedAt: at,
    firstAnsweredAt: at,
    messages: [...c.messages, { id: uid('msg'), at, from: 'lawyer', orgId: c.assignedOrgId, kind: 'answer', text: '可以向劳动监察大队投诉，或申请劳动仲裁。', attachments: [] }],
  }
}

/** A published admin article whose title carries a CJK word no other test's data holds (`word`). */
export function article(overrides: Partial<Article> = {}, word = uniqueWord()): Article {
  return {
    id: uid('art'),
    category: 'wage',
    title: `${word}：拖欠工资怎么办`,
    body: '用人单位应当按月足额支付劳动报酬。拖欠工资的，可以向劳动保障监察机构投诉，也可以申请劳动争议仲裁。',
    source: 'admin',
    consultationId: null,
    orgId: uid('city'),
    published: true,
    useful: 0,
    createdAt: '2026-03-01T09:00:00+08:00',
    updatedAt: '2026-03-01T09:00:00+08:00',
    version: 1,
    ...overrides,
  }
}

/** Years are a small key space: each call takes a distinct far-future year. */
let nextYear = 5000 + Math.floor(Math.random() * 4000)
export function parameters(overrides: Partial<LegalParameters> = {}): LegalParameters {
  return {
    year: nextYear++,
    localAverageMonthlyWage: 8652.5,
    minimumMonthlyWage: 2490,
    aidIncomeThreshold: 2490,
    demo: false,
    updatedAt: '2026-01-05T10:00:00+08:00',
    ...overrides,
  }
}

/** A pending application at a town federation, received 2026-03-10, to decide by the end of the 7th working day. */
export function aid(overrides: Partial<AidApplication> = {}): AidApplication {
  const assignedOrgId = overrides.assignedOrgId ?? uid('town')
  const createdAt = overrides.createdAt ?? ASKED
  const decideBy = '2026-03-20T00:00:00+08:00'
  return {
    id: uid('aid'),
    requestKey: uid('areq'),
    applicantKey: uid('apl'),
    category: 'wage',
    enterpriseId: uid('ent'),
    enterpriseName: '义乌测试织造有限公司',
    townId: assignedOrgId,
    claimAmount: 12000.5,
    help: ['arbitration'],
    migrantWorker: true,
    hardship: false,
    applicantEnc: `enc:${uid('applicant')}`,
    applicantMasked: { name: '陈*燕', phone: '138****5678' },
    incomeEnc: `enc:${uid('income')}`,
    facts: '2025 年 12 月至 2026 年 2 月的工资未发，共 12000.5 元。',
    attachments: [],
    limitationDeadline: '2027-02-28',
    urgent: false,
    meansTest: 'exempt',
    status: 'pending',
    assignedOrgId,
    assignedPath: `/city/${assignedOrgId}/`,
    routeReason: 'TOWN_LAWYERS',
    decideBy,
    pausedWorkdaysLeft: null,
    withdrawBy: null,
    escalateAt: decideBy,
    overdue: false,
    materials: [],
    decision: null,
    decidedAt: null,
    consents: { shareWithUnion: { version: 'aid-2026-01', at: createdAt } },
    history: [{ at: createdAt, type: 'applied', fromOrgId: null, toOrgId: assignedOrgId, actor: null }],
    createdAt,
    version: 1,
    ...overrides,
  }
}

/** An unsent reminder 30 days before a deadline. */
export function reminder(overrides: Partial<LimitationReminder> = {}): LimitationReminder {
  return {
    id: uid('rem'),
    requestKey: `${uid('rreq')}:30`,
    recipientKey: uid('rcp'),
    dueDay: '2027-01-29',
    deadline: '2027-02-28',
    daysBefore: 30,
    category: 'wage',
    sentAt: null,
    ...overrides,
  }
}
