/**
 * Legal-aid applications: keys, loading for the applicant or a deciding officer, the version-guarded save,
 * and the views. Deciders are any officer (officer, admin or lawyer) of the receiving federation or above it.
 * An officer's decision and material request are recorded in the application's own history with the officer as
 * actor (one write, issue 10: the audit line lives in the document); an officer's read of identity and income is
 * audited separately (legal.aidRead).
 */
import type { Officer } from '../../../types/directory'
import { AID_NEXT_ROUTES, AID_REFUSE_LABELS, AID_STATUS_LABELS, MEANS_TEST_LABELS } from '../../../types/legal-labels'
import { deadlineLabel } from '../../../types/grievance-labels'
import { inScope } from '../../_lib/domain/scope'
import { audit } from '../../_lib/runtime/audit'
import type { FieldCrypto } from '../../_lib/runtime/crypto'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { AidApplication, LegalHistoryEntry } from '../../_lib/store/legal-port'
import { photoLinks } from '../../grievance/lib/evidence'
import { holderKey } from '../../membership/lib/keys'
import { openidOf } from './access'

/**
 * Aid is named (the union must know who it helps), like membership: the applicant is keyed by the membership
 * holderKey, so their notifications reach the inbox the worker already reads (worker-inbox.ts) without a fourth
 * key. It is never the legal askerKey: that would tie an anonymous consultation to a named application.
 */
export const applicantKey = (crypto: FieldCrypto, openid: string) => holderKey(crypto, openid)
export const aidRequestKey = (crypto: FieldCrypto, openid: string, requestId: string) => crypto.hash(`legal-aid-request:${openid}:${requestId}`)

const notFound = () => new AppError('NOT_FOUND', '没有找到这份援助申请')

export type AidAccess = { a: AidApplication; as: 'applicant' } | { a: AidApplication; as: 'officer'; officer: Officer }

/** The applicant, or an officer of the receiving federation or above; anyone else: NOT_FOUND. */
export async function loadAid(ctx: ActionContext, id: string): Promise<AidAccess> {
  const openid = openidOf(ctx)
  const [a, officer] = await Promise.all([ctx.deps.store.legal.getAid(id), ctx.deps.store.officers.get(openid)])
  if (!a) throw notFound()
  if (a.applicantKey === applicantKey(ctx.deps.crypto, openid)) return { a, as: 'applicant' }
  if (!officer || !inScope(officer.orgId, a.assignedPath)) throw notFound()
  ctx.actingOfficer = officer.openid
  return { a, as: 'officer', officer }
}

export async function loadAidForApplicant(ctx: ActionContext, id: string): Promise<AidApplication> {
  const access = await loadAid(ctx, id)
  if (access.as !== 'applicant') throw notFound()
  return access.a
}

export async function loadAidForOfficer(ctx: ActionContext, id: string): Promise<{ a: AidApplication; officer: Officer }> {
  const access = await loadAid(ctx, id)
  if (access.as !== 'officer') throw new AppError('FORBIDDEN', '只有受理的工会才能处理这份申请')
  return access
}

export async function saveAid(ctx: ActionContext, before: AidApplication, patch: Partial<AidApplication>, events: LegalHistoryEntry[]): Promise<AidApplication> {
  const next: AidApplication = { ...before, ...patch, history: [...before.history, ...events], version: before.version + 1 }
  if (!(await ctx.deps.store.legal.updateAid(next))) throw new AppError('CONFLICT', '这份申请刚被其他人处理过，请刷新后再试')
  return next
}

/** What the applicant and the deciding officer both see. */
function common(a: AidApplication) {
  return {
    id: a.id, status: a.status, statusLabel: AID_STATUS_LABELS[a.status], category: a.category, help: a.help,
    claimAmount: a.claimAmount, enterpriseName: a.enterpriseName, assignedOrgId: a.assignedOrgId, routeReason: a.routeReason,
    decideBy: a.decideBy, decideByLabel: a.decideBy ? deadlineLabel(a.decideBy) : null, urgent: a.urgent, overdue: a.overdue,
    meansTest: a.meansTest, meansTestLabel: MEANS_TEST_LABELS[a.meansTest], limitationDeadline: a.limitationDeadline,
    materials: a.materials.map(({ at, text, suppliedAt, supply }) => ({ at, text, suppliedAt, supply })),
    decision: a.decision && {
      decision: a.decision.decision, reasonCode: a.decision.reasonCode, reasonLabel: a.decision.reasonCode ? AID_REFUSE_LABELS[a.decision.reasonCode] : null,
      form: a.decision.form, note: a.decision.note, at: a.decision.at,
      nextRoutes: a.decision.decision === 'refuse' ? [...AID_NEXT_ROUTES] : [],
    },
    history: a.history.map(({ at, type, fromOrgId, toOrgId }) => ({ at, type, fromOrgId, toOrgId })),
    createdAt: a.createdAt,
  }
}

export const applicantView = (a: AidApplication) => ({ ...common(a), facts: a.facts, role: 'applicant' as const })

/**
 * The officer's detail view: identity and income in full (the read is audited), and the lawyers of the receiving
 * org a grant may name (any deciding officer needs them, not only admins who may list officers).
 */
export async function officerView(ctx: ActionContext, a: AidApplication) {
  const person = JSON.parse(ctx.deps.crypto.decrypt(a.applicantEnc)) as { name: string; phone: string }
  const [, staff] = await Promise.all([
    audit(ctx, 'legal.aidRead', 'legal_aid', a.id),
    a.status === 'pending' || a.status === 'awaiting_material' ? ctx.deps.store.officers.listByOrg(a.assignedOrgId, undefined, 100) : null,
  ])
  const lawyers = (staff?.items ?? []).filter((o) => o.role === 'lawyer').map(({ openid, name }) => ({ openid, name }))
  // Evidence photos of the application and of each supply, as 5-minute links (a photo gone from storage is skipped).
  const [photos, ...supplied] = await Promise.all([photoLinks(ctx, a.attachments), ...a.materials.map((m) => photoLinks(ctx, m.attachments))])
  return {
    ...common(a), role: 'officer' as const, facts: a.facts, migrantWorker: a.migrantWorker, hardship: a.hardship,
    applicant: person, householdIncomePerPerson: Number(ctx.deps.crypto.decrypt(a.incomeEnc)),
    lawyerOpenid: a.decision?.lawyerOpenid ?? null,
    lawyers,
    photos,
    materials: common(a).materials.map((m, i) => ({ ...m, photos: supplied[i] ?? [] })),
  }
}

/** A queue row: masked, no facts, no income. */
export const queueRow = (a: AidApplication) => ({
  id: a.id, status: a.status, category: a.category, decideBy: a.decideBy, urgent: a.urgent, overdue: a.overdue,
  meansTest: a.meansTest, applicant: a.applicantMasked, claimAmount: a.claimAmount, createdAt: a.createdAt,
})
