import { openHarness, type Harness } from '../../support/harness'
import { holderKey } from '../../../cloudfunctions/membership/lib/keys'
import { uid } from '../../support/factories'
import { TUE, apply, data, member, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const LATER = new Date('2026-05-06T10:00:00+08:00')
const mine = async (openid: string) => data(h, await h.as(openid)('membership', 'mine', {}))
const toFt = (over: Record<string, unknown> = {}) => ({ requestId: uid('req'), enterpriseName: '义乌某某工艺品厂', townId: 'ft', ...over })
const orgInbox = async (orgId: string, id: string) => (await h.deps.store.inbox.list(`org:${orgId}`, undefined, 100)).items.filter((i) => i.caseId === id)

describe('会籍转接', () => {
  it('When a member moves to an employer in another town, then the new union approves, the member moves with the same number and the old union is told only that a member left', async () => {
    const m = await member(h)
    const t = data(h, await h.as(m.openid)('membership', 'transfer', toFt(), LATER))
    expect(t).toMatchObject({ status: 'pending', assignedOrgId: 'ft', routeReason: 'TOWN' })
    const stored = (await h.deps.store.memberships.getApplication(t.id))!
    const original = (await h.deps.store.memberships.getMember(m.memberId))!
    expect(stored).toMatchObject({ kind: 'transfer', memberId: m.memberId, fromOrgId: 'sx', idHash: original.idHash, idEnc: original.idEnc })
    // The ID-number consent is the one the join recorded (version and time), carried over; sharing is asked anew.
    const joined = (await h.deps.store.memberships.getApplication(original.applicationId))!
    expect(stored.consents.idNumber).toEqual(joined.consents.idNumber)
    expect(stored.consents.shareWithUnion.at).toBe('2026-05-06T10:00:00+08:00')
    expect((await orgInbox('sx', t.id))).toEqual([]) // informed only once it is done, never asked

    const view = data(h, await h.as('o-town-ft-1')('membership', 'get', { id: t.id }))
    expect(view).toMatchObject({ kind: 'transfer', fromOrgId: 'sx', fromOrgName: '苏溪镇总工会', applicant: { name: '张小红' } })
    expect(data(h, await h.as('o-town-ft-1')('membership', 'approve', { id: t.id }, LATER)).memberNo).toBe(m.memberNo)

    const after = await mine(m.openid)
    expect(after.member).toMatchObject({ id: m.memberId, memberNo: m.memberNo, orgId: 'ft', orgName: '佛堂镇总工会', status: 'active', since: '2026-03-10' })
    expect(after.member.history.map((e: any) => e.type)).toEqual(['approved', 'transferred_out', 'transferred_in'])
    expect(after.member.history[1]).toMatchObject({ fromOrgId: 'sx', toOrgId: 'ft' })
    // The old union's notice names neither the application nor where the member went; it cannot read the transfer.
    const told = (await h.deps.store.inbox.list('org:sx', undefined, 100)).items.filter((i) => i.type === 'membership.transferredOut' && i.at === '2026-05-06T10:00:00+08:00')
    expect(told).toContainEqual(expect.objectContaining({ caseId: null, title: '有会员转出', body: expect.not.stringContaining('佛堂') }))
    expect((await h.as('o-town-sx-1')('membership', 'get', { id: t.id })).error.code).toBe('NOT_FOUND')
    const sxRoster = data(h, await h.as('o-town-sx-1')('membership', 'members', { limit: 100 }))
    expect(sxRoster.items.map((i: any) => i.id)).not.toContain(m.memberId)
    const ftRoster = data(h, await h.as('o-town-ft-1')('membership', 'members', { limit: 100 }))
    expect(ftRoster.items.find((i: any) => i.id === m.memberId)).toMatchObject({ name: '张**', memberNo: m.memberNo })
  })

  it('When the new workplace is covered by the current union, then MEMBERSHIP.SAME_UNION and nothing is filed', async () => {
    const m = await member(h)
    const out = await h.as(m.openid)('membership', 'transfer', { requestId: uid('req'), enterpriseId: 'e-sx-007' }, LATER)
    expect(out.error.code).toBe('MEMBERSHIP.SAME_UNION')
    expect((await mine(m.openid)).applications).toHaveLength(1)
  })

  it('When the transfer is resubmitted with the same requestId, then the first result; a second transfer while one is pending is refused', async () => {
    const m = await member(h)
    const body = toFt()
    const first = data(h, await h.as(m.openid)('membership', 'transfer', body, LATER))
    expect(data(h, await h.as(m.openid)('membership', 'transfer', body, LATER))).toEqual(first)
    expect((await h.as(m.openid)('membership', 'transfer', toFt(), LATER)).error.code).toBe('MEMBERSHIP.ALREADY_APPLIED')
  })

  it('When a non-member or a suspended member asks to transfer, then MEMBERSHIP.NOT_MEMBER / NOT_ACTIVE', async () => {
    expect((await h.as(newWorker())('membership', 'transfer', toFt(), LATER)).error.code).toBe('MEMBERSHIP.NOT_MEMBER')
    const m = await member(h)
    data(h, await h.as('o-town-sx-1')('membership', 'suspend', { memberId: m.memberId, reason: '长期未交会费' }, LATER))
    expect((await h.as(m.openid)('membership', 'transfer', toFt(), LATER)).error.code).toBe('MEMBERSHIP.NOT_ACTIVE')
  })
})

describe('status: suspend, reinstate, leave', () => {
  it('When an officer suspends and then reinstates, then `mine` shows each state with the reason; others cannot', async () => {
    const m = await member(h)
    expect((await h.as('o-town-ft-1')('membership', 'suspend', { memberId: m.memberId, reason: '核实中' })).error.code).toBe('NOT_FOUND')
    expect((await h.as(m.openid)('membership', 'suspend', { memberId: m.memberId, reason: '核实中' })).error.code).toBe('FORBIDDEN')
    data(h, await h.as('o-town-sx-1')('membership', 'suspend', { memberId: m.memberId, reason: '会员信息待核实' }, LATER))
    expect((await mine(m.openid)).member).toMatchObject({ status: 'suspended', statusReason: '会员信息待核实' })
    expect((await h.as('o-town-sx-1')('membership', 'suspend', { memberId: m.memberId, reason: '再次' })).error.code).toBe('MEMBERSHIP.NOT_ACTIVE')
    data(h, await h.as('o-city-admin')('membership', 'reinstate', { memberId: m.memberId }, LATER))
    expect((await mine(m.openid)).member).toMatchObject({ status: 'active', statusReason: null })
    expect((await h.as('o-town-sx-1')('membership', 'reinstate', { memberId: m.memberId })).error.code).toBe('MEMBERSHIP.NOT_SUSPENDED')
    const types = (await h.deps.store.inbox.list(holderKey(h.deps.crypto, m.openid), undefined, 10)).items.map((i) => i.type)
    expect(types.slice(0, 2)).toEqual(['membership.reinstated', 'membership.suspended'])
  })

  it('When a member leaves, then `mine` shows it, the union is told, a pending transfer is withdrawn, and the person may join again later', async () => {
    const m = await member(h)
    const t = data(h, await h.as(m.openid)('membership', 'transfer', toFt(), LATER))
    data(h, await h.as(m.openid)('membership', 'leave', { reason: '回老家了' }, LATER))
    const after = await mine(m.openid)
    expect(after.member).toMatchObject({ id: m.memberId, status: 'left', statusReason: '回老家了' })
    expect(after.applications.find((a: any) => a.id === t.id)).toMatchObject({ status: 'rejected', rejectReason: 'OTHER' })
    expect((await h.deps.store.inbox.list('org:sx', undefined, 100)).items.some((i) => i.type === 'membership.left')).toBe(true)
    expect((await h.as(m.openid)('membership', 'leave', {}, LATER)).error.code).toBe('MEMBERSHIP.NOT_MEMBER')
    expect((await h.as('o-town-ft-1')('membership', 'approve', { id: t.id }, LATER)).error.code).toBe('MEMBERSHIP.NOT_PENDING')

    const idNumber = h.deps.crypto.decrypt((await h.deps.store.memberships.getMember(m.memberId))!.idEnc)
    const again = await apply(h, m.openid, { idNumber, enterpriseId: 'e-sx-007' }, LATER)
    const back = data(h, await h.as('o-town-sx-1')('membership', 'approve', { id: again.id }, LATER))
    expect(back.memberNo).not.toBe(m.memberNo)
    expect((await mine(m.openid)).member).toMatchObject({ id: again.id, status: 'active' })
  })

  it('When someone who is not a member leaves, then MEMBERSHIP.NOT_MEMBER', async () => {
    const worker = newWorker()
    await apply(h, worker, {}, TUE)
    expect((await h.as(worker)('membership', 'leave', {})).error.code).toBe('MEMBERSHIP.NOT_MEMBER')
    expect((await mine(worker)).member).toBeNull()
  })
})

describe('the roster', () => {
  it('When an officer lists members, then only their scope, by member number, names masked', async () => {
    const a = await member(h)
    const b = await member(h)
    const page = data(h, await h.as('o-town-sx-1')('membership', 'members', { limit: 100 }))
    const rows = page.items.filter((i: any) => [a.memberId, b.memberId].includes(i.id))
    expect(rows.map((r: any) => r.memberNo)).toEqual([a.memberNo, b.memberNo].sort())
    expect(rows[0]).toMatchObject({ name: '张**', orgName: '苏溪镇总工会' })
    expect((await h.as('o-town-ft-1')('membership', 'members', { orgId: 'sx' })).error.code).toBe('FORBIDDEN')
    expect((await h.as(a.openid)('membership', 'revealId', { memberId: b.memberId, field: 'phone' })).error.code).toBe('FORBIDDEN')
    expect(data(h, await h.as('o-town-sx-1')('membership', 'revealId', { memberId: b.memberId, field: 'phone' })).value).toMatch(/^139\d{8}$/)
  })
})
