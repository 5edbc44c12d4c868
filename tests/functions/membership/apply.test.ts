import { openHarness, anon, type Harness } from '../../support/harness'
import { holderKey } from '../../../cloudfunctions/membership/lib/keys'
import { CONSENT_VERSIONS } from '../../../types/membership-labels'
import { REVIEW_BY, TUE, apply, application, data, idNumber, newWorker, phone } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

describe('applying', () => {
  it('When a worker applies at an enterprise with its own union, then it goes there with a 15-working-day review-by', async () => {
    const out = await apply(h, newWorker())
    expect(out).toEqual({
      id: expect.any(String), status: 'pending', assignedOrgId: 'eu-hx', assignedOrgName: '华鑫织造工会', routeReason: 'ENTERPRISE_UNION',
      routeExplanation: expect.stringContaining('单位工会'), reviewBy: REVIEW_BY, reviewByLabel: '3月31日 24:00', reviewByEstimated: false,
    })
  })

  it.each([
    ['TRIAGE_CITY', { enterpriseId: undefined, enterpriseName: '义乌某某小吃店' }, 'yw'],
    ['EMPLOYER_BLIND', { employerBlind: true }, 'sx'],
    ['NEW_EMPLOYMENT', { enterpriseId: undefined, noFixedEmployer: true, occupation: '快递员', residenceTownId: 'ft' }, 'ft'],
    ['ENTERPRISE_UNION', {}, 'eu-hx'],
    ['JOINT_UNION', { enterpriseId: 'e-sx-003' }, 'ju-sx2'],
    ['TOWN', { enterpriseId: 'e-sx-007' }, 'sx'],
    ['TOWN', { enterpriseId: undefined, enterpriseName: '义乌某某五金店', townId: 'cc' }, 'cc'],
  ])('When the policy says %s, then the application reaches that union end to end', async (reason, over, orgId) => {
    const out = await apply(h, newWorker(), over)
    expect(out).toMatchObject({ routeReason: reason, assignedOrgId: orgId })
    expect((await h.deps.store.memberships.getApplication(out.id))!).toMatchObject({ assignedOrgId: orgId, routeReason: reason, status: 'pending' })
  })

  it('When the worker joins without alerting the employer, then the enterprise union never sees the application', async () => {
    const out = await apply(h, newWorker(), { employerBlind: true })
    expect(out.assignedOrgId).toBe('sx')
    expect((await h.as('o-eu-hx-1')('membership', 'get', { id: out.id })).error.code).toBe('NOT_FOUND')
    const queue = data(h, await h.as('o-eu-hx-1')('membership', 'queue', {}))
    expect(queue.items.map((i: any) => i.id)).not.toContain(out.id)
    expect(data(h, await h.as('o-town-sx-1')('membership', 'get', { id: out.id })).workplace).toMatchObject({ employerBlind: true, enterpriseName: '义乌华鑫织造有限公司' })
  })

  it('When applying, then only encrypted, hashed and masked personal data is stored, with both consents and their versions', async () => {
    const id = idNumber({ x: true })
    const out = await apply(h, newWorker(), { idNumber: id.toLowerCase(), phone: '+86 139-0000-1234', name: '欧阳小明' })
    const a = (await h.deps.store.memberships.getApplication(out.id))!
    expect(a).toMatchObject({ idMasked: `${id.slice(0, 4)}**********${id.slice(14)}`, phoneMasked: '139****1234', nameMasked: '欧阳**' })
    expect(h.deps.crypto.decrypt(a.idEnc)).toBe(id) // normalised: upper-case X
    expect(a.consents).toEqual({
      idNumber: { version: CONSENT_VERSIONS.idNumber, at: '2026-03-10T10:00:00+08:00' },
      shareWithUnion: { version: CONSENT_VERSIONS.shareWithUnion, at: '2026-03-10T10:00:00+08:00' },
    })
    expect(JSON.stringify(a)).not.toMatch(new RegExp(`${id}|${id.toLowerCase()}|13900001234|欧阳小明`))
  })

  it('When the same requestId is sent again, then the first result comes back and nothing new is created', async () => {
    const worker = newWorker()
    const body = application()
    const first = data(h, await h.as(worker)('membership', 'apply', body, TUE))
    const again = data(h, await h.as(worker)('membership', 'apply', body, new Date('2026-03-11T09:00:00+08:00')))
    expect(again).toEqual(first)
    expect(data(h, await h.as(worker)('membership', 'mine', {})).applications).toHaveLength(1)
  })

  it('When two applies of the same request race, then one application exists and both get it', async () => {
    const worker = newWorker()
    const body = application()
    const [a, b] = await Promise.all([h.as(worker)('membership', 'apply', body, TUE), h.as(worker)('membership', 'apply', body, TUE)])
    expect(data(h, a).id).toBe(data(h, b).id)
    expect(data(h, await h.as(worker)('membership', 'mine', {})).applications).toHaveLength(1)
  })

  it('When a worker applies, then the worker and the receiving union get inbox entries without the name or numbers', async () => {
    const worker = newWorker()
    const body = application({ name: '李四海' })
    const out = data(h, await h.as(worker)('membership', 'apply', body, TUE))
    const mine = (await h.deps.store.inbox.list(holderKey(h.deps.crypto, worker), undefined, 10)).items
    const org = (await h.deps.store.inbox.list('org:eu-hx', undefined, 100)).items.filter((i) => i.caseId === out.id)
    expect(mine).toEqual([expect.objectContaining({ type: 'membership.submitted', caseId: out.id, title: '入会申请已提交' })])
    expect(org).toEqual([expect.objectContaining({ type: 'membership.received', title: '收到新的入会申请' })])
    expect(JSON.stringify([mine, org])).not.toMatch(new RegExp(`李四海|${body.idNumber}|${body.phone}`))
    const audit = (await h.deps.store.audit.listByRecord('application', out.id, undefined, 10)).items
    expect(audit).toEqual([expect.objectContaining({ action: 'membership.apply', detail: { orgId: 'eu-hx', reason: 'ENTERPRISE_UNION' } })])
  })
})

describe('bad input: a Chinese message on the field, nothing written', () => {
  const nothingWritten = async (worker: string) => expect(data(h, await h.as(worker)('membership', 'mine', {})).applications).toEqual([])

  it.each([
    ['a wrong check digit', { idNumber: '330782199003070011' }, 'idNumber', '校验位'],
    ['an impossible birth date', { idNumber: '330782199002300010' }, 'idNumber', '出生日期'],
    ['a malformed phone', { phone: '1381234567' }, 'phone', '手机号'],
    ['a missing consent', { consents: { idNumber: true } }, 'consents.shareWithUnion', '同意'],
  ])('When the form has %s, then VALIDATION', async (_what, over, field, message) => {
    const worker = newWorker()
    const out = await h.as(worker)('membership', 'apply', application(over), TUE)
    expect(out.error.code).toBe('VALIDATION')
    expect(out.error.fields[field]).toContain(message)
    await nothingWritten(worker)
  })

  it.each([
    ['MEMBERSHIP.UNKNOWN_ENTERPRISE', { enterpriseId: 'e-nope' }, 'enterpriseId'],
    ['MEMBERSHIP.UNKNOWN_TOWN', { enterpriseId: undefined, enterpriseName: '某店', townId: 'atlantis' }, 'townId'],
    ['MEMBERSHIP.UNKNOWN_TOWN', { enterpriseId: undefined, noFixedEmployer: true, occupation: '其他', residenceTownId: 'sx-a1' }, 'residenceTownId'],
  ])('When the directory does not know it, then %s on the field', async (code, over, field) => {
    const worker = newWorker()
    const out = await h.as(worker)('membership', 'apply', application(over), TUE)
    expect(out.error).toMatchObject({ code, fields: { [field]: expect.stringContaining('没有找到') } })
    await nothingWritten(worker)
  })

  it('When nobody is signed in, then UNAUTHENTICATED', async () => {
    expect((await h.call('membership', anon, { action: 'apply', ...application() })).error.code).toBe('UNAUTHENTICATED')
  })
})

describe('one membership per person', () => {
  it('When the same ID number applies again from the account whose application is pending, then MEMBERSHIP.ALREADY_APPLIED on the field', async () => {
    const id = idNumber()
    const worker = newWorker()
    await apply(h, worker, { idNumber: id })
    const out = await h.as(worker)('membership', 'apply', application({ idNumber: id.toLowerCase() }), TUE)
    expect(out.error).toMatchObject({ code: 'MEMBERSHIP.ALREADY_APPLIED', fields: { idNumber: expect.stringContaining('正在审核') } })
    // From another account it is filed, flagged, with nothing said (security.test.ts).
    expect((await h.as(newWorker())('membership', 'apply', application({ idNumber: id }), TUE)).ok).toBe(true)
  })

  it('When the account holds a membership, then MEMBERSHIP.ALREADY_MEMBER points to 会籍转接', async () => {
    const id = idNumber()
    const worker = newWorker()
    const app = await apply(h, worker, { idNumber: id, enterpriseId: 'e-sx-007' })
    data(h, await h.as('o-town-sx-1')('membership', 'approve', { id: app.id }, TUE))
    for (const body of [{ idNumber: id }, { idNumber: idNumber() }]) {
      const out = await h.as(worker)('membership', 'apply', application(body), TUE)
      expect(out.error).toMatchObject({ code: 'MEMBERSHIP.ALREADY_MEMBER', message: expect.stringContaining('会籍转接') })
    }
  })

  it('When an application was rejected, then the person may apply again', async () => {
    const worker = newWorker()
    const id = idNumber()
    const first = await apply(h, worker, { idNumber: id, enterpriseId: 'e-sx-007' })
    data(h, await h.as('o-town-sx-1')('membership', 'reject', { id: first.id, reason: 'INFO_MISMATCH', note: '单位名称与实际不符，请核对后重新申请。' }, TUE))
    const second = await apply(h, worker, { idNumber: id, enterpriseId: 'e-sx-007', phone: phone() })
    expect(second).toMatchObject({ status: 'pending', assignedOrgId: 'sx' })
    expect(second.id).not.toBe(first.id)
  })

  it('When two accounts apply with the same ID number at once, then exactly one application holds the number', async () => {
    const id = idNumber()
    const outs = await Promise.all([newWorker(), newWorker(), newWorker()].map((w) => h.as(w)('membership', 'apply', application({ idNumber: id }), TUE)))
    const stored = await Promise.all(outs.map(async (o) => (await h.deps.store.memberships.getApplication(data(h, o).id))!))
    expect(stored.map((a) => a.identityConflict).sort()).toEqual([false, true, true])
  })
})
