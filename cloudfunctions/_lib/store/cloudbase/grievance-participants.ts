/**
 * Participant look-ups and case messages on CloudBase. Both are embedded in their case document (`grievances`,
 * decisions 0021 and 0024: grievance-docs.ts): a look-up reads the case, a message is a push onto it.
 */
import { MAX_CASE_MESSAGES, type ParticipantMethods } from '../grievance-port'
import { clampLimit, pageOf, type Db, type Doc } from './db'
import { CASE_AND_THREAD, pushMessage, threadPage, toCase, toMessages, toParticipants, WITH_THREAD, WITHOUT_THREAD } from './grievance-docs'

/** What a participant look-up reads of a case document. */
const PARTICIPANTS = { _id: true, participants: true }
/** What listMessages reads of a case document. */
const THREAD = { _id: true, messages: true }

export function cloudbaseParticipants(db: Db): ParticipantMethods {
  const _ = db.command
  const cases = () => db.collection('grievances')

  return {
    async getByRequestKey(requestKey) {
      // The unique multikey index on `requestKeys`: at most one case holds it.
      const doc = ((await cases().where({ requestKeys: requestKey }).field(WITHOUT_THREAD).limit(1).get()).data as Doc[])[0]
      const participant = doc && toParticipants(doc).find((p) => p.requestKey === requestKey)
      return doc && participant ? { c: toCase(doc), participant } : null
    },
    async listParticipants(caseId) {
      const doc = ((await cases().doc(caseId).field(PARTICIPANTS).get()).data as Doc[])[0]
      return doc ? toParticipants(doc) : []
    },
    async listByReporter(reporterKey, after, limit) {
      const size = clampLimit(limit)
      // Newest first: case ids are time-ordered (runtime/ids.ts). Multikey index (participantKeys, _id desc).
      const where = after === undefined ? { participantKeys: reporterKey } : { participantKeys: reporterKey, _id: _.lt(after) }
      const res = await cases().where(where).orderBy('_id', 'desc').field(PARTICIPANTS).limit(size).get()
      const mine = (res.data as Doc[]).flatMap((d) => toParticipants(d).filter((p) => p.reporterKey === reporterKey))
      return pageOf(mine, size, (p) => p.caseId)
    },
    async addMessage(m) {
      // One conditional single-document update: a reply's request key is pushed with it, and a case already holding
      // the key does not match (`neq` on an array: no element equals it), so of two racing copies exactly one lands.
      // A full case does not match either: its thread has an element at the last place the cap allows.
      const notFull = { [`messages.${MAX_CASE_MESSAGES - 1}`]: _.exists(false) }
      const where = m.requestKey ? { _id: m.caseId, messageRequestKeys: _.neq(m.requestKey), ...notFull } : { _id: m.caseId, ...notFull }
      const res = await cases().where(where).update(pushMessage(_, m))
      return res.updated === 1
    },
    async countMessages(caseId) {
      const doc = ((await cases().doc(caseId).field(THREAD).get()).data as Doc[])[0]
      return doc ? toMessages(doc).length : 0
    },
    async getMessageByRequestKey(caseId, requestKey) {
      // Only a case holding the key matches: a first reply (the usual case) reads back nothing.
      const doc = ((await cases().where({ _id: caseId, messageRequestKeys: requestKey }).field(CASE_AND_THREAD).limit(1).get()).data as Doc[])[0]
      const m = doc && toMessages(doc).find((x) => x.requestKey === requestKey)
      return doc && m ? { c: toCase(doc), m } : null
    },
    async listMessages(caseId, after, limit) {
      const doc = ((await cases().doc(caseId).field(THREAD).get()).data as Doc[])[0]
      return doc ? threadPage(doc, after, limit) : { items: [], next: null }
    },
    async getWithMessages(id, after, limit) {
      const doc = ((await cases().doc(id).field(WITH_THREAD).get()).data as Doc[])[0]
      return doc ? { c: toCase(doc), participants: toParticipants(doc), messages: threadPage(doc, after, limit) } : null
    },
  }
}
