import type Database from 'better-sqlite3'
import type { DesktopCode, DesktopLoginStore, DesktopSession } from '../desktop-port'
import { clampLimit, pageOf } from './page'

type CodeRow = {
  code_hash: string
  poll_hash: string
  created_at: string
  expires_at: string
  device: string | null
  confirmed_by: string | null
  confirmed_at: string | null
  session_id: string | null
  claimed_at: string | null
}
type SessionRow = { id: string; openid: string; device: string | null; created_at: string; expires_at: string; ended_at: string | null }

const toCode = (r: CodeRow): DesktopCode => ({
  codeHash: r.code_hash,
  pollHash: r.poll_hash,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  device: r.device,
  confirmedBy: r.confirmed_by,
  confirmedAt: r.confirmed_at,
  sessionId: r.session_id,
  claimedAt: r.claimed_at,
})
const toSession = (r: SessionRow): DesktopSession => ({
  id: r.id,
  openid: r.openid,
  device: r.device,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  endedAt: r.ended_at,
})

export const DESKTOP_SQL = {
  live: `SELECT * FROM desktop_sessions INDEXED BY desktop_sessions_open
    WHERE openid = ? AND ended_at IS NULL AND id < ? AND expires_at > ? ORDER BY id DESC LIMIT ?`,
}

// Above every id (Crockford base32 digits and letters): the first page's upper bound.
const TOP = '\uffff'

export function sqliteDesktop(db: Database.Database): DesktopLoginStore {
  const insertCode = db.prepare(
    `INSERT INTO desktop_codes (code_hash, poll_hash, created_at, expires_at, device, confirmed_by, confirmed_at, session_id, claimed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const code = db.prepare<[string], CodeRow>('SELECT * FROM desktop_codes WHERE code_hash = ?')
  // Each a single conditional UPDATE: of two racers exactly one sees changes === 1.
  const confirm = db.prepare(
    'UPDATE desktop_codes SET confirmed_by = ?, confirmed_at = ? WHERE code_hash = ? AND confirmed_by IS NULL AND expires_at > ?',
  )
  const claim = db.prepare(
    'UPDATE desktop_codes SET session_id = ?, claimed_at = ? WHERE code_hash = ? AND confirmed_by IS NOT NULL AND session_id IS NULL',
  )
  const insertSession = db.prepare(
    'INSERT INTO desktop_sessions (id, openid, device, created_at, expires_at, ended_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const session = db.prepare<[string], SessionRow>('SELECT * FROM desktop_sessions WHERE id = ?')
  const live = db.prepare<[string, string, string, number], SessionRow>(DESKTOP_SQL.live)
  const end = db.prepare('UPDATE desktop_sessions SET ended_at = ? WHERE id = ? AND openid = ? AND ended_at IS NULL')
  return {
    async createCode(c) {
      insertCode.run(c.codeHash, c.pollHash, c.createdAt, c.expiresAt, c.device, c.confirmedBy, c.confirmedAt, c.sessionId, c.claimedAt)
    },
    async getCode(codeHash) {
      const row = code.get(codeHash)
      return row ? toCode(row) : null
    },
    async confirmCode(codeHash, openid, at) {
      return confirm.run(openid, at, codeHash, at).changes === 1
    },
    async claimCode(codeHash, sessionId, at) {
      return claim.run(sessionId, at, codeHash).changes === 1
    },
    async createSession(s) {
      insertSession.run(s.id, s.openid, s.device, s.createdAt, s.expiresAt, s.endedAt)
    },
    async getSession(id) {
      const row = session.get(id)
      return row ? toSession(row) : null
    },
    async listLiveSessions(openid, now, after, limit) {
      const size = clampLimit(limit)
      return pageOf(live.all(openid, after ?? TOP, now, size).map(toSession), size, (s) => s.id)
    },
    async endSession(id, openid, at) {
      return end.run(at, id, openid).changes === 1
    },
  }
}
