import type Database from 'better-sqlite3'
import type { DirectoryStore } from '../port'
import { directoryBatch } from './directory-batch'
import { enterpriseSearch } from './enterprise-search'
import { toOfficer, type OfficerRow } from './officers'
import { clampLimit, pageOf } from './page'
import { toEnterprise, toOrg, type EnterpriseRow, type OrgRow } from './rows'

/** List queries, exported so tests can check their plans use the indexes. */
export const DIRECTORY_SQL = {
  towns: "SELECT * FROM orgs WHERE type = 'town_federation' ORDER BY id",
  // A BINARY range on path instead of LIKE 'p%' (LIKE is case-insensitive and cannot use the index).
  // `path > p` leaves out the org itself, whose path is exactly p.
  orgsBelow: 'SELECT * FROM orgs WHERE path > ? AND path < ? AND id > ? ORDER BY id LIMIT ?',
  townEnterprises: 'SELECT * FROM enterprises INDEXED BY enterprises_town_id WHERE town_id = ? ORDER BY id',
  townEnterpriseNames: 'SELECT id, name FROM enterprises INDEXED BY enterprises_town_id WHERE town_id = ? ORDER BY id',
}

/** The exclusive upper bound of every string starting with `prefix` (its last char + 1). */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
}

export function sqliteDirectory(db: Database.Database): DirectoryStore {
  const orgById = db.prepare<[string], OrgRow>('SELECT * FROM orgs WHERE id = ?')
  const orgsByIds = db.prepare<[string], OrgRow>(
    'SELECT * FROM orgs WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  )
  const towns = db.prepare<[], OrgRow>(DIRECTORY_SQL.towns)
  const below = db.prepare<[string, string, string, number], OrgRow>(DIRECTORY_SQL.orgsBelow)
  const enterpriseById = db.prepare<[string], EnterpriseRow>('SELECT * FROM enterprises WHERE id = ?')
  const enterpriseByCode = db.prepare<[string], EnterpriseRow>('SELECT * FROM enterprises WHERE credit_code = ?')
  // Batch reads: the keys as one JSON array, each looked up through the primary key / unique index.
  const enterprisesByIds = db.prepare<[string], EnterpriseRow>(
    'SELECT * FROM enterprises WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  )
  const enterprisesByCodes = db.prepare<[string], EnterpriseRow>(
    'SELECT * FROM enterprises WHERE credit_code IN (SELECT value FROM json_each(?)) ORDER BY id',
  )
  const townEnterprises = db.prepare<[string], EnterpriseRow>(DIRECTORY_SQL.townEnterprises)
  const townEnterpriseNames = db.prepare<[string], [string, string]>(DIRECTORY_SQL.townEnterpriseNames).raw()
  const officersByOpenids = db.prepare<[string], OfficerRow>(
    'SELECT * FROM officers WHERE openid IN (SELECT value FROM json_each(?)) ORDER BY openid',
  )
  const keys = (values: string[]) => JSON.stringify([...new Set(values)])
  const search = enterpriseSearch(db)
  const batch = directoryBatch(db)

  return {
    async getOrg(id) {
      const row = orgById.get(id)
      return row ? toOrg(row) : null
    },
    async getOrgs(ids) {
      if (ids.length === 0) return []
      return orgsByIds.all(JSON.stringify([...new Set(ids)])).map(toOrg)
    },
    async listTowns() {
      return towns.all().map(toOrg)
    },
    async listOrgsBelow(orgId, after, limit) {
      const size = clampLimit(limit)
      const org = orgById.get(orgId)
      if (!org) return { items: [], next: null }
      const prefix = org.path.endsWith('/') ? org.path : `${org.path}/`
      const rows = below.all(prefix, prefixEnd(prefix), after ?? '', size)
      return pageOf(rows.map(toOrg), size, (o) => o.id)
    },
    async getEnterprise(id) {
      const row = enterpriseById.get(id)
      return row ? toEnterprise(row) : null
    },
    async getEnterpriseByCreditCode(creditCode) {
      const row = enterpriseByCode.get(creditCode)
      return row ? toEnterprise(row) : null
    },
    async getEnterprises(ids) {
      return ids.length ? enterprisesByIds.all(keys(ids)).map(toEnterprise) : []
    },
    async getEnterprisesByCreditCodes(codes) {
      return codes.length ? enterprisesByCodes.all(keys(codes)).map(toEnterprise) : []
    },
    async listTownEnterprises(townId) {
      return townEnterprises.all(townId).map(toEnterprise)
    },
    async listTownEnterpriseNames(townId) {
      return townEnterpriseNames.all(townId).map(([id, name]) => ({ id, name }))
    },
    async getOfficers(openids) {
      return openids.length ? officersByOpenids.all(keys(openids)).map(toOfficer) : []
    },
    async searchEnterprises(q, townId, after, limit) {
      return search(q, townId, after, limit)
    },
    async upsertBatch(input, onProgress) {
      batch(input, onProgress)
    },
  }
}
