/**
 * Desktop sign-in on CloudBase: `desktop_codes` (`_id` = the code's keyed hash, read by _id only) and
 * `desktop_sessions` (`_id` = the session id; `ended` boolean leads the list's index, as upload slots' `finished`).
 * Every racing write is one conditional single-document update, which the service applies atomically.
 */
import type { DesktopCode, DesktopLoginStore, DesktopSession } from '../desktop-port'
import { clampLimit, getDoc, pageOf, type Db, type Doc } from './db'

const toCode = (d: Doc): DesktopCode => ({
  codeHash: d._id,
  pollHash: d.pollHash as string,
  createdAt: d.createdAt as string,
  expiresAt: d.expiresAt as string,
  device: (d.device ?? null) as string | null,
  confirmedBy: (d.confirmedBy ?? null) as string | null,
  confirmedAt: (d.confirmedAt ?? null) as string | null,
  sessionId: (d.sessionId ?? null) as string | null,
  claimedAt: (d.claimedAt ?? null) as string | null,
})
const toSession = (d: Doc): DesktopSession => ({
  id: d._id,
  openid: d.openid as string,
  device: (d.device ?? null) as string | null,
  createdAt: d.createdAt as string,
  expiresAt: d.expiresAt as string,
  endedAt: (d.endedAt ?? null) as string | null,
})

export function cloudbaseDesktop(db: Db): DesktopLoginStore {
  const _ = db.command
  const codes = () => db.collection('desktop_codes')
  const sessions = () => db.collection('desktop_sessions')
  return {
    async createCode(c) {
      const { codeHash, ...fields } = c
      await codes().add({ _id: codeHash, ...fields })
    },
    async getCode(codeHash) {
      const doc = await getDoc(db, 'desktop_codes', codeHash)
      return doc ? toCode(doc) : null
    },
    async confirmCode(codeHash, openid, at) {
      const res = await codes().where({ _id: codeHash, confirmedBy: null, expiresAt: _.gt(at) }).update({ confirmedBy: openid, confirmedAt: at })
      return res.updated === 1
    },
    async claimCode(codeHash, sessionId, at) {
      const res = await codes().where({ _id: codeHash, confirmedBy: _.neq(null), sessionId: null }).update({ sessionId, claimedAt: at })
      return res.updated === 1
    },
    async createSession(s) {
      const { id, ...fields } = s
      await sessions().add({ _id: id, ...fields, ended: s.endedAt !== null })
    },
    async getSession(id) {
      const doc = await getDoc(db, 'desktop_sessions', id)
      return doc ? toSession(doc) : null
    },
    async listLiveSessions(openid, now, after, limit) {
      const size = clampLimit(limit)
      const where = { openid, ended: false, expiresAt: _.gt(now), ...(after === undefined ? {} : { _id: _.lt(after) }) }
      const res = await sessions().where(where).orderBy('_id', 'desc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toSession), size, (s) => s.id)
    },
    async endSession(id, openid, at) {
      const res = await sessions().where({ _id: id, openid, ended: false }).update({ ended: true, endedAt: at })
      return res.updated === 1
    },
  }
}
