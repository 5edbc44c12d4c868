/**
 * Holds: CloudBase's stand-in for the unique constraints SQLite has (no partial unique indexes to lean on). A
 * hold is a document in `membership_holds` whose `_id` is the claimed key (`pending:<idHash>` — not taken by an
 * application flagged identityConflict —, `pending-holder:<holderKey>`, `member:<idHash>`, `memberNo:<no>`,
 * `request:<requestKey>`), holding `{ recordId, at }`: the record that owns the key and that record's time.
 *
 * A hold is claimed inside the transaction that inserts its record (memberships.ts): the holds and the record
 * land together or not at all, and of two claimants of one key the transaction service lets one commit (the
 * other conflicts, re-runs and then finds the hold taken). A hold can still be stale — its record no longer
 * holds the key: the release after a decision is a separate write on purpose (a lost one costs nothing), and
 * holds left by a crash of the pre-transaction code between its two writes may exist. The next claimant takes
 * a stale hold over in its own transaction. A hold whose record is missing but which is younger than
 * HOLD_GRACE_MS still counts: only pre-transaction code could leave one, and it may still be between its writes.
 */
import { isDuplicateWrite, type Db } from './db'
import { Refused, transact, txGet, type Tx } from './transaction'

export const HOLDS = 'membership_holds'

/**
 * Longer than a cloud function may run (900 s at most), so a hold this old whose record is missing
 * belongs to an invocation that is over. Times are the records' own (request clocks).
 */
export const HOLD_GRACE_MS = 15 * 60 * 1000

/** What the hold's owner is now: holding the key, done with it (decided, left…), or not written. */
export type OwnerState = 'holding' | 'released' | 'missing'
/** Reads the owner inside the claiming transaction. */
export type Owner = (tx: Tx, recordId: string) => Promise<OwnerState>

export type Claim = { ok: true } | { ok: false; holder: string }
/** A key to hold and how its current holder (if any) stands. */
export type HoldSpec = { id: string; owner: Owner }
/** Which hold was refused (its index in the specs) and who holds it. */
export type Refusal = { refused: number; holder: string }

type Hold = { _id: string; recordId: string; at: string }

export function holds(db: Db) {
  const collection = () => db.collection(HOLDS)

  /** Inside `tx`: takes the hold `id` for `recordId` (new, or over a stale one), or names its holder. 2–3 requests. */
  async function claim(tx: Tx, id: string, recordId: string, at: string, owner: Owner): Promise<Claim> {
    const hold = (await txGet(tx, HOLDS, id)) as Hold | null
    if (!hold) {
      await tx.collection(HOLDS).add({ _id: id, recordId, at })
      return { ok: true }
    }
    const state = await owner(tx, hold.recordId)
    const stale = state === 'released' || (state === 'missing' && Date.parse(at) - Date.parse(hold.at) > HOLD_GRACE_MS)
    if (!stale) return { ok: false, holder: hold.recordId }
    await tx.collection(HOLDS).doc(id).set({ recordId, at })
    return { ok: true }
  }

  /**
   * One transaction: every hold in `specs` for `recordId`, then `insert` (the record). First blind — `add` each
   * hold, one request each, refused by `_id` when it exists —, then, if one existed, again with `claim`: the
   * common case costs start + one add per hold + the record + commit. Returns the refused hold, or null.
   */
  async function takeAll(specs: HoldSpec[], recordId: string, at: string, insert: (tx: Tx) => Promise<unknown>): Promise<Refusal | null> {
    try {
      return await transact(db, async (tx) => {
        for (const spec of specs) await tx.collection(HOLDS).add({ _id: spec.id, recordId, at })
        await insert(tx)
        return null
      })
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
    }
    return transact(db, async (tx) => {
      for (const [index, spec] of specs.entries()) {
        const held = await claim(tx, spec.id, recordId, at, spec.owner)
        if (!held.ok) throw new Refused<Refusal>({ refused: index, holder: held.holder })
      }
      await insert(tx)
      return null
    })
  }

  /** Removes the hold iff `recordId` still owns it (a taken-over hold is not the releaser's to remove). */
  async function release(id: string, recordId: string): Promise<void> {
    await collection().where({ _id: id, recordId }).remove()
  }

  return { takeAll, release }
}
