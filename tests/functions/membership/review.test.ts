import { openHarness, timer, type Harness } from '../../support/harness'
import { holderKey } from '../../../cloudfunctions/membership/lib/keys'
import { isValidMemberNo } from '../../../cloudfunctions/_lib/domain/membership/member-no'
import { REVIEW_BY, TUE, apply, application, data, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const officer = (openid: string) => h.as(openid)
const auditOf = async (type: string, id: string) => (await h.deps.store.audit.listByRecord(type, id, undefined, 100)).items

describe('reading an application', () => {
  it('When the applicant or an officer in scope reads it, then they see it with the ID number and phone masked (the birth date: the applicant only); others NOT_FOUND', async () => {
    const worker = newWorker()
    const body = application({ name: '王五', enterpriseId: 'e-sx-007' })
    const { id } = data(h, await h.as(worker)('membership', 'apply', body, TUE))
    const mine = data(h, await h.as(worker)('membership', 'get', { id }))
    expect(mine).toMatchObject({ id, status: 'pending', assignedOrgName: '苏溪镇总工会', reviewByLabel: '3月31日 24:00', memberNo: null })
    expect(mine.applicant).toEqual({
      name: '王五', idMasked: `${body.idNumber.slice(0, 4)}**********${body.idNumber.slice(14)}`, phoneMasked: `${body.phone.slice(0, 3)}****${body.phone.slice(7)}`,
      gender: expect.stringMatching(/^(male|female)$/), age: expect.any(Number),
      birthDate: `${body.idNumber.slice(6, 10)}-${body.idNumber.slice(10, 12)}-${body.idNumber.slice(12, 14)}`,
    })
    for (const who of ['o-town-sx-1', 'o-city-admin']) {
      const seen = data(h, await officer(who)('membership', 'get', { id }))
      expect(seen.applicant).toMatchObject({ name: '王五', birthDate: null, age: mine.applicant.age })
      expect(JSON.stringify(seen)).not.toMatch(new RegExp(`${body.idNumber}|${body.phone}|${body.idNumber.slice(6, 14)}|${mine.applicant.birthDate}`))
    }
    for (const who of ['o-town-ft-1', 'o-eu-hx-1', 'o-lawyer-1', newWorker()]) expect((await officer(who)('membership', 'get', { id })).error.code).toBe('NOT_FOUND')
    expect((await auditOf('application', id)).filter((e) => e.action === 'membership.view').map((e) => e.actor)).toEqual(['o-town-sx-1', 'o-city-admin'])
  })

  it('When an officer reveals the ID number, then they get it in full and the audit names the field only', async () => {
    const body = application({ enterpriseId: 'e-sx-007' })
    const { id } = await apply(h, newWorker(), body)
    expect(data(h, await officer('o-town-sx-1')('membership', 'revealId', { applicationId: id, field: 'idNumber' }))).toEqual({ field: 'idNumber', value: body.idNumber })
    expect(data(h, await officer('o-town-sx-1')('membership', 'revealId', { applicationId: id, field: 'phone' }))).toEqual({ field: 'phone', value: body.phone })
    const reveals = (await auditOf('application', id)).filter((e) => e.action === 'membership.revealId')
    expect(reveals.map((e) => e.detail)).toEqual([{ field: 'idNumber' }, { field: 'phone' }])
    expect(JSON.stringify(await auditOf('application', id))).not.toMatch(new RegExp(`${body.idNumber}|${body.phone}|张小红`))
    expect((await officer('o-town-ft-1')('membership', 'revealId', { applicationId: id, field: 'idNumber' })).error.code).toBe('NOT_FOUND')
    expect((await officer('o-town-sx-1')('membership', 'revealId', { field: 'idNumber' })).error.code).toBe('VALIDATION')
  })
})

describe('the queue and decisions', () => {
  it('When a town officer opens the queue, then pending applications come nearest review-by first, masked, with no one else’s', async () => {
    const a = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' }, TUE)
    const b = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' }, new Date('2026-03-09T10:00:00+08:00'))
    const ft = await apply(h, newWorker(), { enterpriseId: undefined, enterpriseName: '某店', townId: 'ft' })
    const page = data(h, await officer('o-town-sx-1')('membership', 'queue', { status: 'pending', limit: 100 }, TUE))
    const ids = page.items.map((i: any) => i.id)
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id))
    expect(ids).not.toContain(ft.id)
    expect(page.items.find((i: any) => i.id === a.id)).toMatchObject({ nameMasked: '张**', late: false, reviewBy: REVIEW_BY, kind: 'join' })
    expect((await officer('o-town-ft-1')('membership', 'queue', { orgId: 'sx' })).error.code).toBe('FORBIDDEN')
    expect((await officer(newWorker())('membership', 'queue', {})).error.code).toBe('FORBIDDEN')
  })

  it('When a town officer approves, then a valid member number is issued, the worker is told, and a second approve is NOT_PENDING', async () => {
    const worker = newWorker()
    const { id } = await apply(h, worker, { enterpriseId: 'e-sx-007' })
    const out = data(h, await officer('o-town-sx-1')('membership', 'approve', { id }, TUE))
    expect(isValidMemberNo(out.memberNo)).toBe(true)
    expect(out).toMatchObject({ id, status: 'approved', memberId: id })
    const mine = data(h, await h.as(worker)('membership', 'mine', {}))
    expect(mine.member).toMatchObject({ memberNo: out.memberNo, name: '张小红', orgId: 'sx', orgName: '苏溪镇总工会', status: 'active', since: '2026-03-10' })
    expect(mine.applications[0]).toMatchObject({ id, status: 'approved', memberNo: out.memberNo })
    const inbox = (await h.deps.store.inbox.list(holderKey(h.deps.crypto, worker), undefined, 10)).items
    expect(inbox.map((i) => i.type)).toEqual(['membership.approved', 'membership.submitted'])
    expect((await officer('o-town-sx-1')('membership', 'approve', { id }, TUE)).error.code).toBe('MEMBERSHIP.NOT_PENDING')
  })

  it('When two officers approve at once, then exactly one succeeds, the other CONFLICT, and one member exists', async () => {
    const { id } = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' })
    const [a, b] = await Promise.all([
      officer('o-town-sx-1')('membership', 'approve', { id }, TUE),
      officer('o-town-sx-2')('membership', 'approve', { id }, TUE),
    ])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok).error.code).toBe('CONFLICT')
    const winner = [a, b].find((r) => r.ok).data
    expect((await h.deps.store.memberships.getMember(id))!.memberNo).toBe(winner.memberNo)
    expect((await h.deps.store.memberships.getApplication(id))!).toMatchObject({ status: 'approved', version: 2 })
  })

  it('When a join’s approval fails, then it wrote nothing; approving again makes the member', async () => {
    const { id } = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' })
    const { memberships } = h.deps.store
    const real = memberships.approveJoin.bind(memberships)
    memberships.approveJoin = async () => { throw new Error('lost connection') }
    try {
      expect((await officer('o-town-sx-1')('membership', 'approve', { id }, TUE)).error.code).toBe('INTERNAL')
    } finally {
      memberships.approveJoin = real
    }
    h.log.entries.length = 0
    expect(await memberships.getMember(id)).toBeNull()
    const { memberNo } = data(h, await officer('o-town-sx-1')('membership', 'approve', { id }, TUE))
    expect((await memberships.getMember(id))!.memberNo).toBe(memberNo)
  })

  it('When an officer rejects with a reason, then the worker sees the label and the note, and the application is closed', async () => {
    const worker = newWorker()
    const { id } = await apply(h, worker, { enterpriseId: 'e-sx-007' })
    const note = '您填写的单位不在本镇，请选择实际工作的单位重新申请。'
    expect((await officer('o-town-sx-1')('membership', 'reject', { id, reason: 'WRONG_UNION' })).error).toMatchObject({ code: 'VALIDATION', fields: { note: expect.any(String) } })
    expect((await officer('o-eu-hx-1')('membership', 'reject', { id, reason: 'WRONG_UNION', note })).error.code).toBe('NOT_FOUND')
    data(h, await officer('o-town-sx-1')('membership', 'reject', { id, reason: 'WRONG_UNION', note }, TUE))
    const seen = data(h, await h.as(worker)('membership', 'get', { id }))
    expect(seen).toMatchObject({ status: 'rejected', rejectReason: 'WRONG_UNION', rejectReasonLabel: '不属于本工会受理范围', rejectNote: note })
    expect((await officer('o-town-sx-1')('membership', 'approve', { id })).error.code).toBe('MEMBERSHIP.NOT_PENDING')
    expect((await officer('o-town-sx-1')('membership', 'reject', { id, reason: 'OTHER', note })).error.code).toBe('MEMBERSHIP.NOT_PENDING')
  })

  it('When an officer above the reviewer decides, then it may (its scope includes the reviewer); a child org may only not', async () => {
    const { id } = await apply(h, newWorker()) // at eu-hx, below sx-a1 and sx
    expect((await officer('o-sx-a1-1')('membership', 'get', { id })).ok).toBe(true)
    const { id: atTown } = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' })
    expect((await officer('o-sx-a1-1')('membership', 'approve', { id: atTown })).error.code).toBe('NOT_FOUND')
    expect(data(h, await officer('o-town-sx-1')('membership', 'approve', { id }, TUE)).status).toBe('approved')
  })
})

describe('review escalation through the hourly sweep', () => {
  const sweepUntil = async (id: string, hops: number) => {
    const trail: string[] = []
    // 16 working days after 03-10 is 04-01: the first run after review-by.
    let now = new Date('2026-04-01T10:00:00+08:00')
    for (let i = 0; i < hops; i++) {
      const out = data(h, await h.call('escalate', timer, { action: 'sweep' }, now))
      expect(out.memberships).toEqual(expect.objectContaining({ escalated: expect.any(Number), overdue: expect.any(Number), conflicts: 0 }))
      const a = (await h.deps.store.memberships.getApplication(id))!
      trail.push(`${a.assignedOrgId}${a.overdue ? '!' : ''}`)
      now = new Date(new Date(a.reviewBy).getTime() + 3600_000)
    }
    return trail
  }

  it('When nobody reviews in time, then it climbs the tree with a fresh window at each org, then is overdue at the root', async () => {
    const worker = newWorker()
    const { id } = await apply(h, worker)
    expect(await sweepUntil(id, 5)).toEqual(['sx-a1', 'sx', 'yw', 'yw!', 'yw!'])
    const a = data(h, await h.as(worker)('membership', 'get', { id }))
    expect(a.history.map((e: any) => e.type)).toEqual(['submitted', 'escalated', 'escalated', 'escalated', 'overdue'])
    expect(a.history[1]).toMatchObject({ fromOrgId: 'eu-hx', toOrgId: 'sx-a1', reason: 'ESCALATED', at: '2026-04-01T10:00:00+08:00' })
    expect(a).toMatchObject({ routeReason: 'ESCALATED', overdue: true, assignedOrgId: 'yw' })
    const org = (await h.deps.store.inbox.list('org:sx-a1', undefined, 100)).items.filter((i) => i.caseId === id)
    expect(org).toEqual([expect.objectContaining({ type: 'membership.escalated' })])
    const told = (await h.deps.store.inbox.list(holderKey(h.deps.crypto, worker), undefined, 10)).items.filter((i) => i.type === 'membership.escalated')
    expect(told).toHaveLength(3)
    expect(data(h, await officer('o-city-admin')('membership', 'queue', { overdue: true, limit: 100 })).items.map((i: any) => i.id)).toContain(id)
  })

  it('When an employer-blind application is late, then it climbs from the town straight to the city, never to a grassroots org', async () => {
    const { id } = await apply(h, newWorker(), { employerBlind: true })
    expect(await sweepUntil(id, 3)).toEqual(['yw', 'yw!', 'yw!'])
  })

  it('When the application was decided in time, then the sweep leaves it alone', async () => {
    const { id } = await apply(h, newWorker(), { enterpriseId: 'e-sx-007' })
    data(h, await officer('o-town-sx-1')('membership', 'approve', { id }, TUE))
    await h.call('escalate', timer, { action: 'sweep' }, new Date('2026-04-01T10:00:00+08:00'))
    expect((await h.deps.store.memberships.getApplication(id))!).toMatchObject({ assignedOrgId: 'sx', status: 'approved', version: 2 })
  })
})
