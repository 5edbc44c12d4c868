import { aidApplyInput } from '../../../types/legal'
import { LEGAL_ERRORS } from '../../../types/legal-labels'
import { decideBy, isUrgent, meansTest } from '../../_lib/domain/legal/aid'
import { maskName, maskPhone } from '../../_lib/domain/grievance/mask'
import { action } from '../../_lib/runtime/function'
import { withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { AidApplication } from '../../_lib/store/legal-port'
import { checkAttachments } from '../../grievance/lib/evidence'
import { openidOf } from '../lib/access'
import { aidRequestKey, applicantKey, applicantView } from '../lib/aid'
import { CONSENT_VERSION, aidAllowance, aidParameters } from '../lib/aid-support'
import { addInbox } from '../lib/notify'
import { orgInboxKey } from '../../grievance/lib/notify'
import { resolveLegalRoute } from '../lib/route'

/**
 * 工会法律援助申请: routed like consultations (town with lawyers, else the city; never an enterprise or joint union),
 * the means test computed and stored, decide-by the end of the 7th working day (the next working day when the
 * limitation deadline is fewer than 7 days away). Identity and income are stored encrypted. Same requestId → the
 * first application.
 */
export const aidApply = action({
  input: aidApplyInput,
  async handle(input, ctx) {
    const { store, crypto } = ctx.deps
    const openid = openidOf(ctx)
    const reqKey = aidRequestKey(crypto, openid, input.requestId)
    const first = async () => {
      const a = await store.legal.getAidByRequestKey(reqKey)
      return a && applicantView(a)
    }
    const badPhotos = await checkAttachments(ctx, input.attachments)
    if (badPhotos) return badPhotos
    // The income threshold is read only when the means test needs it (not for an exempt applicant).
    const exempt = meansTest(input, Number.POSITIVE_INFINITY) === 'exempt'
    const params = exempt ? null : await aidParameters(ctx)
    if (!exempt && !params) return fail('LEGAL.NO_PARAMETERS', LEGAL_ERRORS['LEGAL.NO_PARAMETERS'])
    const route = await resolveLegalRoute(store, input)
    if (isFailure(route)) return route

    const at = toIso(ctx.now)
    const urgent = isUrgent(input.limitationDeadline, ctx.now)
    const due = decideBy(ctx.now, urgent, await ctx.deps.calendar()).at
    const a: AidApplication = {
      id: ctx.deps.ids(), requestKey: reqKey, applicantKey: applicantKey(crypto, openid), category: input.category,
      enterpriseId: route.enterprise?.id ?? null, enterpriseName: route.enterprise?.name ?? input.enterpriseName ?? null, townId: route.townId,
      claimAmount: input.claimAmount, help: input.help, migrantWorker: input.migrantWorker, hardship: input.hardship,
      applicantEnc: crypto.encrypt(JSON.stringify(input.applicant)),
      applicantMasked: { name: maskName(input.applicant.name), phone: maskPhone(input.applicant.phone) },
      incomeEnc: crypto.encrypt(String(input.householdIncomePerPerson)),
      facts: input.facts, attachments: input.attachments, limitationDeadline: input.limitationDeadline ?? null, urgent,
      meansTest: exempt ? 'exempt' : meansTest(input, params!.aidIncomeThreshold),
      status: 'pending', assignedOrgId: route.to.id, assignedPath: route.to.path, routeReason: route.reason,
      decideBy: due, pausedWorkdaysLeft: null, withdrawBy: null, escalateAt: due, overdue: false,
      materials: [], decision: null, decidedAt: null, consents: { shareWithUnion: { version: CONSENT_VERSION, at } },
      history: [{ at, type: 'applied', fromOrgId: null, toOrgId: route.to.id, actor: null, note: route.reason }],
      createdAt: at, version: 1,
    }
    const created = await withQuota(ctx, aidAllowance(ctx), a.applicantKey, () => store.legal.createAid(a), (inserted) => inserted)
    if (isFailure(created)) return (await first()) ?? created
    if (!created) return (await first()) ?? fail('CONFLICT')
    await addInbox(ctx, { recipientKey: orgInboxKey(a.assignedOrgId), type: 'legal.aid_received', caseId: a.id,
      title: urgent ? '收到紧急法律援助申请' : '收到法律援助申请', body: '请在期限内作出是否援助的决定' })
    return applicantView(a)
  },
})
