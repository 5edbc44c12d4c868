/** A new consultation record, and its insert with a freshly drawn receipt code. */
import type { AskInput } from '../../../types/legal'
import { newReceipt } from '../../_lib/domain/grievance/receipt'
import { answerBy } from '../../_lib/domain/legal/consultation'
import type { ActionContext } from '../../_lib/runtime/deps'
import { randomBytesPooled as randomBytes } from '../../_lib/runtime/random'
import { toIso } from '../../_lib/runtime/time'
import type { Consultation } from '../../_lib/store/legal-port'
import { consultReceiptHash } from './keys'
import type { ResolvedLegalRoute } from './route'

type Draft = Omit<Consultation, 'id' | 'receiptHash' | 'receiptEnc'>

/** Receipts drawn before giving up: a taken one is a 1-in-10^15 event, twice in a row a fault. */
const RECEIPT_DRAWS = 3

/** Waiting at the routed org, due in 24 clock hours. Only keyed hashes of the account; a named asker's contact encrypted. */
export function draftConsultation(ctx: ActionContext, input: AskInput, route: ResolvedLegalRoute, keys: { askerKey: string; requestKey: string }): Draft {
  const at = toIso(ctx.now)
  const due = answerBy(ctx.now)
  return {
    ...keys, category: input.category, privacy: input.privacy,
    contactEnc: input.privacy === 'named' && input.contact ? ctx.deps.crypto.encrypt(JSON.stringify(input.contact)) : null,
    townId: route.townId, enterpriseId: route.enterprise?.id ?? null, enterpriseName: route.enterprise?.name ?? input.enterpriseName ?? null,
    status: 'waiting', assignedOrgId: route.to.id, assignedPath: route.to.path, routeReason: route.reason,
    answerBy: due, escalateAt: due, supervised: false, missedOrgIds: [], claimedBy: null, claimedAt: null,
    firstAnsweredAt: null, closedAt: null, rating: null,
    messages: [{ id: ctx.deps.ids(), at, from: 'worker', orgId: null, kind: 'question', text: input.question, attachments: input.attachments }],
    history: [{ at, type: 'asked', fromOrgId: null, toOrgId: route.to.id, actor: null, note: route.reason }],
    published: false, createdAt: at, version: 1,
  }
}

/**
 * Inserts the draft with a fresh id and receipt; the store throws when either is taken, and the next draw goes.
 * `inserted: false` when the requestKey exists (a retry).
 */
export async function insertConsultation(ctx: ActionContext, draft: Draft): Promise<{ inserted: boolean; c: Consultation }> {
  for (let draw = 1; ; draw++) {
    const receipt = newReceipt(randomBytes)
    const c: Consultation = {
      ...draft, id: ctx.deps.ids(), receiptHash: consultReceiptHash(ctx.deps.crypto, receipt), receiptEnc: ctx.deps.crypto.encrypt(receipt),
    }
    try {
      return { inserted: await ctx.deps.store.legal.createConsultation(c), c }
    } catch (err) {
      if (draw >= RECEIPT_DRAWS) throw err
    }
  }
}
