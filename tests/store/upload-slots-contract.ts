/**
 * The upload-slot store contract (issue 9): the record of every place a mini-program was given to upload an
 * evidence photo itself, so the hourly sweep can remove what was never finished without listing the storage.
 * Run against each adapter through the port only; each test lists inside a day of its own (`make.uniqueDay`).
 *
 * Semantics, for both adapters:
 * - `issue` keeps the first record of an id; `finish` and `forget` are conditional single-record writes
 *   (of two racers exactly one wins); `forget` never deletes a finished slot.
 * - `listAbandoned(before, …)`: unfinished slots with issuedAt < before, ordered by (issuedAt, id), keyset
 *   pages (limit clamped to 1..100, `next` = `${issuedAt}|${id}` of the last item after a full page, else null).
 */
import type { Store, UploadSlot } from '../../cloudfunctions/_lib/store/port'
import { collect, ids } from './paging'
import * as make from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

const at = (day: string, hour: number, minute = 0) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`

function slot(issuedAt: string): UploadSlot {
  const id = make.uid('slot').replace(/-/g, '')
  return { id, key: `incoming/${id}-00112233aabbccdd.jpg`, issuedAt, finishedAt: null }
}

export function runUploadSlotContract(label: string, open: () => Promise<Opened>) {
  describe(label, () => {
    let opened: Opened
    let store: Store
    beforeAll(async () => {
      opened = await open()
      store = opened.store
    })
    afterAll(async () => {
      await store.close()
      await opened.cleanup?.()
    })

    const issue = async (...slots: UploadSlot[]) => {
      for (const s of slots) await store.uploads.issue({ id: s.id, key: s.key, issuedAt: s.issuedAt })
    }
    const abandoned = (day: string, before: string, limit = 100) =>
      collect((after) => store.uploads.listAbandoned(before, after ?? `${at(day, 0)}|`, limit))

    test('When slots are issued, then those issued before the cutoff and unfinished are listed by issuedAt then id, in keyset pages', async () => {
      const day = make.uniqueDay()
      const early = [slot(at(day, 9)), slot(at(day, 9)), slot(at(day, 10)), slot(at(day, 11))]
      const atCutoff = slot(at(day, 12))
      const later = slot(at(day, 13))
      const finished = slot(at(day, 9, 30))
      await issue(later, ...early.slice().reverse(), atCutoff, finished)
      expect(await store.uploads.finish(finished.id, at(day, 9, 31))).toBe(true)

      const { sizes, items } = await abandoned(day, at(day, 12), 2)
      const expected = [...early].sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : a.issuedAt > b.issuedAt ? 1 : a.id < b.id ? -1 : 1))
      expect(ids(items)).toEqual(ids(expected))
      expect(items[0]).toEqual(expected[0]) // field for field: key, issuedAt, finishedAt null
      expect(sizes).toEqual([2, 2, 0])
      const first = await store.uploads.listAbandoned(at(day, 12), `${at(day, 0)}|`, 2)
      expect(first.next).toBe(`${expected[1].issuedAt}|${expected[1].id}`)
      // The limit is clamped to 1..100.
      expect((await store.uploads.listAbandoned(at(day, 12), `${at(day, 0)}|`, 0)).items).toHaveLength(1)
    })

    test('When a slot is issued twice, then the first record is kept', async () => {
      const day = make.uniqueDay()
      const s = slot(at(day, 9))
      await issue(s)
      await store.uploads.issue({ id: s.id, key: 'incoming/other.png', issuedAt: at(day, 10) })
      expect((await abandoned(day, at(day, 23))).items).toEqual([s])
    })

    test('When two finish the same slot at once, then exactly one succeeds, and the finished slot is not listed or forgotten', async () => {
      const day = make.uniqueDay()
      const s = slot(at(day, 9))
      await issue(s)
      const results = await Promise.all([store.uploads.finish(s.id, at(day, 9, 1)), store.uploads.finish(s.id, at(day, 9, 2))])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await store.uploads.finish(s.id, at(day, 9, 3))).toBe(false)
      expect(await store.uploads.finish(make.uid('slot'), at(day, 9, 3))).toBe(false)
      expect((await abandoned(day, at(day, 23))).items).toEqual([])
      expect(await store.uploads.forget(s.id)).toBe(false)
    })

    test('When an abandoned slot is forgotten, then it is gone from the list, once', async () => {
      const day = make.uniqueDay()
      const [gone, kept] = [slot(at(day, 9)), slot(at(day, 10))]
      await issue(gone, kept)
      const results = await Promise.all([store.uploads.forget(gone.id), store.uploads.forget(gone.id)])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(ids((await abandoned(day, at(day, 23))).items)).toEqual([kept.id])
      expect(await store.uploads.forget(make.uid('slot'))).toBe(false)
      // Forgotten means forgotten: finishing it later changes nothing.
      expect(await store.uploads.finish(gone.id, at(day, 11))).toBe(false)
    })
  })
}
