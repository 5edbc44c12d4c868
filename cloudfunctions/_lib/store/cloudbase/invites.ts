import { AppError } from '../../runtime/result'
import type { Invite, InviteStore } from '../port'
import { getDoc, isDuplicateWrite, type Db, type Doc } from './db'

const toInvite = (d: Doc): Invite => ({
  code: d._id,
  orgId: d.orgId as string,
  role: d.role as Invite['role'],
  createdBy: d.createdBy as string,
  createdAt: d.createdAt as string,
  expiresAt: d.expiresAt as string,
  redeemedBy: (d.redeemedBy ?? null) as string | null,
  redeemedAt: (d.redeemedAt ?? null) as string | null,
})

/** `_id` is the invite code. */
export function cloudbaseInvites(db: Db): InviteStore {
  const invites = () => db.collection('invites')
  return {
    async create(i) {
      const { code, ...fields } = i
      try {
        // An insert, not a set: creating never overwrites an existing invite.
        await invites().add({ _id: code, ...fields })
      } catch (error) {
        if (isDuplicateWrite(error)) throw new AppError('CONFLICT', '邀请码已存在，请重新生成')
        throw error
      }
    },
    async get(code) {
      const doc = await getDoc(db, 'invites', code)
      return doc ? toInvite(doc) : null
    },
    async markRedeemed(code, openid, at) {
      // One conditional single-document update: of two racing redeemers exactly one sees updated === 1.
      const res = await invites().where({ _id: code, redeemedBy: null }).update({ redeemedBy: openid, redeemedAt: at })
      return res.updated === 1
    },
  }
}
