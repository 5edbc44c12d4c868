/**
 * Holds: CloudBase's stand-in for the unique constraints SQLite has (there are no multi-document
 * transactions and no partial unique indexes to lean on). A hold is a document in `membership_holds`
 * whose `_id` is the claimed key (`pending:<idHash>` — not taken by an application flagged identityConflict —,
 * `pending-holder:<holderKey>`, `member:<idHash>`, `memberNo:<no>`, `request:<requestKey>`), holding `{ recordId, at }`: the record that owns the key and that record's time.
 * `_id` is unique from the moment the collection exists, so of two racing `add`s exactly one lands.
 *
 * A hold is written BEFORE its record. A crash between the two (or a release that never ran) leaves a
 * hold whose record is missing or no longer holds the key: such a hold is stale and the next claimant
 * takes it over with one conditional update (so of two claimants one wins). A hold whose record is missing
 * but which is younger than HOLD_GRACE_MS still counts: its owner may be between its two writes right now.
 */
import { getDoc, isDuplicateWrite, type Db } from './db'

export const HOLDS = 'membership_holds'

/**
 * Longer than a cloud function may run (900 s at most), so a hold this old whose record is missing
 * belongs to an invocation that is over. Times are the records' own (request clocks).
 */
export const HOLD_GRACE_MS = 15 * 60 * 1000

/** What the hold's owner is now: holding the key, done with it (decided, left…), or not written (yet). */
export type OwnerState = 'holding' | 'released' | 'missing'

export type Claim =
  /** `fresh`: this call wrote or took over the hold, so it releases it if the record is not written. */
  | { ok: true; fresh: boolean }
  | { ok: false; holder: string }

type Hold = { _id: string; recordId: string; at: string }

export function holds(db: Db) {
  const collection = () => db.collection(HOLDS)

  async function claim(id: string, recordId: string, at: string, owner: (recordId: string) => Promise<OwnerState>): Promise<Claim> {
    // Each round either settles or saw the hold change under it; a few rounds cover any real contention.
    for (let round = 0; round < 5; round++) {
      try {
        await collection().add({ _id: id, recordId, at })
        return { ok: true, fresh: true }
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
      }
      const hold = (await getDoc(db, HOLDS, id)) as Hold | null
      if (!hold) continue // released meanwhile: add again
      if (hold.recordId === recordId) return { ok: true, fresh: false }
      const state = await owner(hold.recordId)
      const stale = state === 'released' || (state === 'missing' && Date.parse(at) - Date.parse(hold.at) > HOLD_GRACE_MS)
      if (!stale) return { ok: false, holder: hold.recordId }
      const res = await collection().where({ _id: id, recordId: hold.recordId, at: hold.at }).update({ recordId, at })
      if (res.updated === 1) return { ok: true, fresh: true }
    }
    throw new Error(`hold ${id}: still contended after 5 rounds`)
  }

  /** Removes the hold iff `recordId` still owns it (a taken-over hold is not the releaser's to remove). */
  async function release(id: string, recordId: string): Promise<void> {
    await collection().where({ _id: id, recordId }).remove()
  }

  return { claim, release }
}
