/**
 * Row ↔ domain mapping for the membership tables, driven (like grievance-rows.ts) by one typed table per
 * record: every field listed with how it is stored (the compiler checks the list is complete), the column
 * being the field name in snake_case. Nested objects (consents, workplace, history) are JSON columns.
 */
import type { Application, Member } from '../port'

type Kind = 'value' | 'bool' | 'json'
type Columns<T> = { [K in keyof T]-?: Kind }

const PERSON = {
  idHash: 'value',
  idEnc: 'value',
  phoneHash: 'value',
  phoneEnc: 'value',
  nameEnc: 'value',
  nameMasked: 'value',
  idMasked: 'value',
  phoneMasked: 'value',
} as const

const APPLICATION_COLUMNS: Columns<Application> = {
  id: 'value',
  kind: 'value',
  status: 'value',
  ...PERSON,
  enterpriseId: 'value',
  enterpriseName: 'value',
  townId: 'value',
  noFixedEmployer: 'bool',
  occupation: 'value',
  residenceTownId: 'value',
  employerBlind: 'bool',
  identityConflict: 'bool',
  applicantKey: 'value',
  holderKey: 'value',
  requestKey: 'value',
  memberId: 'value',
  fromOrgId: 'value',
  consents: 'json',
  assignedOrgId: 'value',
  assignedPath: 'value',
  routeReason: 'value',
  receivedAt: 'value',
  reviewBy: 'value',
  reviewByEstimated: 'bool',
  escalateAt: 'value',
  overdue: 'bool',
  rejectReason: 'value',
  rejectNote: 'value',
  decidedAt: 'value',
  decidedBy: 'value',
  createdAt: 'value',
  history: 'json',
  version: 'value',
}

const MEMBER_COLUMNS: Columns<Member> = {
  id: 'value',
  memberNo: 'value',
  ...PERSON,
  holderKey: 'value',
  orgId: 'value',
  orgPath: 'value',
  status: 'value',
  since: 'value',
  statusReason: 'value',
  applicationId: 'value',
  workplace: 'json',
  history: 'json',
  updatedAt: 'value',
  version: 'value',
}

export type Row = Record<string, string | number | null>

type Mapping<T> = {
  /** Column names in field order: the INSERT and UPDATE statements are built from them. */
  columns: string[]
  toRecord(row: Row): T
  fromRecord(record: T): Row
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function mapping<T>(table: Columns<T>): Mapping<T> {
  const fields = Object.entries(table as Record<string, Kind>).map(([field, kind]) => ({ field, kind, column: snake(field) }))
  return {
    columns: fields.map((f) => f.column),
    toRecord(row) {
      const out: Record<string, unknown> = {}
      for (const { field, kind, column } of fields) {
        const value = row[column]
        out[field] = kind === 'bool' ? value === 1 : kind === 'json' ? JSON.parse(String(value)) : value
      }
      return out as T
    },
    fromRecord(record) {
      const row: Row = {}
      for (const { field, kind, column } of fields) {
        const value = (record as Record<string, unknown>)[field]
        row[column] = kind === 'bool' ? (value ? 1 : 0) : kind === 'json' ? JSON.stringify(value) : (value as string | number | null)
      }
      return row
    },
  }
}

export const APPLICATION_ROWS = mapping(APPLICATION_COLUMNS)
export const MEMBER_ROWS = mapping(MEMBER_COLUMNS)

/** `INSERT … ON CONFLICT DO NOTHING`: a uniqueness clash inserts nothing (changes = 0); any other error throws. */
export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ON CONFLICT DO NOTHING`
}

/** Full replace guarded by the version: of two writers holding the same version, exactly one matches. */
export function updateSql(table: string, columns: readonly string[]): string {
  const set = columns.filter((c) => c !== 'id').map((c) => `${c} = @${c}`)
  return `UPDATE ${table} SET ${set.join(', ')} WHERE id = @id AND version = @expected`
}
