/**
 * Test data factories: minimal valid defaults, overrides for what a test cares about, and ids
 * unique per call (and per run), so tests never need a global cleanup.
 */
import { randomBytes } from 'node:crypto'
import type { Enterprise, Officer, Org } from '../../types/directory'
import type { AuditEntry, CalendarYear, Invite } from '../../cloudfunctions/_lib/store/port'
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
