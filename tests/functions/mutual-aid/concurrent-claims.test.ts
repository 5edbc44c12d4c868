/**
 * 16 claims by ONE member at once (issue 12; distinct invoices and requests, together within the annual cap): all
 * land, none ends in CONFLICT. Every claim moves the same enrolment's cap totals (one version-guarded document), so
 * 15 of the first round lose that race; each re-reads the enrolment and computes again (claim.ts). On SQLite through
 * the function harness, and on CloudBase — the real functions on the CloudBase adapter, the real node-sdk, the local
 * fake — through the round-trip harness, whose sweep then settles every filing's record.
 */
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { openRoundTripHarness, NOW, type RoundTripHarness } from '../../../bench/lib/roundtrips/harness'
import { claimPhotos, enrolledMember } from '../../../bench/lib/roundtrips/mutual-aid'
import { uid } from '../../support/factories'
import { openHarness, type Harness } from '../../support/harness'
import { claimBody, coveredMember, data, ma, newPlan, photos } from './helpers'

jest.setTimeout(60_000)

const CLAIMS = 16
/** Self-paid 1,500 in policy: (1,500 − 500) × 0.5 = 500 each, 8,000 in all, well within the 30,000 cap. */
const bodies = (attachments: unknown[]) => Array.from({ length: CLAIMS }, () => claimBody(attachments, { selfPaidInPolicy: 1500 }))

describe('on SQLite, through the function harness', () => {
  let h: Harness
  beforeAll(async () => (h = await openHarness()))
  afterAll(() => h.close())

  it('When one member files 16 claims at once, then all 16 are filed and 8,000 of the cap is used', async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const att = await photos(h, m.openid)
    const out = await Promise.all(bodies(att).map((b) => ma(h, m.openid)('claim', b)))
    expect(out.filter((o) => !o.ok).map((o) => o.error.code)).toEqual([])
    expect(new Set(out.map((o) => o.data.id)).size).toBe(CLAIMS)
    expect(out.every((o) => o.data.payable === 500)).toBe(true)
    expect(data(h, await ma(h, m.openid)('mine')).items).toHaveLength(CLAIMS)
    expect(data(h, await ma(h, m.openid)('myCover')).annualCapLeft).toBe(30000 - 8000)
  })
})

describe('on CloudBase (the real functions and node-sdk against the local fake)', () => {
  let h: RoundTripHarness
  beforeAll(async () => (h = await openRoundTripHarness()))
  afterAll(() => h.close())

  it('When one member files 16 claims at once, then all 16 are filed, the cap totals are exact, and the sweep settles every filing', async () => {
    const m = await enrolledMember(h)
    const att = await claimPhotos(h, m.worker)
    const out = await Promise.all(bodies(att).map((b) => h.invoke('mutualAid', m.worker, 'claim', { ...b, requestId: uid('req') })))
    expect(out.filter((o) => !o.ok).map((o) => o.error.code)).toEqual([])
    expect(new Set(out.map((o) => o.data.id)).size).toBe(CLAIMS)
    const store = h.deps('mutualAid').store.mutualAid
    const [e] = await store.listEnrolmentsByHolder((await store.getClaim(out[0].data.id))!.holderKey, 10)
    expect(e).toMatchObject({ capUsed: 8000, criticalUsed: false })
    expect((await h.call('mutualAid', m.worker, 'mine', { limit: 50 })).items).toHaveLength(CLAIMS)

    // Each filing recorded itself on the enrolment; an hour later the sweep finds every claim landed and gives nothing back.
    const raw = async () => ((await h.fake.app.database().collection('mutual_aid_enrolments').doc(e.id).get()).data as Array<Record<string, unknown>>)[0]
    expect(((await raw()).filings as unknown[]).length).toBe(CLAIMS)
    const swept: any = await FUNCTIONS.escalate.invoke({ action: 'sweep' }, { kind: 'system' }, h.deps('escalate'), new Date(NOW.getTime() + 3_600_000))
    expect(swept.data.mutualAid.filings).toEqual({ settled: CLAIMS, released: 0 })
    expect(await raw()).toMatchObject({ capUsed: 8000, filings: [] })
  })
})
