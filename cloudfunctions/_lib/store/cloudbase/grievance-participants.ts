/** Participants and case messages on CloudBase (`grievance_participants`, `grievance_messages`). */
import type { ParticipantMethods, Participant } from '../grievance-port'
import { compositeCursor, reporterFirst } from '../cursor'
import { clampLimit, getDoc, isDuplicateWrite, keysetPage, MAX_QUERY, pageOf, type Db, type Doc } from './db'
import { messageDoc, participantDoc, toMessage, toParticipant } from './grievance-docs'
import { compositePage } from './keyset'

export function cloudbaseParticipants(db: Db): ParticipantMethods {
  const _ = db.command
  const participants = () => db.collection('grievance_participants')
  const messages = () => db.collection('grievance_messages')
  const requests = () => db.collection('grievance_message_requests')

  async function one(where: Record<string, unknown>): Promise<Participant | null> {
    const doc = ((await participants().where(where).limit(1).get()).data as Doc[])[0]
    return doc ? toParticipant(doc) : null
  }

  return {
    async addParticipant(p) {
      try {
        // Refused by `_id` (requestKey) or by the unique (caseId, reporterKey) index.
        await participants().add(participantDoc(p))
        return true
      } catch (error) {
        if (isDuplicateWrite(error)) return false
        throw error
      }
    },
    async getParticipantByRequestKey(requestKey) {
      const doc = await getDoc(db, 'grievance_participants', requestKey)
      return doc ? toParticipant(doc) : null
    },
    async getParticipant(caseId, reporterKey) {
      return one({ caseId, reporterKey })
    },
    async listParticipants(caseId) {
      // A collective case may pass the 1,000-document cap: read it in keyset pages of (joinedAt, _id).
      const all: Participant[] = []
      let after: string | undefined
      for (;;) {
        const page = await compositePage(db, 'grievance_participants', { caseId }, 'joinedAt', after, MAX_QUERY)
        all.push(...page.map(toParticipant))
        if (page.length < MAX_QUERY) return reporterFirst(all)
        const last = page[page.length - 1]
        after = compositeCursor(String(last.joinedAt), last._id)
      }
    },
    async listByReporter(reporterKey, after, limit) {
      const size = clampLimit(limit)
      // Newest first: case ids are time-ordered (runtime/ids.ts).
      const where = after === undefined ? { reporterKey } : { reporterKey, caseId: _.lt(after) }
      const res = await participants().where(where).orderBy('caseId', 'desc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toParticipant), size, (p) => p.caseId)
    },
    async countByReporterDay(reporterKey, day) {
      const res = await participants().where({ reporterKey, day }).count()
      return res.total as number
    },
    async addMessage(m) {
      // A reply's request key is claimed first by a hold whose `_id` is the key (unique without any index step).
      if (m.requestKey) {
        try {
          await requests().add({ _id: m.requestKey, messageId: m.id, caseId: m.caseId })
        } catch (error) {
          if (isDuplicateWrite(error)) return false
          throw error
        }
      }
      try {
        await messages().add(messageDoc(m))
        return true
      } catch (error) {
        if (!m.requestKey) throw error
        if (await getDoc(db, 'grievance_messages', m.id)) return true // it landed; the reply was lost
        // Not written: free the key so a retry can write it.
        await requests().where({ _id: m.requestKey, messageId: m.id }).remove()
        throw error
      }
    },
    async getMessageByRequestKey(requestKey) {
      const hold = await getDoc(db, 'grievance_message_requests', requestKey)
      const doc = hold && (await getDoc(db, 'grievance_messages', String(hold.messageId)))
      return doc ? toMessage(doc) : null
    },
    async listMessages(caseId, after, limit) {
      const size = clampLimit(limit)
      const docs = await keysetPage(db, 'grievance_messages', { caseId }, after, size)
      return pageOf(docs.map(toMessage), size, (m) => m.id)
    },
  }
}
