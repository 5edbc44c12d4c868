import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { TUE, at, data, file, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const join = (openid: string, caseId: string, over: Record<string, unknown> = {}, now = TUE) =>
  h.as(openid)('grievance', 'join', { caseId, requestId: uid('req'), privacy: 'named', contact: { name: '李四', phone: '13911112222' }, ...over }, now)

describe('collective cases (我也遇到了)', () => {
  it('When co-workers ask about an enterprise and category, then they see only the counts of the open case with the most affected workers', async () => {
    const small = await file(h, newWorker(), { enterpriseId: 'e-sx-002', category: 'social_insurance', affectedCount: 2 })
    const big = await file(h, newWorker(), { enterpriseId: 'e-sx-002', category: 'social_insurance', affectedCount: 5, contact: { name: '钱七', phone: '13733334444' } })
    const out = data(h, await h.as(newWorker())('grievance', 'collective', { enterpriseId: 'e-sx-002', category: 'social_insurance' }))
    expect(out).toEqual({ caseId: big.id, affectedCount: 5, participantCount: 1 })
    expect(out.caseId).not.toBe(small.id)
    expect(data(h, await h.as(newWorker())('grievance', 'collective', { enterpriseId: 'e-sx-002', category: 'safety' }))).toBeNull()
  })

  it('When joins push the affected count to 10, then a case held by the enterprise union is re-routed to the town federation (COLLECTIVE)', async () => {
    const first = await file(h, newWorker(), { category: 'overtime', affectedCount: 3 })
    expect(first).toMatchObject({ assignedOrgId: 'eu-hx', routeReason: 'ENTERPRISE_UNION' })
    const later = at('2026-03-11T09:00:00+08:00')
    const a = data(h, await join(newWorker(), first.id, { affectedCount: 4 }, later))
    expect(a).toMatchObject({ assignedOrgId: 'eu-hx', affectedCount: 7, participantCount: 2 })
    const joiner = newWorker()
    const b = data(h, await join(joiner, first.id, { affectedCount: 3 }, later))
    expect(b).toMatchObject({ assignedOrgId: 'sx', routeReason: 'COLLECTIVE', status: 'pending', affectedCount: 10, participantCount: 3 })
    // The town's own 2-working-day clock starts at the re-route (Wed → end of Fri).
    expect(b.acceptBy).toBe('2026-03-14T00:00:00+08:00')

    const seen = data(h, await h.as(joiner)('grievance', 'get', { id: first.id }))
    expect(seen.history.map((e: any) => e.type)).toEqual(['submitted', 'joined', 'joined', 'rerouted'])
    expect(seen.history[3]).toMatchObject({ fromOrgId: 'eu-hx', toOrgId: 'sx', reason: 'COLLECTIVE' })
    expect(seen).toMatchObject({ role: 'joiner', description: null, receipt: null })
    expect((await h.as('o-eu-hx-1')('grievance', 'get', { id: first.id })).error.code).toBe('NOT_FOUND')
  })

  it('When an employer-blind co-worker joins a case the enterprise union accepted, then it moves to the town and the enterprise union loses sight of it', async () => {
    const first = await file(h, newWorker(), { category: 'contract' })
    data(h, await h.as('o-eu-hx-1')('grievance', 'accept', { id: first.id }, TUE))
    const out = data(h, await join(newWorker(), first.id, { privacy: 'employer_blind', contact: { name: '孙八', phone: '13655556666' } }, at('2026-03-10T11:00:00+08:00')))
    expect(out).toMatchObject({ assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND', status: 'pending', affectedCount: 2 })
    expect((await h.as('o-eu-hx-1')('grievance', 'get', { id: first.id })).error.code).toBe('NOT_FOUND')
    expect((await h.as('o-sx-a1-1')('grievance', 'get', { id: first.id })).error.code).toBe('NOT_FOUND')
    const town = data(h, await h.as('o-town-sx-1')('grievance', 'get', { id: first.id }))
    expect(town.reporters).toEqual([
      expect.objectContaining({ role: 'reporter', privacy: 'named', visible: true, name: '张三' }),
      expect.objectContaining({ role: 'joiner', privacy: 'employer_blind', visible: true, name: '孙八', phoneMasked: '136****6666' }),
    ])
  })

  it("When a named and an anonymous co-worker join, then each joiner's identity follows their own mode and no officer response ever carries the anonymous one", async () => {
    // The anonymous joiner filed a named report elsewhere: their name and phone exist in the store.
    const anonymous = newWorker()
    await file(h, anonymous, { enterpriseId: 'e-sx-005', category: 'safety', contact: { name: '赵六', phone: '13900001111' } })
    const first = await file(h, newWorker(), { enterpriseId: 'e-sx-003', category: 'safety', contact: { name: '王五', phone: '13522223333' } })
    expect(first.assignedOrgId).toBe('ju-sx2')
    // Participants are listed in the order they joined (the reporter first).
    data(h, await join(newWorker(), first.id, {}, at('2026-03-10T11:00:00+08:00')))
    expect(data(h, await h.as('o-ju-sx2-1')('grievance', 'get', { id: first.id })).reporters.map((r: any) => r.name)).toEqual(['王五', '李四'])

    const out = data(h, await join(anonymous, first.id, { privacy: 'anonymous', contact: undefined }, at('2026-03-10T12:00:00+08:00')))
    expect(out).toMatchObject({ assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND', participantCount: 3 })
    expect((await h.as('o-ju-sx2-1')('grievance', 'get', { id: first.id })).error.code).toBe('NOT_FOUND')

    const town = h.as('o-town-sx-1')
    const responses = [
      await town('grievance', 'get', { id: first.id }),
      await town('grievance', 'queue', { limit: 100 }),
      await town('grievance', 'messages', { id: first.id }),
      await town('grievance', 'revealContact', { id: first.id, reporterId: '2' }),
      await town('grievance', 'inbox', { limit: 100 }),
      await h.as('o-city-admin')('grievance', 'get', { id: first.id }),
    ]
    const view = responses[0].data
    expect(view.reporters.map((r: any) => [r.privacy, r.visible, r.name])).toEqual([
      ['named', true, '王五'], ['named', true, '李四'], ['anonymous', false, undefined],
    ])
    expect(responses[3].error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('匿名') })
    for (const r of responses) expect(JSON.stringify(r)).not.toMatch(new RegExp(`赵六|13900001111|900001111|${anonymous}`))
  })

  it('When a worker joins a case twice or retries, then the same case comes back and nothing is counted twice', async () => {
    const reporter = newWorker()
    const first = await file(h, reporter, { category: 'work_injury' })
    const me = newWorker()
    const body = { requestId: uid('req') }
    const a = data(h, await join(me, first.id, body))
    const b = data(h, await join(me, first.id, body))
    const c = data(h, await join(me, first.id))
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(a).toMatchObject({ participantCount: 2, affectedCount: 2 })
    // The reporter "joining" their own case is a no-op too.
    expect(data(h, await join(reporter, first.id))).toMatchObject({ participantCount: 2 })
  })

  it('When the case is resolved, then joining it is refused with GRIEVANCE.NOT_OPEN', async () => {
    const first = await file(h, newWorker(), { enterpriseId: 'e-sx-002', category: 'overtime' })
    data(h, await h.as('o-eu-sx-002-1')('grievance', 'accept', { id: first.id }, TUE))
    data(h, await h.as('o-eu-sx-002-1')('grievance', 'resolve', { id: first.id, outcome: 'resolved', summary: '已补发加班费。' }, TUE))
    const out = await join(newWorker(), first.id)
    expect(out.error).toMatchObject({ code: 'GRIEVANCE.NOT_OPEN', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(data(h, await h.as(newWorker())('grievance', 'collective', { enterpriseId: 'e-sx-002', category: 'overtime' }))).toBeNull()
  })

  it('When a worker has reached the daily limit by reports and joins, then a further join is RATE_LIMITED', async () => {
    const target = await file(h, newWorker(), { enterpriseId: 'e-sx-008', category: 'other' })
    const me = newWorker()
    for (let i = 0; i < 9; i++) await file(h, me, { enterpriseId: 'e-sx-013', category: 'other' })
    data(h, await join(me, target.id))
    const other = await file(h, newWorker(), { enterpriseId: 'e-sx-019', category: 'other' })
    expect((await join(me, other.id)).error.code).toBe('RATE_LIMITED')
  })
})

