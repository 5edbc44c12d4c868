import { messagesInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import type { CaseMessage, GrievanceCase } from '../../_lib/store/port'
import type { ActionContext } from '../../_lib/runtime/deps'
import { loadForOfficer, loadForWorker } from '../lib/access'

const SIGNED_URL_TTL_SECONDS = 300

async function row(ctx: ActionContext, m: CaseMessage) {
  const photos = await Promise.all(m.attachments.map((f) => ctx.deps.files.signedUrl(f, SIGNED_URL_TTL_SECONDS)))
  return { id: m.id, at: m.at, from: m.from, orgId: m.orgId, kind: m.kind, text: m.text, photos }
}

/**
 * A worker must not read a co-worker's words, which may identify them (as with the description). Messages
 * carry no sender, so on a case with several workers a worker sees only the union's messages.
 */
const workerMaySee = (c: GrievanceCase) => (m: CaseMessage) => m.from === 'officer' || c.participantCount === 1

/** The conversation on a case, oldest first: for a worker on it, or an officer who may see it. */
export const messages = action({
  input: messagesInput,
  async handle({ id, after, limit }, ctx) {
    const officer = ctx.caller.kind === 'user' ? await ctx.deps.store.officers.get(ctx.caller.openid) : null
    const c = officer ? (await loadForOfficer(ctx, id)).c : (await loadForWorker(ctx, id)).c
    const page = await ctx.deps.store.grievances.listMessages(c.id, after, limit ?? 50)
    const shown = officer ? page.items : page.items.filter(workerMaySee(c))
    return { items: await Promise.all(shown.map((m) => row(ctx, m))), next: page.next }
  },
})
