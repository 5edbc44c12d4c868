/**
 * Rejecting a mutual-aid claim on CloudBase without a transaction and without reading first (issue 10: an officer's
 * write in ≤ 4 round trips; the transaction cost start, two reads and commit on top of the two writes, and the action
 * read the claim and the enrolment first). Two single requests, in this order:
 *   1. the claim — ONE find-and-modify (`updateAndReturn`) whose condition is the whole permission: `checked`, the
 *      approving federation in the officer's scope, not the officer's own claim. It writes the rejection, the history
 *      entry (`_.push`), the next version and the mark `releaseDue` (the rejection's time; sparse index `release_due`)
 *      saying its reservation is to be given back, and answers the claim as written (payable, enrolment);
 *   2. the enrolment — ONE atomic update guarded by `releasedClaims` (the claims whose reservation it has given
 *      back): `capUsed` −payable, `criticalUsed` cleared when this claim set it, the claim's id pushed, the version
 *      +1 (a filing that read the enrolment before loses its version race and reads it again). No read: an increment.
 * The claim comes first: a failure between the writes leaves the cap reserved for a rejected claim — under-used,
 * never exceeded (the reverse order could let a new claim spend cap the old one still held). The guard makes the
 * release happen once whoever makes it, so the hourly sweep (`settleRejections`, after FILING_GRACE) repeats step 2
 * for every marked claim — a no-op when the action got there — and only then clears the mark.
 * A claim paying nothing (payable 0, no critical flag) has nothing to give back: no step 2 (the sweep clears its mark).
 */
import type { RejectCode } from '../../../../types/mutual-aid-labels'
import type { Claim, ClaimEvent } from '../mutual-aid-port'
import { compositeCursor } from '../cursor'
import { escapeRegExp, pageOf, type Db, type Doc } from './db'
import { compositePage } from './keyset'
import { toClaim } from './mutual-aid-docs'
import { CLAIMS, ENROLMENTS } from './mutual-aid-filing'

/** Adapter-only fields: on the enrolment, the claims it has released; on the claim, its release still to confirm. */
export const RELEASE_FIELDS = ['releasedClaims', 'releaseDue'] as const

/** The reservation a claim holds on its enrolment: its payable, and the critical flag when it set it. */
const holds = (c: Claim) => ({ payable: c.payout.payable, setCritical: c.benefit === 'critical_illness' && c.payout.payable > 0 })
/** Whether the claim holds anything to give back (the critical flag is set only by a claim that pays). */
const owes = (c: Claim) => c.payout.payable > 0

export function cloudbaseClaimRelease(db: Db) {
  const _ = db.command

  /** Step 2: gives the claim's reservation back iff this enrolment has not already done so. True when it did now. */
  async function release(c: Claim): Promise<boolean> {
    const { payable, setCritical } = holds(c)
    const res = await db.collection(ENROLMENTS).where({ _id: c.enrolmentId, releasedClaims: _.neq(c.id) }).update({
      capUsed: _.inc(-payable), ...(setCritical ? { criticalUsed: false } : {}),
      releasedClaims: _.push([c.id]), version: _.inc(1),
    })
    return res.updated === 1
  }

  async function rejectClaim(id: string, guard: { scopeOrgId: string; notHolderKey: string }, rejection: { code: RejectCode; note: string }, event: ClaimEvent): Promise<Claim | null> {
    const res = await db.collection(CLAIMS)
      .where({ _id: id, status: 'checked', approvePath: db.RegExp({ regexp: escapeRegExp(`/${guard.scopeOrgId}/`) }), holderKey: _.neq(guard.notHolderKey) })
      .updateAndReturn({
        status: 'rejected', rejection: _.set(rejection), escalateAt: null, history: _.push([event]), version: _.inc(1), releaseDue: event.at,
      })
    const doc = (res as { doc?: Doc | null }).doc
    if (!doc) return null
    const c = toClaim(doc)
    if (owes(c)) await release(c)
    return c
  }

  /** The sweep: each marked claim's release (a no-op when made already), then its mark cleared. */
  async function settleRejections(before: string, after: string | undefined, limit: number) {
    const docs = await compositePage(db, CLAIMS, { releaseDue: _.lte(before) }, 'releaseDue', after, limit)
    let released = 0
    for (const doc of docs) {
      const c = toClaim(doc)
      if (owes(c) && (await release(c))) released++
      await db.collection(CLAIMS).where({ _id: doc._id }).update({ releaseDue: _.remove() })
    }
    const page = pageOf(docs, limit, (d: Doc) => compositeCursor(String(d.releaseDue), d._id))
    return { settled: docs.length, released, next: page.next }
  }

  return { rejectClaim, settleRejections }
}
