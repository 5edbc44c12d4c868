/**
 * Filing a mutual-aid claim on CloudBase without a transaction (issue 12: `mutualAid.claim` in ≤ 5 round trips; a
 * transaction costs start, a read and commit on top of the writes). Three single requests, in this order:
 *   1. the enrolment — ONE update conditional on its version: the new cap totals, and the filing's record in
 *      `filings` (claim id, requestKey, payable, invoice hashes, time), written first so that every later state
 *      says what it belongs to;
 *   2. the invoice keys — ONE ordered insert of all of them (`_id` = the hash, with claimId and requestKey); a clash
 *      is a used invoice or this requestKey's own earlier keys;
 *   3. the claim — one insert (requestKey unique: a retry is harmless).
 * The claim, the only record anyone acts on, comes last: it never exists without its payable reserved (1) and its
 * invoices keyed (2), so a crash between writes can neither exceed the annual cap nor let an invoice be claimed
 * twice. It can leave a reservation, or a reservation and keys, without a claim: the cap under-used and the
 * invoices blocked, never the reverse. The same requestKey filed again completes it (its keys are taken over), else
 * `settleFilings` (the hourly sweep, once FILING_GRACE has passed) gives the payable back and removes the keys only
 * that filing held. A refusal undoes in reverse: the keys this call inserted first, the record and reservation last.
 */
import { compositeCursor } from '../cursor'
import type { Claim, Enrolment, FileClaimResult } from '../mutual-aid-port'
import { AppError } from '../../runtime/result'
import { getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage } from './keyset'
import { replaceFields } from './membership-docs'
import { claimDoc, enrolmentDoc } from './mutual-aid-docs'

export const ENROLMENTS = 'mutual_aid_enrolments'
export const CLAIMS = 'mutual_aid_claims'
export const INVOICES = 'mutual_aid_invoices'

/** One filing's record on its enrolment until the sweep has seen it completed or given it back. */
type Filing = { claimId: string; requestKey: string; payable: number; setCritical: boolean; invoiceHashes: string[]; at: string }

/** Enrolment fields only this adapter writes (never in the port's record): kept by every replace of the enrolment. */
export const FILING_FIELDS = ['filings', 'filingsSince'] as const

const fen = (yuan: number) => Math.round(yuan * 100)
const filingsOf = (doc: Doc) => (Array.isArray(doc.filings) ? (doc.filings as Filing[]) : [])
/** Step 2's outcome: `result` null when every key is placed, else the refusal, with what to remove and keep. */
type Placed = { result: FileClaimResult | null; fresh: string[]; keep: string[] }

export function cloudbaseClaimFiling(db: Db) {
  const _ = db.command
  const invoices = () => db.collection(INVOICES)

  async function claimByRequestKey(requestKey: string): Promise<Doc | null> {
    const res = await db.collection(CLAIMS).where({ requestKey }).field({ _id: true, invoiceHashes: true }).limit(1).get()
    return (res.data as Doc[])[0] ?? null
  }

  /** The enrolment without the filings `drop`, the payable of those in `giveBack` returned to the cap. */
  function settled(doc: Doc, drop: Filing[], giveBack: Filing[]) {
    const remaining = filingsOf(doc).filter((f) => !drop.some((d) => d.claimId === f.claimId))
    const back = giveBack.reduce((sum, f) => sum + fen(f.payable), 0)
    return {
      capUsed: Math.max(0, fen(Number(doc.capUsed)) - back) / 100,
      // Only a critical-illness claim that paid sets the flag, and then no other one can (its payable would be 0).
      criticalUsed: giveBack.some((f) => f.setCritical) ? false : doc.criticalUsed,
      version: Number(doc.version) + 1,
      filings: remaining,
      filingsSince: remaining.length > 0 ? remaining.map((f) => f.at).sort()[0] : _.remove(),
    }
  }

  /** Gives this call's reservation back, iff its record is still there (read, version-guarded write; a lost race reads again). */
  async function release(enrolmentId: string, claimId: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = await getDoc(db, ENROLMENTS, enrolmentId)
      const mine = doc && filingsOf(doc).find((f) => f.claimId === claimId)
      if (!doc || !mine) return
      const res = await db.collection(ENROLMENTS).where({ _id: enrolmentId, version: doc.version }).update(settled(doc, [mine], [mine]))
      if (res.updated === 1) return
    }
    // Still recorded: the sweep gives it back (safe meanwhile: the cap is only under-used).
  }

  /** Removes keys this call inserted that `keep` (the hashes of the claim that did land, if any) does not use. */
  async function removeFresh(c: Claim, fresh: string[], keep: string[]): Promise<void> {
    const spare = fresh.filter((h) => !keep.includes(h))
    if (spare.length > 0) await invoices().where({ _id: _.in(spare), claimId: c.id }).remove()
  }

  /**
   * Step 2: every invoice key in one ordered insert. On a clash, what is stored decides: a key of another
   * requestKey → DUPLICATE_INVOICE; this requestKey's own earlier keys → its claim, if it landed
   * (DUPLICATE_REQUEST), else an earlier filing of this request that never completed (or its twin in flight): its
   * keys are taken over (claimId := this one, so a repair of that filing leaves them) and the missing ones inserted.
   * `fresh` = the keys this call inserted (what a refusal removes; taken-over ones stay: safe, they only block).
   */
  async function placeKeys(c: Claim, hashes: string[]): Promise<Placed> {
    const fresh = new Set<string>()
    const takenOver = new Set<string>()
    let todo = hashes
    for (let round = 0; round < 4; round++) {
      try {
        await invoices().add(todo.map((h) => ({ _id: h, claimId: c.id, requestKey: c.requestKey })))
        for (const h of todo) if (!takenOver.has(h)) fresh.add(h)
        return { result: null, fresh: [...fresh], keep: [] }
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
      }
      // The insert is ordered: the keys before the clash landed. Read what is stored for every hash.
      const stored = (await invoices().where({ _id: _.in(hashes) }).limit(hashes.length).get()).data as Doc[]
      const found = new Map(stored.map((d) => [d._id, d]))
      for (const h of todo) if (found.get(h)?.claimId === c.id && !takenOver.has(h)) fresh.add(h)
      const own = stored.filter((d) => d.requestKey === c.requestKey && d.claimId !== c.id)
      if (own.length > 0) {
        const landed = await claimByRequestKey(c.requestKey)
        const keep = (landed?.invoiceHashes as string[] | undefined) ?? []
        if (landed) return { result: { ok: false, reason: 'DUPLICATE_REQUEST', existingId: landed._id }, fresh: [...fresh], keep }
      }
      if (stored.some((d) => d.requestKey !== c.requestKey)) return { result: { ok: false, reason: 'DUPLICATE_INVOICE' }, fresh: [...fresh], keep: [] }
      todo = hashes.filter((h) => !found.has(h))
      if (own.length > 0) {
        const moved = await invoices().where({ _id: _.in(own.map((d) => d._id)), requestKey: c.requestKey }).update({ claimId: c.id })
        for (const d of own) takenOver.add(d._id)
        // Fewer moved: the sweep removed some meanwhile; insert them again (one still there clashes: read again).
        if (moved.updated !== own.length) todo = [...todo, ...own.map((d) => d._id)]
      }
      if (todo.length === 0) return { result: null, fresh: [...fresh], keep: [] }
    }
    throw new AppError('CONFLICT', `claim ${c.id}: its invoice keys kept clashing`)
  }

  async function fileClaim(c: Claim, e: Enrolment): Promise<FileClaimResult> {
    const hashes = [...new Set(c.invoiceHashes)]
    const filing: Filing = {
      claimId: c.id, requestKey: c.requestKey, payable: c.payout.payable,
      setCritical: c.benefit === 'critical_illness' && c.payout.payable > 0, invoiceHashes: hashes, at: c.createdAt,
    }
    // 1. The reservation and the filing's record, iff nobody moved the enrolment since the caller read it.
    const reserved = await db.collection(ENROLMENTS).where({ _id: e.id, version: e.version - 1 })
      .update({ ...replaceFields(db, enrolmentDoc(e)), filings: _.push([filing]), filingsSince: _.min(c.createdAt) })
    if (reserved.updated !== 1) {
      const landed = await claimByRequestKey(c.requestKey)
      return landed ? { ok: false, reason: 'DUPLICATE_REQUEST', existingId: landed._id } : { ok: false, reason: 'ENROLMENT_CHANGED' }
    }
    // 2. The invoice keys. (A failure past this point leaves the record: the sweep's to give back.)
    const placed = await placeKeys(c, hashes)
    if (placed.result) {
      await removeFresh(c, placed.fresh, placed.keep)
      await release(e.id, c.id)
      return placed.result
    }
    // 3. The claim.
    try {
      await db.collection(CLAIMS).add(claimDoc(c))
      return { ok: true }
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
    }
    // A twin of this request landed first: its keys are the ones found or taken over here.
    const landed = await claimByRequestKey(c.requestKey)
    if (!landed) throw new Error(`mutual aid: claim ${c.id}: its id is taken`)
    await removeFresh(c, placed.fresh, (landed.invoiceHashes as string[]) ?? [])
    await release(e.id, c.id)
    return { ok: false, reason: 'DUPLICATE_REQUEST', existingId: landed._id }
  }

  /**
   * The sweep's repair: each enrolment with a filing recorded at or before `before`. A filing whose claim landed
   * (same id) is settled (its record dropped, the reservation stays with the claim); otherwise its payable is given
   * back and the keys it still holds — not those of a claim of its requestKey that did land — are removed, before
   * the record (the record is the last thing to go). One version-guarded write per enrolment; a lost race waits
   * for the next run.
   */
  async function settleFilings(before: string, after: string | undefined, limit: number) {
    const docs = await compositePage(db, ENROLMENTS, { filingsSince: _.lte(before) }, 'filingsSince', after, limit)
    let settledCount = 0
    let released = 0
    for (const doc of docs) {
      const old = filingsOf(doc).filter((f) => f.at <= before)
      if (old.length === 0) continue
      const keys = [...new Set(old.map((f) => f.requestKey))]
      const claims = (await db.collection(CLAIMS).where({ requestKey: _.in(keys) }).field({ _id: true, requestKey: true, invoiceHashes: true }).limit(keys.length).get()).data as Doc[]
      const giveBack: Filing[] = []
      for (const f of old) {
        const landed = claims.find((d) => d.requestKey === f.requestKey)
        if (landed?._id === f.claimId) continue
        const keep = (landed?.invoiceHashes as string[] | undefined) ?? []
        const spare = f.invoiceHashes.filter((h) => !keep.includes(h))
        if (spare.length > 0) await invoices().where({ _id: _.in(spare), requestKey: f.requestKey, claimId: f.claimId }).remove()
        giveBack.push(f)
      }
      const res = await db.collection(ENROLMENTS).where({ _id: doc._id, version: doc.version }).update(settled(doc, old, giveBack))
      if (res.updated !== 1) continue
      settledCount += old.length - giveBack.length
      released += giveBack.length
    }
    const page = pageOf(docs, limit, (d) => compositeCursor(String(d.filingsSince), d._id))
    return { settled: settledCount, released, next: page.next }
  }

  return { fileClaim, settleFilings }
}
