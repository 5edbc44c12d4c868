import type Database from 'better-sqlite3'
import type { Invite, InviteStore } from '../port'

type InviteRow = {
  code: string
  org_id: string
  role: Invite['role']
  created_by: string
  created_at: string
  expires_at: string
  redeemed_by: string | null
  redeemed_at: string | null
}

const toInvite = (r: InviteRow): Invite => ({
  code: r.code,
  orgId: r.org_id,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  redeemedBy: r.redeemed_by,
  redeemedAt: r.redeemed_at,
})

export function sqliteInvites(db: Database.Database): InviteStore {
  const insert = db.prepare(
    `INSERT INTO invites (code, org_id, role, created_by, created_at, expires_at, redeemed_by, redeemed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const byCode = db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE code = ?')
  // One conditional UPDATE: of two racing redeemers exactly one sees changes === 1.
  const redeem = db.prepare('UPDATE invites SET redeemed_by = ?, redeemed_at = ? WHERE code = ? AND redeemed_by IS NULL')
  return {
    async create(i) {
      insert.run(i.code, i.orgId, i.role, i.createdBy, i.createdAt, i.expiresAt, i.redeemedBy, i.redeemedAt)
    },
    async get(code) {
      const row = byCode.get(code)
      return row ? toInvite(row) : null
    },
    async markRedeemed(code, openid, at) {
      return redeem.run(openid, at, code).changes === 1
    },
  }
}
