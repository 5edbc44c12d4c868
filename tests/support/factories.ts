/**
 * Test data factories: minimal valid defaults, overrides for what a test cares about, and ids
 * unique per call (and per run), so tests never need a global cleanup.
 */
import { randomBytes } from 'node:crypto'
import type { Enterprise, Officer, Org } from '../../types/directory'
import type {
  Application,
  AuditEntry,
  CalendarYear,
  CaseMessage,
  GrievanceCase,
  InboxItem,
  Invite,
  Member,
  Participant,
  ScheduledCheckin,
} from '../../cloudfunctions/_lib/store/port'
import { creditCodeCheckChar } from '../../types/credit-code'

const RUN = randomBytes(4).toString('hex')
let counter = 0

/** `prefix-<run>-<n>`: unique, ASCII, valid for every id schema. Zero-padded so it sorts by creation. */
export function uid(prefix = 'id'): string {
  counter++
  return `${prefix}-${RUN}-${String(counter).padStart(6, '0')}`
}

const COMMON = new Set(Array.from('义乌有限公司织造电子饰品物流镇总工会测试'))
/** CJK unified ideographs minus the characters factory names use. */
const HAN = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i)).filter((c) => !COMMON.has(c))
let hanSerial = parseInt(RUN, 16) % 1_000_000

/**
 * A run of CJK characters unique within the run (a serial written in base HAN.length), to use as
 * a name fragment that no other test's data contains.
 */
export function uniqueHan(length = 4): string {
  let n = ++hanSerial
  let out = ''
  for (let i = 0; i < length; i++) {
    out += HAN[(n + i * 7919) % HAN.length]
    n = Math.floor(n / HAN.length)
  }
  return out
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** A valid, unique 18-character unified social credit code (check character computed). */
export function creditCode(): string {
  counter++
  let n = BigInt(`0x${RUN}`) * 1_000_000n + BigInt(counter)
  let body = ''
  for (let i = 0; i < 9; i++) {
    body = CODE_ALPHABET[Number(n % 31n)] + body
    n /= 31n
  }
  const first17 = `91330782${body}`
  return first17 + creditCodeCheckChar(first17)
}

export function org(overrides: Partial<Org> = {}): Org {
  const id = overrides.id ?? uid('org')
  return {
    id,
    name: `测试工会${id}`,
    type: 'enterprise_union',
    kind: null,
    parentId: null,
    path: `/${id}/`,
    townId: null,
    ...overrides,
  }
}

/** An org placed under `parent` (path and town derived the way the import derives them). */
export function childOrg(parent: Org, overrides: Partial<Org> = {}): Org {
  const id = overrides.id ?? uid('org')
  const type = overrides.type ?? 'enterprise_union'
  return org({
    id,
    type,
    parentId: parent.id,
    path: `${parent.path}${id}/`,
    townId: type === 'town_federation' ? id : parent.townId,
    ...overrides,
  })
}

export function town(overrides: Partial<Org> = {}): Org {
  const id = overrides.id ?? uid('town')
  return org({ id, name: `${id}镇总工会`, type: 'town_federation', path: `/city/${id}/`, townId: id, ...overrides })
}

export function enterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    id: uid('ent'),
    name: `义乌${uniqueHan(3)}有限公司`,
    creditCode: creditCode(),
    townId: uid('town'),
    unionId: null,
    jointUnionId: null,
    staff: 30,
    industry: null,
    ...overrides,
  }
}

export function officer(overrides: Partial<Officer> = {}): Officer {
  return { openid: uid('openid'), orgId: uid('org'), role: 'officer', name: '张三', ...overrides }
}

export function invite(overrides: Partial<Invite> = {}): Invite {
  return {
    code: uid('inv'),
    orgId: uid('org'),
    role: 'officer',
    createdBy: uid('openid'),
    createdAt: '2026-03-02T09:00:00+08:00',
    expiresAt: '2026-03-09T09:00:00+08:00',
    redeemedBy: null,
    redeemedAt: null,
    ...overrides,
  }
}

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: uid('aud'),
    at: '2026-03-02T09:00:00+08:00',
    actor: 'system',
    action: 'directory.import',
    recordType: 'org',
    recordId: uid('org'),
    ...overrides,
  }
}

/** Years are a small key space, so each call takes a distinct far-future year. */
let nextYear = 3000 + (parseInt(RUN, 16) % 5000)
export function calendarYear(overrides: Partial<CalendarYear> = {}): CalendarYear {
  const year = overrides.year ?? nextYear++
  return {
    year,
    holidays: [`${year}-01-01`],
    workdays: [`${year}-02-14`],
    updatedAt: '2026-01-05T10:00:00+08:00',
    updatedBy: uid('openid'),
    ...overrides,
  }
}

/**
 * A Shanghai calendar day (`YYYY-MM-DD`, from 2040 on) that no other call returns: tests of lists keyed
 * by time across all records (due sweeps, check-ins) put their records inside their own day.
 */
let nextDay = parseInt(RUN, 16) % 20_000
export function uniqueDay(): string {
  return new Date(Date.UTC(2040, 0, 1) + nextDay++ * 86_400_000).toISOString().slice(0, 10)
}

/** A pending named case at a town federation, received 2026-03-10 10:00, to accept by the end of 03-12. */
export function grievanceCase(overrides: Partial<GrievanceCase> = {}): GrievanceCase {
  const id = overrides.id ?? uid('case')
  const assignedOrgId = overrides.assignedOrgId ?? uid('town')
  const receivedAt = '2026-03-10T10:00:00+08:00'
  const acceptBy = overrides.acceptBy ?? '2026-03-13T00:00:00+08:00'
  return {
    id,
    receiptHash: uid('rh'),
    receiptEnc: `enc:${uid('receipt')}`,
    enterpriseId: null,
    enterpriseName: null,
    townId: assignedOrgId,
    category: 'wage_arrears',
    urgent: false,
    affectedCount: 1,
    strictPrivacy: 'named',
    description: '老板拖欠了三个月工资',
    attachments: [],
    status: 'pending',
    assignedOrgId,
    assignedPath: `/city/${assignedOrgId}/`,
    routeReason: 'TOWN',
    receivedAt,
    acceptBy,
    acceptByEstimated: false,
    acceptedAt: null,
    resolveBy: null,
    pausedSince: null,
    pausedMs: 0,
    supervised: false,
    supervisorOrgId: null,
    overdue: false,
    outcome: null,
    summary: null,
    resolvedAt: null,
    closedAt: null,
    rating: null,
    ratingComment: null,
    reopenCount: 0,
    linkedCaseId: null,
    participantCount: 1,
    createdAt: receivedAt,
    escalateAt: acceptBy,
    superviseAt: null,
    history: [{ at: receivedAt, type: 'submitted', fromOrgId: null, toOrgId: assignedOrgId, reason: 'TOWN' }],
    missedPaths: [],
    version: 1,
    ...overrides,
  }
}

/** The first reporter of a case (or of `caseId`), named, reporting for one person. */
export function participant(overrides: Partial<Participant> = {}): Participant {
  return {
    caseId: uid('case'),
    reporterKey: uid('rk'),
    role: 'reporter',
    privacy: 'named',
    contactEnc: `enc:${uid('contact')}`,
    affectedCount: 1,
    requestKey: uid('req'),
    joinedAt: '2026-03-10T10:00:00+08:00',
    day: '2026-03-10',
    ...overrides,
  }
}

export function caseMessage(overrides: Partial<CaseMessage> = {}): CaseMessage {
  return {
    id: uid('msg'),
    caseId: uid('case'),
    at: '2026-03-11T09:30:00+08:00',
    from: 'officer',
    orgId: uid('town'),
    senderKey: null,
    kind: 'message',
    text: '您好，我们已收到您的诉求，正在核实。',
    attachments: [],
    ...overrides,
  }
}

export function inboxItem(overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    id: uid('inbox'),
    recipientKey: uid('rk'),
    at: '2026-03-11T09:30:00+08:00',
    type: 'grievance.accepted',
    caseId: uid('case'),
    title: '您的诉求已受理',
    body: '镇总工会已受理您的诉求。',
    read: false,
    ...overrides,
  }
}

export function checkin(overrides: Partial<ScheduledCheckin> = {}): ScheduledCheckin {
  return {
    id: uid('chk'),
    caseId: uid('case'),
    reporterKey: uid('rk'),
    dueAt: '2026-04-20T09:00:00+08:00',
    sent: false,
    kind: 'day30',
    ...overrides,
  }
}

/** Encrypted/hashed person data as the handlers store it: opaque values unique per call, masks in the real shape. */
function personSecrets() {
  return {
    idHash: uid('idh'),
    idEnc: `enc:${uid('id')}`,
    phoneHash: uid('ph'),
    phoneEnc: `enc:${uid('phone')}`,
    nameEnc: `enc:${uid('name')}`,
    nameMasked: '张*',
    idMasked: '3307**********1234',
    phoneMasked: '138****5678',
  }
}

/** A pending join application at a town federation, received 2026-03-10 10:00, to review by the end of 03-31. */
export function application(overrides: Partial<Application> = {}): Application {
  const assignedOrgId = overrides.assignedOrgId ?? uid('town')
  const receivedAt = '2026-03-10T10:00:00+08:00'
  const reviewBy = overrides.reviewBy ?? '2026-04-01T00:00:00+08:00'
  return {
    id: uid('app'),
    kind: 'join',
    status: 'pending',
    ...personSecrets(),
    enterpriseId: null,
    enterpriseName: '义乌某某织造有限公司',
    townId: assignedOrgId,
    noFixedEmployer: false,
    occupation: null,
    residenceTownId: null,
    employerBlind: false,
    identityConflict: false,
    applicantKey: uid('ak'),
    holderKey: uid('hk'),
    requestKey: uid('mreq'),
    memberId: null,
    fromOrgId: null,
    consents: {
      idNumber: { version: 'id-2026-11', at: receivedAt },
      shareWithUnion: { version: 'share-2026-11', at: receivedAt },
    },
    assignedOrgId,
    assignedPath: `/city/${assignedOrgId}/`,
    routeReason: 'TOWN',
    receivedAt,
    reviewBy,
    reviewByEstimated: false,
    escalateAt: reviewBy,
    overdue: false,
    rejectReason: null,
    rejectNote: null,
    decidedAt: null,
    decidedBy: null,
    createdAt: receivedAt,
    history: [{ at: receivedAt, type: 'submitted', fromOrgId: null, toOrgId: assignedOrgId, reason: 'TOWN' }],
    version: 1,
    ...overrides,
  }
}

/** An active member of an enterprise union since 2026-03-12, with a unique member number. */
export function member(overrides: Partial<Member> = {}): Member {
  const orgId = overrides.orgId ?? uid('org')
  return {
    id: uid('mem'),
    memberNo: uid('no'),
    ...personSecrets(),
    holderKey: uid('hk'),
    orgId,
    orgPath: `/city/town/${orgId}/`,
    status: 'active',
    since: '2026-03-12',
    statusReason: null,
    applicationId: uid('app'),
    workplace: {
      enterpriseId: uid('ent'),
      enterpriseName: '义乌某某织造有限公司',
      townId: uid('town'),
      noFixedEmployer: false,
      occupation: null,
      residenceTownId: null,
      employerBlind: false,
    },
    history: [{ at: '2026-03-12T09:00:00+08:00', type: 'approved', fromOrgId: null, toOrgId: orgId, reason: null }],
    updatedAt: '2026-03-12T09:00:00+08:00',
    version: 1,
    ...overrides,
  }
}
