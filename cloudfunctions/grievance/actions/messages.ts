import { messagesInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import type { CaseMessage, Participant } from '../../_lib/store/port'
import type { ActionContext } from '../../_lib/runtime/deps'
import { loadForOfficer, loadForWorker } from '../lib/access'
import { photoLinks } from '../lib/evidence'

/** What a client may see of a message: never the senderKey. `extra` says whose it is, per viewer. */
async function row(ctx: ActionContext, m: CaseMessage, extra: Record<string, unknown>) {
  const photos = await photoLinks(ctx, m.attachments)
  return { id: m.id, at: m.at, from: m.from, orgId: m.orgId, kind: m.kind, text: m.text, photos, ...extra }
}

/** An officer sees every message; a worker's as from "职工" plus the index of officerView's `reporters`. */
async function forOfficer(ctx: ActionContext, people: readonly Participant[], items: CaseMessage[]) {
  const index = new Map(people.map((p, i) => [p.reporterKey, String(i)]))
  return Promise.all(items.map((m) => {
    if (m.from === 'officer') return row(ctx, m, {})
    return row(ctx, m, { sender: '职工', reporterId: (m.senderKey && index.get(m.senderKey)) ?? null })
  }))
}

/**
 * A worker sees the union's messages and their own (`mine`), never a co-worker's: their words may identify them
 * (as with the description). A page may thus hold fewer items than `limit` while `next` still leads on.
 */
function forWorker(ctx: ActionContext, myKey: string, items: CaseMessage[]) {
  const shown = items.filter((m) => m.from === 'officer' || m.senderKey === myKey)
  return Promise.all(shown.map((m) => row(ctx, m, { mine: m.from === 'worker' })))
}

/** The conversation on a case, oldest first: for a worker on it, or an officer who may see it. */
export const messages = action({
  input: messagesInput,
  async handle({ id, after, limit }, ctx) {
    const officer = ctx.caller.kind === 'user' ? await ctx.deps.store.officers.get(ctx.caller.openid) : null
    // The case, its participants and the page of messages in one read (decision 0024).
    const thread = { after, limit: limit ?? 50 }
    if (officer) {
      const { people, messages: page } = await loadForOfficer(ctx, id, officer, thread)
      return { items: await forOfficer(ctx, people, page.items), next: page.next }
    }
    const { me, messages: page } = await loadForWorker(ctx, id, thread)
    return { items: await forWorker(ctx, me.reporterKey, page.items), next: page.next }
  },
})
