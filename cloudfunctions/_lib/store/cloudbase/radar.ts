/**
 * The risk radar on CloudBase (decision 0018). `radar_towns`: one document per town (`_id` = townId) holding the
 * snapshot (`rows`, `computedAt`) and two maps keyed by enterprise id — `lastVisits` (latest visit date, raised with
 * `$max`) and `alertedAt` — so the list is ONE read. `radar_visits`: one document per visit (`_id` = its id).
 * Enterprise ids may hold `.` (a path separator in update keys): map keys write it as `~`, which ids never hold.
 */
import type { EnterpriseSignals } from '../../domain/radar/signals'
import { compositeCursor, parseCursor } from '../cursor'
import type { RadarStore, RadarTown, RadarVisit } from '../radar-port'
import { clampLimit, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'

const keyOf = (enterpriseId: string) => enterpriseId.replace(/\./g, '~')
const idOf = (key: string) => key.replace(/~/g, '.')
const decodeMap = (m: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((m ?? {}) as Record<string, string>).map(([k, v]) => [idOf(k), v]))

export function cloudbaseRadar(db: Db): RadarStore {
  const _ = db.command
  const towns = () => db.collection('radar_towns')
  const visits = () => db.collection('radar_visits')
  const empty = (townId: string) => ({ _id: townId, computedAt: null, rows: [], lastVisits: {}, alertedAt: {} })

  /**
   * A conditional update of the town's document; when it matched nothing and the document does not exist yet, the
   * document is created with `seed` applied instead (a racer's insert → the update once more).
   */
  async function updateOrCreate(townId: string, where: Record<string, unknown>, data: Record<string, unknown>, seed: Record<string, unknown>) {
    if ((await towns().where({ ...where, _id: townId }).update(data)).updated === 1) return true
    try {
      await towns().add({ ...empty(townId), ...seed })
      return true
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
    }
    return (await towns().where({ ...where, _id: townId }).update(data)).updated === 1
  }

  return {
    async getTown(townId): Promise<RadarTown> {
      const doc = await getDoc(db, 'radar_towns', townId)
      return {
        townId,
        computedAt: (doc?.computedAt as string | null | undefined) ?? null,
        rows: (doc?.rows as EnterpriseSignals[] | undefined) ?? [],
        lastVisits: decodeMap(doc?.lastVisits),
        alertedAt: decodeMap(doc?.alertedAt),
      }
    },
    async putSnapshot(townId, computedAt, rows) {
      await updateOrCreate(townId, {}, { computedAt, rows: _.set(rows) }, { computedAt, rows })
    },
    async addVisit(v) {
      let created = true
      try {
        await visits().add({ _id: v.id, ...withoutId(v) })
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
        created = false
      }
      // Raised even on a retry: the first attempt may have died before this step ($max makes it idempotent).
      // `lastVisitId` changes with every new visit, so the update reports 1 whenever the town's document exists even
      // when an earlier date leaves the max as it was (the service counts changed documents, not matched ones).
      const field = `lastVisits.${keyOf(v.enterpriseId)}`
      await updateOrCreate(v.townId, {}, { [field]: _.max(v.date), lastVisitId: v.id }, { lastVisits: { [keyOf(v.enterpriseId)]: v.date }, lastVisitId: v.id })
      return created
    },
    async listVisits(townId, enterpriseId, after, limit) {
      const size = clampLimit(limit)
      const base = { townId, enterpriseId }
      let where: Record<string, unknown> = base
      if (after !== undefined) {
        const c = parseCursor(after)
        where = _.and([base, { date: _.lte(c.key) }, _.or([{ date: _.lt(c.key) }, { _id: _.lt(c.id) }])]) as unknown as Record<string, unknown>
      }
      const res = await visits().where(where).orderBy('date', 'desc').orderBy('_id', 'desc').limit(size).get()
      const items = (res.data as Doc[]).map(({ _id, ...rest }) => ({ id: _id, ...rest }) as RadarVisit)
      return pageOf(items, size, (x) => compositeCursor(x.date, x.id))
    },
    async markAlerted(townId, enterpriseId, at, notBefore) {
      const field = `alertedAt.${keyOf(enterpriseId)}`
      const due = _.or([{ [field]: _.exists(false) }, { [field]: _.lt(notBefore) }])
      const where = _.and([{ _id: townId }, due]) as unknown as Record<string, unknown>
      if ((await towns().where(where).update({ [field]: at })).updated === 1) return true
      try {
        await towns().add({ ...empty(townId), alertedAt: { [keyOf(enterpriseId)]: at } })
        return true
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
      }
      return (await towns().where(where).update({ [field]: at })).updated === 1
    },
  }
}

const withoutId = ({ id: _id, ...rest }: RadarVisit) => rest
