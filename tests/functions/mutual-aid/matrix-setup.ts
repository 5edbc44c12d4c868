/**
 * State the authorization matrix (tests/functions/authz-matrix.test.ts) needs for the mutualAid rows: a plan whose
 * enrolment window holds the matrix's clock, o-worker-1 (the matrix's `worker`) covered through 苏溪镇第一片区工委
 * (`sx-a1`, the matrix's target org: 苏溪镇 approves), and claims of theirs at each stage. The enrolment is written
 * straight into the store: o-worker-1 must stay a non-member for the membership rows.
 */
import type { Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { holderKey } from '../../../cloudfunctions/membership/lib/keys'
import { png } from '../grievance/images'
import { claimBody, planBody } from './helpers'

const WORKER = { kind: 'user', openid: 'o-worker-1' } as const
const TOWN = { kind: 'user', openid: 'o-town-sx-1' } as const

export type MatrixClaimStage = 'submitted' | 'returned' | 'checked' | 'approved'

export function mutualAidMatrix(h: () => Harness, now: Date) {
  let plan: Promise<string> | null = null
  let attachments: Promise<{ slot: string; fileId: string }[]> | null = null
  const call = async (caller: typeof WORKER | typeof TOWN | { kind: 'user'; openid: string }, action: string, input: Record<string, unknown>) => {
    const out = await h().call('mutualAid', caller, { action, ...input }, now)
    if (!out.ok) throw new Error(`matrix setup: mutualAid.${action} failed ${out.error.code}`)
    return out.data
  }

  async function setUp(): Promise<string> {
    const { id } = await call({ kind: 'user', openid: 'o-city-admin' }, 'savePlan', { plan: planBody({ enrolTo: '2026-12-31' }) })
    const sxA1 = (await h().deps.store.directory.getOrg('sx-a1'))!
    await h().deps.store.mutualAid.addEnrolments([{
      id: `${id}:m-matrix-worker-1`, planId: id, memberId: 'm-matrix-worker-1', memberNo: 'YW0000000001',
      holderKey: holderKey(h().deps.crypto, 'o-worker-1'), orgId: sxA1.id, orgPath: sxA1.path, by: 'union', status: 'active',
      enrolledAt: '2026-01-05T10:00:00+08:00', feeDue: 60, paymentReference: 'MATRIX', paymentConfirmedAt: '2026-01-06T10:00:00+08:00',
      coverFrom: '2026-01-01', coverTo: '2026-12-31', capUsed: 0, criticalUsed: false, endedOn: null, version: 1,
    }])
    return id
  }

  const planId = () => (plan ??= setUp())

  /** o-worker-1's own three photos (uploaded once: the daily upload cap is per person). */
  const photos = () => (attachments ??= (async () => {
    const out = []
    for (const slot of ['invoice', 'settlement', 'discharge_summary'])
      out.push({ slot, fileId: (await call(WORKER, 'upload', { contentType: 'image/png', dataBase64: png().toString('base64') })).fileId as string })
    return out
  })())

  /** A fresh claim of o-worker-1, taken to `stage` by 苏溪镇's officer. */
  async function claim(stage: MatrixClaimStage = 'submitted'): Promise<string> {
    await planId()
    const { id } = await call(WORKER, 'claim', claimBody(await photos(), { requestId: uid('req') }))
    if (stage === 'returned') await call(TOWN, 'review', { id, decision: 'return', note: '请补拍发票。' })
    if (stage === 'checked' || stage === 'approved') await call(TOWN, 'review', { id, decision: 'documents_ok' })
    if (stage === 'approved') await call(TOWN, 'approve', { id })
    return id
  }

  return { planId, photos, claim, planBody, claimBody }
}
