/** The case a "yes" to a retaliation check-in opens: linked to the original, at the town federation. */
import { randomBytes } from 'node:crypto'
import type { Org } from '../../../types/directory'
import { moveTo } from '../../_lib/domain/grievance/placement'
import { newReceipt } from '../../_lib/domain/grievance/receipt'
import type { WorkCalendar } from '../../_lib/domain/calendar'
import type { ActionContext } from '../../_lib/runtime/deps'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { GrievanceCase, Participant } from '../../_lib/store/port'
import { receiptHash } from './keys'

const DESCRIPTION = '职工在办结后的回访中反映：反映问题之后，受到了辞退、调岗、降薪或其他不公平对待。请联系职工（或在诉求里回复）核实情况。'

/** The original case's town: its own, else the town of the org holding it; null when it never reached a town. */
export async function townOf(ctx: ActionContext, original: GrievanceCase): Promise<Org | null> {
  const { directory } = ctx.deps.store
  const townId = original.townId ?? (await directory.getOrg(original.assignedOrgId))?.townId ?? null
  const town = townId ? await directory.getOrg(townId) : null
  return town?.type === 'town_federation' ? town : null
}

/**
 * The worker reports again with the privacy (and contact) of their part in the original case. Category
 * `other`: retaliation is its own matter, whatever the first report was about.
 */
export function retaliationCase(ctx: ActionContext, original: GrievanceCase, me: Participant, to: Org, requestKey: string, calendar: WorkCalendar) {
  const { crypto } = ctx.deps
  const move = moveTo({ strictPrivacy: me.privacy, urgent: false, assignedOrgId: null }, to, { type: 'submitted', reason: 'RETALIATION', now: ctx.now, calendar })
  const receipt = newReceipt(randomBytes)
  const at = toIso(ctx.now)
  const c: GrievanceCase = {
    id: ctx.deps.ids(), receiptHash: receiptHash(crypto, receipt), receiptEnc: crypto.encrypt(receipt),
    enterpriseId: original.enterpriseId, enterpriseName: original.enterpriseName, townId: to.townId,
    category: 'other', urgent: false, affectedCount: 1, strictPrivacy: me.privacy, description: DESCRIPTION, attachments: [],
    ...move.patch,
    outcome: null, summary: null, resolvedAt: null, closedAt: null, rating: null, ratingComment: null, reopenCount: 0,
    linkedCaseId: original.id, participantCount: 1, createdAt: at, history: [move.event], missedPaths: [], version: 1,
  }
  const reporter: Participant = {
    caseId: c.id, reporterKey: me.reporterKey, role: 'reporter', privacy: me.privacy, contactEnc: me.contactEnc,
    affectedCount: 1, requestKey, joinedAt: at, day: shanghaiDay(ctx.now),
  }
  return { c, reporter }
}
