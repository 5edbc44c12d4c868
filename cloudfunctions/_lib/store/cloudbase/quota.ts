/**
 * Limit counters on CloudBase (`quota`): one document per key and period, `_id` = `<key>:<period>`. Taking a unit is
 * one conditional single-document update, `where({ _id, n: _.lt(max) }).update({ n: _.inc(1) })`, which the service
 * applies atomically; the document is created on first use, and an insert that meets an existing one (a racer made
 * it, or it is at the max) is answered by one more conditional update.
 */
import type { QuotaStore } from '../port'
import { getDoc, isDuplicateWrite, type Db } from './db'

export function cloudbaseQuota(db: Db): QuotaStore {
  const _ = db.command
  const quota = () => db.collection('quota')
  const idOf = (key: string, period: string) => `${key}:${period}`
  const raise = async (id: string, max: number) => (await quota().where({ _id: id, n: _.lt(max) }).update({ n: _.inc(1) })).updated === 1

  return {
    async take(key, period, max) {
      if (max < 1) return false
      const id = idOf(key, period)
      if (await raise(id, max)) return true
      try {
        await quota().add({ _id: id, key, period, n: 1 })
        return true
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
      }
      return raise(id, max)
    },
    async give(key, period) {
      await quota().where({ _id: idOf(key, period), n: _.gt(0) }).update({ n: _.inc(-1) })
    },
    async count(key, period) {
      const doc = await getDoc(db, 'quota', idOf(key, period))
      return typeof doc?.n === 'number' ? doc.n : 0
    },
  }
}
