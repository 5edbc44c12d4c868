/**
 * Limit counters on CloudBase (`quota`): one document per key and period, `_id` = `<key>:<period>`. Taking a unit is
 * one atomic single-document write: the insert that creates the counter at 1, or the conditional update
 * `where({ _id, n: _.lt(max) }).update({ n: _.inc(1) })`, which the service applies atomically. Either may go
 * first; the other answers when it does not (an insert meets an existing counter, an update finds none yet).
 *
 * Which goes first is a guess that only changes the cost: most counters are taken once in their period (a worker's
 * one report a day), so an unknown counter is inserted first — one request; a counter this warm container has seen
 * exist (a source's guesses, a second report) is raised first — one request again.
 */
import type { QuotaStore } from '../port'
import { getDoc, isDuplicateWrite, type Db } from './db'

/** Counters remembered as existing, per container; forgotten all at once past this many (only a guess is lost). */
const KNOWN_MAX = 10_000

export function cloudbaseQuota(db: Db): QuotaStore {
  const _ = db.command
  const quota = () => db.collection('quota')
  const idOf = (key: string, period: string) => `${key}:${period}`
  const known = new Set<string>()
  const remember = (id: string) => {
    if (known.size >= KNOWN_MAX) known.clear()
    known.add(id)
  }
  const raise = async (id: string, max: number) => (await quota().where({ _id: id, n: _.lt(max) }).update({ n: _.inc(1) })).updated === 1
  /** True when the insert made the counter (at 1); false when it exists already. */
  const create = async (id: string, key: string, period: string) => {
    try {
      await quota().add({ _id: id, key, period, n: 1 })
      return true
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
      return false
    } finally {
      remember(id)
    }
  }

  return {
    async take(key, period, max) {
      if (max < 1) return false
      const id = idOf(key, period)
      if (known.has(id) && (await raise(id, max))) return true
      // Unknown, or at its max (or gone): the insert creates it or says it exists; then the update decides.
      if (await create(id, key, period)) return true
      return raise(id, max)
    },
    async give(key, period) {
      await quota().where({ _id: idOf(key, period), n: _.gt(0) }).update({ n: _.inc(-1) })
    },
    async removeEnded(before) {
      // One request: the service removes every match (index `period`).
      const res = await quota().where({ period: _.lt(before) }).remove()
      return typeof res.deleted === 'number' ? res.deleted : 0
    },
    async count(key, period) {
      const doc = await getDoc(db, 'quota', idOf(key, period))
      return typeof doc?.n === 'number' ? doc.n : 0
    },
  }
}
