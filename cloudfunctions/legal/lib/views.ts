/**
 * What an asker and what a lawyer/officer see of a consultation. The asker's key, the request key and the
 * receipt hash are never returned; a named asker's contact goes to the org's lawyers and officers only.
 */
import {
  CONSULT_STATUS_LABELS,
  LEGAL_CATEGORY_LABELS,
  LEGAL_ROUTE_EXPLANATIONS,
} from '../../../types/legal-labels'
import { clockRuns } from '../../_lib/domain/legal/consultation'
import { pathIds } from '../../_lib/domain/scope'
import type { ActionContext } from '../../_lib/runtime/deps'
import { orgsForDisplay } from '../../_lib/store/org-cache'
import type { ConsultMessage, Consultation } from '../../_lib/store/legal-port'
import { photoLinks } from '../../grievance/lib/evidence'

/** `2026-03-11T10:00:00+08:00` → `3月11日 10:00 前答复` (instants are stored in Shanghai time). */
export function answerByLabel(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}:${m[4]} 前答复` : iso
}

/** What `ask` answers (also on a retry with the same requestId). */
export function summary(ctx: ActionContext, c: Consultation, orgName: string) {
  return {
    id: c.id, receipt: ctx.deps.crypto.decrypt(c.receiptEnc), status: c.status, assignedOrgId: c.assignedOrgId,
    assignedOrgName: orgName, routeReason: c.routeReason, routeExplanation: LEGAL_ROUTE_EXPLANATIONS[c.routeReason],
    answerBy: c.answerBy, answerByLabel: answerByLabel(c.answerBy),
  }
}

async function orgNames(ctx: ActionContext, c: Consultation): Promise<Record<string, string>> {
  const ids = new Set<string>([c.assignedOrgId, ...pathIds(c.assignedPath)])
  c.history.forEach((h) => [h.fromOrgId, h.toOrgId].forEach((id) => id && ids.add(id)))
  const orgs = await orgsForDisplay(ctx.deps.store.directory, [...ids])
  return Object.fromEntries(orgs.map((o) => [o.id, o.name]))
}

async function messageView(ctx: ActionContext, m: ConsultMessage) {
  return { id: m.id, at: m.at, from: m.from, kind: m.kind, text: m.text, photos: m.attachments.length ? await photoLinks(ctx, m.attachments) : [] }
}

async function common(ctx: ActionContext, c: Consultation) {
  const [names, messages] = await Promise.all([orgNames(ctx, c), Promise.all(c.messages.map((m) => messageView(ctx, m)))])
  return {
    id: c.id, status: c.status, statusLabel: CONSULT_STATUS_LABELS[c.status], category: c.category,
    categoryLabel: LEGAL_CATEGORY_LABELS[c.category], privacy: c.privacy, enterpriseName: c.enterpriseName, townId: c.townId,
    assignedOrgId: c.assignedOrgId, assignedOrgName: names[c.assignedOrgId] ?? c.assignedOrgId, routeReason: c.routeReason,
    routeExplanation: LEGAL_ROUTE_EXPLANATIONS[c.routeReason], answerBy: c.answerBy,
    answerByLabel: clockRuns(c) ? answerByLabel(c.answerBy) : null, supervised: c.supervised, claimed: c.claimedBy !== null,
    firstAnsweredAt: c.firstAnsweredAt, closedAt: c.closedAt, rating: c.rating, published: c.published,
    createdAt: c.createdAt, orgNames: names, messages,
  }
}

export async function askerView(ctx: ActionContext, c: Consultation) {
  return {
    ...(await common(ctx, c)),
    receipt: ctx.deps.crypto.decrypt(c.receiptEnc),
    // Who acted is an officer's openid: never shown to the worker.
    history: c.history.map(({ actor: _actor, ...h }) => h),
  }
}

export async function officerView(ctx: ActionContext, c: Consultation, me: { openid: string }, mayAnswer: boolean) {
  const contact = c.contactEnc ? (JSON.parse(ctx.deps.crypto.decrypt(c.contactEnc)) as { name: string; phone: string }) : null
  return {
    ...(await common(ctx, c)),
    enterpriseId: c.enterpriseId,
    contact,
    claimedByMe: c.claimedBy === me.openid,
    mayAnswer,
    missedOrgIds: c.missedOrgIds,
    history: c.history,
  }
}

/** A queue row: no question text and no contact (the lawyer opens `get`, which is audited). */
export function queueRow(c: Consultation, me: string) {
  return {
    id: c.id, category: c.category, categoryLabel: LEGAL_CATEGORY_LABELS[c.category], status: c.status, privacy: c.privacy,
    enterpriseName: c.enterpriseName, answerBy: c.answerBy, answerByLabel: clockRuns(c) ? answerByLabel(c.answerBy) : null,
    supervised: c.supervised, claimed: c.claimedBy !== null, claimedByMe: c.claimedBy === me, createdAt: c.createdAt,
  }
}

/** `mine` rows. */
export function mineRow(c: Consultation) {
  return {
    id: c.id, category: c.category, categoryLabel: LEGAL_CATEGORY_LABELS[c.category], status: c.status,
    statusLabel: CONSULT_STATUS_LABELS[c.status], privacy: c.privacy, answerBy: c.answerBy,
    answerByLabel: clockRuns(c) ? answerByLabel(c.answerBy) : null, supervised: c.supervised, createdAt: c.createdAt,
    rated: c.rating !== null,
  }
}
