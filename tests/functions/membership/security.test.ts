/**
 * The security review's findings on membership (H1 H2 H4 M1 M2 M3 L), each pinned by the exploit it found.
 */
import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { holderKey } from '../../../cloudfunctions/membership/lib/keys'
import { formatMemberNo } from '../../../cloudfunctions/_lib/domain/membership/member-no'
import { DAILY_APPLICATION_LIMIT, IDENTITY_CONFLICT_WARNING } from '../../../types/membership-labels'
import { TUE, apply, application, data, idNumber, member, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const LATER = new Date('2026-05-06T10:00:00+08:00')
const reject = (officer: string, id: string, now = TUE) =>
  h.as(officer)('membership', 'reject', { id, reason: 'INFO_MISMATCH', note: '经当面核实，身份信息不符。' }, now)
const orgInbox = async (orgId: string) => (await h.deps.store.inbox.list(`org:${orgId}`, undefined, 100)).items
const idOf = async (memberId: string) => h.deps.crypto.decrypt((await h.deps.store.memberships.getMember(memberId))!.idEnc)

describe('H1: the union a member leaves learns that they left, nothing more', () => {
  /** A member of 华鑫织造工会 (joined through their enterprise union). */
  async function enterpriseMember() {
    const openid = newWorker()
    const { id } = await apply(h, openid, { enterpriseId: 'e-hx' })
    const approved = data(h, await h.as('o-eu-hx-1')('membership', 'approve', { id }, TUE))
    return { openid, memberId: approved.memberId as string }
  }

  it('When a member transfers employer-blind, then the old union can neither read nor reveal it, and its notice names no destination', async () => {
    const m = await enterpriseMember()
    const t = data(h, await h.as(m.openid)('membership', 'transfer', { requestId: uid('req'), enterpriseId: 'e-hx', employerBlind: true }, LATER))
    expect(t).toMatchObject({ assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND' })
    expect((await h.as('o-eu-hx-1')('membership', 'get', { id: t.id })).error.code).toBe('NOT_FOUND')
    expect((await h.as('o-eu-hx-1')('membership', 'revealId', { applicationId: t.id, field: 'idNumber' })).error.code).toBe('NOT_FOUND')
    data(h, await h.as('o-town-sx-1')('membership', 'approve', { id: t.id }, LATER))
    expect((await h.as('o-eu-hx-1')('membership', 'get', { id: t.id })).error.code).toBe('NOT_FOUND')
    const told = (await orgInbox('eu-hx')).filter((i) => i.type === 'membership.transferredOut' && i.at === '2026-05-06T10:00:00+08:00')
    expect(told.length).toBeGreaterThan(0)
    for (const entry of told) {
      expect(entry.caseId).toBeNull()
      expect(`${entry.title}${entry.body}`).not.toMatch(/苏溪|华鑫|镇总工会/)
    }
  })

  it('When a member transfers openly, then the old union is told only that a member left', async () => {
    const m = await member(h)
    const t = data(h, await h.as(m.openid)('membership', 'transfer', { requestId: uid('req'), enterpriseName: '义乌某某工艺品厂', townId: 'ft' }, LATER))
    data(h, await h.as('o-town-ft-1')('membership', 'approve', { id: t.id }, LATER))
    expect((await h.as('o-town-sx-1')('membership', 'get', { id: t.id })).error.code).toBe('NOT_FOUND')
    const told = (await orgInbox('sx')).filter((i) => i.type === 'membership.transferredOut')
    expect(told.length).toBeGreaterThan(0)
    expect(told.every((i) => i.caseId === null && !/佛堂|工艺品/.test(i.body))).toBe(true)
  })
})

describe('H2: an ID number held by another account reveals nothing and blocks nobody', () => {
  it('When another account applies with a member’s ID number, then a normal summary; the application waits, flagged, at the town federation', async () => {
    const m = await member(h)
    const squatter = newWorker()
    const out = await apply(h, squatter, { idNumber: await idOf(m.memberId), enterpriseId: 'e-hx' })
    expect(out).toMatchObject({ status: 'pending', assignedOrgId: 'sx' })
    expect(Object.keys(out).sort()).toEqual(Object.keys(await apply(h, newWorker())).sort())
    expect((await h.deps.store.memberships.getApplication(out.id))!).toMatchObject({ identityConflict: true, assignedOrgId: 'sx' })
    // The enterprise union (perhaps the employer) never sees it; the town's officer is warned; the applicant is not.
    expect((await h.as('o-eu-hx-1')('membership', 'get', { id: out.id })).error.code).toBe('NOT_FOUND')
    expect(data(h, await h.as('o-town-sx-1')('membership', 'get', { id: out.id })).identityWarning).toBe(IDENTITY_CONFLICT_WARNING)
    expect(data(h, await h.as('o-town-sx-1')('membership', 'queue', { limit: 100 }, TUE)).items.find((i: any) => i.id === out.id).identityWarning).toBe(IDENTITY_CONFLICT_WARNING)
    const own = data(h, await h.as(squatter)('membership', 'get', { id: out.id }))
    expect(JSON.stringify(own)).not.toContain(IDENTITY_CONFLICT_WARNING)
    expect(own.identityWarning).toBeUndefined()
    // Approving it would give the person a second membership: refused; the officer verifies and rejects.
    expect((await h.as('o-town-sx-1')('membership', 'approve', { id: out.id }, TUE)).error.code).toBe('MEMBERSHIP.IDENTITY_CONFLICT')
    data(h, await reject('o-town-sx-1', out.id))
  })

  it('When the applicant chose employer-blind, then the reply is exactly the one anyone else gets', async () => {
    const m = await member(h)
    const flagged = await apply(h, newWorker(), { idNumber: await idOf(m.memberId), enterpriseId: 'e-hx', employerBlind: true })
    const normal = await apply(h, newWorker(), { enterpriseId: 'e-hx', employerBlind: true })
    expect({ ...flagged, id: 'x' }).toEqual({ ...normal, id: 'x' })
  })

  it('When another account squats a pending applicant’s ID number, then the real application goes on and is approved; the flagged one is refused', async () => {
    const id = idNumber()
    const real = newWorker()
    const first = await apply(h, real, { idNumber: id, enterpriseId: 'e-sx-007' })
    const squat = await apply(h, newWorker(), { idNumber: id, enterpriseId: 'e-sx-007' })
    expect(squat.id).not.toBe(first.id)
    expect((await h.as('o-town-sx-1')('membership', 'approve', { id: squat.id }, TUE)).error.code).toBe('MEMBERSHIP.IDENTITY_CONFLICT')
    expect(data(h, await h.as('o-town-sx-1')('membership', 'approve', { id: first.id }, TUE)).status).toBe('approved')
    expect((await h.as('o-town-sx-1')('membership', 'approve', { id: squat.id }, TUE)).error.code).toBe('MEMBERSHIP.IDENTITY_CONFLICT')
  })

  it('When a flagged application is pending, then it holds nothing: the real person applies normally after their own rejection', async () => {
    const id = idNumber()
    const real = newWorker()
    const first = await apply(h, real, { idNumber: id, enterpriseId: 'e-sx-007' })
    await apply(h, newWorker(), { idNumber: id, enterpriseId: 'e-sx-007' })
    data(h, await reject('o-town-sx-1', first.id))
    const again = await apply(h, real, { idNumber: id, enterpriseId: 'e-sx-007' })
    expect((await h.deps.store.memberships.getApplication(again.id))!).toMatchObject({ identityConflict: false, status: 'pending' })
  })

  it('When the existing membership ended meanwhile, then the verified flagged application may be approved', async () => {
    const m = await member(h)
    const newAccount = newWorker()
    const flagged = await apply(h, newAccount, { idNumber: await idOf(m.memberId), enterpriseId: 'e-sx-007' })
    data(h, await h.as(m.openid)('membership', 'leave', {}, TUE))
    expect(data(h, await h.as('o-town-sx-1')('membership', 'approve', { id: flagged.id }, TUE)).status).toBe('approved')
  })

  it('When it is the caller’s own record, then the specific answers stay', async () => {
    const m = await member(h)
    const again = await h.as(m.openid)('membership', 'apply', application({ idNumber: await idOf(m.memberId) }), TUE)
    expect(again.error.code).toBe('MEMBERSHIP.ALREADY_MEMBER')
  })

  it('When three accounts apply with one ID number at once, then all get a summary and exactly one is unflagged', async () => {
    const id = idNumber()
    const outs = await Promise.all([newWorker(), newWorker(), newWorker()].map((w) => h.as(w)('membership', 'apply', application({ idNumber: id }), TUE)))
    const stored = await Promise.all(outs.map(async (o) => (await h.deps.store.memberships.getApplication(data(h, o).id))!))
    expect(stored.filter((a) => !a.identityConflict)).toHaveLength(1)
  })
})

describe('H4: officers see an age, not the birth date the masked ID number hides', () => {
  it('When an officer reads an application, then gender and age only; the applicant sees their birth date', async () => {
    const worker = newWorker()
    const body = application({ idNumber: '330782199003070013', enterpriseId: 'e-sx-007' })
    const { id } = data(h, await h.as(worker)('membership', 'apply', body, TUE))
    const seen = data(h, await h.as('o-town-sx-1')('membership', 'get', { id }, TUE))
    expect(seen.applicant).toMatchObject({ age: 36, birthDate: null, gender: 'male' })
    expect(JSON.stringify(seen)).not.toMatch(/19900307|1990-03-07/)
    expect(data(h, await h.as(worker)('membership', 'get', { id }, TUE)).applicant).toMatchObject({ birthDate: '1990-03-07', age: 36 })
  })
})

describe('M1: one pending application per account, one membership per account, a daily cap', () => {
  it('When an account with a pending application applies with another ID number, then MEMBERSHIP.ALREADY_APPLIED', async () => {
    const worker = newWorker()
    await apply(h, worker, { enterpriseId: 'e-sx-007' })
    const out = await h.as(worker)('membership', 'apply', application({ enterpriseId: 'e-sx-007' }), TUE)
    expect(out.error.code).toBe('MEMBERSHIP.ALREADY_APPLIED')
  })

  it('When a member record for the account is attempted while its join is pending, then the store refuses it: the join reserves the one card', async () => {
    const worker = newWorker()
    const { id } = await apply(h, worker, { enterpriseId: 'e-sx-007' })
    const other = (await h.deps.store.memberships.getMember((await member(h)).memberId))!
    const held = { ...other, id: uid('mem'), idHash: uid('idh'), memberNo: formatMemberNo(await h.deps.store.memberships.nextMemberSeq()), holderKey: holderKey(h.deps.crypto, worker), version: 1 }
    expect(await h.deps.store.memberships.createMember(held)).toBe(false)
    const { memberNo } = data(h, await h.as('o-town-sx-1')('membership', 'approve', { id }, TUE))
    expect((await h.deps.store.memberships.getMemberByHolder(holderKey(h.deps.crypto, worker)))?.memberNo).toBe(memberNo)
  })

  it(`When an account files more than ${DAILY_APPLICATION_LIMIT} applications in a day, then RATE_LIMITED; the next day it may`, async () => {
    const worker = newWorker()
    for (let i = 0; i < DAILY_APPLICATION_LIMIT; i++) data(h, await reject('o-town-sx-1', (await apply(h, worker, { enterpriseId: 'e-sx-007' })).id))
    expect((await h.as(worker)('membership', 'apply', application({ enterpriseId: 'e-sx-007' }), TUE)).error.code).toBe('RATE_LIMITED')
    expect((await h.as(worker)('membership', 'transfer', { requestId: uid('req'), enterpriseId: 'e-hx' }, TUE)).error.code).toBe('RATE_LIMITED')
    await apply(h, worker, { enterpriseId: 'e-sx-007' }, new Date('2026-03-11T10:00:00+08:00'))
  })
})

describe('M2, M3: crash windows', () => {
  it('When leave crashes after its first write, then no pending transfer outlives the membership', async () => {
    const m = await member(h)
    const t = data(h, await h.as(m.openid)('membership', 'transfer', { requestId: uid('req'), enterpriseName: '义乌某某工艺品厂', townId: 'ft' }, LATER))
    const { memberships } = h.deps.store
    const [realApp, realMember] = [memberships.updateApplication.bind(memberships), memberships.updateMember.bind(memberships)]
    // Whichever write leave makes second fails.
    let writes = 0
    const crashOnSecond = <T extends unknown[]>(real: (...a: T) => Promise<boolean>) => async (...args: T) => {
      if (++writes === 2) throw new Error('crash between the writes')
      return real(...args)
    }
    memberships.updateApplication = crashOnSecond(realApp)
    memberships.updateMember = crashOnSecond(realMember)
    try {
      expect((await h.as(m.openid)('membership', 'leave', {}, LATER)).error.code).toBe('INTERNAL')
    } finally {
      memberships.updateApplication = realApp
      memberships.updateMember = realMember
      h.log.entries.length = 0
    }
    const left = (await memberships.getMember(m.memberId))!.status === 'left'
    const pending = (await memberships.getApplication(t.id))!.status === 'pending'
    expect({ left, pending }).not.toEqual({ left: true, pending: true })
    data(h, await h.as(m.openid)('membership', 'leave', {}, LATER))
    expect((await memberships.getApplication(t.id))!.status).toBe('rejected')
  })

  it('When a join’s approval fails, then it wrote nothing (member and decision are one write): another officer may still reject it', async () => {
    const { id } = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' })
    const { memberships } = h.deps.store
    const real = memberships.approveJoin.bind(memberships)
    memberships.approveJoin = async () => { throw new Error('lost connection') }
    try {
      expect((await h.as('o-town-sx-1')('membership', 'approve', { id }, TUE)).error.code).toBe('INTERNAL')
    } finally {
      memberships.approveJoin = real
      h.log.entries.length = 0
    }
    expect(await memberships.getMember(id)).toBeNull()
    expect((await memberships.getApplication(id))!.status).toBe('pending')
    data(h, await reject('o-town-sx-2', id))
    expect(await memberships.getMember(id)).toBeNull()
  })

  it('When a transfer approval crashed after moving the member, then a reject is refused', async () => {
    const m = await member(h)
    const t = data(h, await h.as(m.openid)('membership', 'transfer', { requestId: uid('req'), enterpriseName: '义乌某某工艺品厂', townId: 'ft' }, LATER))
    const { memberships } = h.deps.store
    const real = memberships.updateApplication.bind(memberships)
    memberships.updateApplication = async () => { throw new Error('crash between the writes') }
    try {
      expect((await h.as('o-town-ft-1')('membership', 'approve', { id: t.id }, LATER)).error.code).toBe('INTERNAL')
    } finally {
      memberships.updateApplication = real
      h.log.entries.length = 0
    }
    expect((await reject('o-town-ft-1', t.id, LATER)).error.code).toBe('CONFLICT')
  })
})

describe('L: apply and transfer keep separate request keys', () => {
  it('When a transfer reuses the requestId of the member’s apply, then it is a new transfer, not a replay of the apply', async () => {
    const openid = newWorker()
    const requestId = uid('req')
    const { id } = await apply(h, openid, { requestId, enterpriseId: 'e-sx-007' })
    data(h, await h.as('o-town-sx-1')('membership', 'approve', { id }, TUE))
    const t = data(h, await h.as(openid)('membership', 'transfer', { requestId, enterpriseName: '义乌某某工艺品厂', townId: 'ft' }, LATER))
    expect(t.id).not.toBe(id)
    expect(t).toMatchObject({ assignedOrgId: 'ft', status: 'pending' })
  })
})
