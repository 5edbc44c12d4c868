/**
 * Issue 9: the collective-case door. A protected (employer-blind or anonymous) case is never discoverable or
 * joinable by the employer's own union; a joiner is a co-complainant, not the reporter; a joiner and the fold
 * (counts, strictest privacy, re-route) are one atomic write; a case with no town still leaves a grassroots org.
 */
import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { at, data, file, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const LATER = at('2026-03-10T11:00:00+08:00')
const join = (openid: string, caseId: string, over: Record<string, unknown> = {}, now = LATER) =>
  h.as(openid)('grievance', 'join', { caseId, requestId: uid('req'), privacy: 'named', contact: { name: '李四', phone: '13911112222' }, ...over }, now)
const ENTERPRISE_OFFICERS = ['o-eu-hx-1', 'o-eu-hx-2', 'o-ju-sx2-1', 'o-sx-a1-1']

describe('the collective-case door (issue 9, confirmed holes 1 and 2)', () => {
  it("When an employer-blind report exists, then neither a worker's nor an enterprise-union officer's collective look-up finds it, and the officer cannot join it", async () => {
    const report = await file(h, newWorker(), { category: 'safety', privacy: 'employer_blind' })
    expect(report.assignedOrgId).toBe('sx')
    expect(data(h, await h.as(newWorker())('grievance', 'collective', { enterpriseId: 'e-hx', category: 'safety' }))).toBeNull()
    for (const officer of ENTERPRISE_OFFICERS) {
      const look = await h.as(officer)('grievance', 'collective', { enterpriseId: 'e-hx', category: 'safety' })
      expect(look.error.code).toBe('FORBIDDEN')
      const out = await join(officer, report.id)
      expect(out.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('工会干部') })
      const seen = [await h.as(officer)('grievance', 'mine', {}), await h.as(officer)('grievance', 'inbox', { limit: 100 })]
      for (const r of seen) expect(JSON.stringify(r)).not.toContain(report.id)
    }
    // The same answer whether or not a case exists: the refusal tells an officer nothing.
    const none = await h.as('o-eu-hx-1')('grievance', 'collective', { enterpriseId: 'e-hx', category: 'other' })
    expect(none.error.code).toBe('FORBIDDEN')
    const participants = await h.deps.store.grievances.listParticipants(report.id)
    expect(participants).toHaveLength(1)
  })

  it('When a named case becomes protected by an anonymous joiner, then collective stops offering it', async () => {
    const first = await file(h, newWorker(), { enterpriseId: 'e-sx-002', category: 'work_injury' })
    expect(data(h, await h.as(newWorker())('grievance', 'collective', { enterpriseId: 'e-sx-002', category: 'work_injury' }))).toMatchObject({ caseId: first.id })
    data(h, await join(newWorker(), first.id, { privacy: 'anonymous', contact: undefined }))
    expect(data(h, await h.as(newWorker())('grievance', 'collective', { enterpriseId: 'e-sx-002', category: 'work_injury' }))).toBeNull()
  })

  it('When a joiner tries to rate, confirm or reopen, then only the reporter may', async () => {
    const reporter = newWorker()
    const joiner = newWorker()
    const c = await file(h, reporter, { category: 'overtime' })
    data(h, await join(joiner, c.id))
    const holder = 'o-eu-hx-1'
    data(h, await h.as(holder)('grievance', 'accept', { id: c.id }, LATER))
    data(h, await h.as(holder)('grievance', 'resolve', { id: c.id, outcome: 'resolved', summary: '已补发加班费。' }, LATER))

    const j = h.as(joiner)
    for (const [act, input] of [['rate', { score: 1 }], ['confirm', {}], ['reopen', { reason: '其实没解决。' }]] as const) {
      const out = await j('grievance', act, { id: c.id, ...input }, LATER)
      expect(out.error).toMatchObject({ code: 'GRIEVANCE.REPORTER_ONLY', message: expect.stringContaining('最初反映') })
    }
    const after = data(h, await h.as(reporter)('grievance', 'get', { id: c.id }))
    expect(after).toMatchObject({ status: 'resolved', rating: null })
    expect(data(h, await h.as(reporter)('grievance', 'rate', { id: c.id, score: 5 }, LATER))).toMatchObject({ rating: 5 })
    expect(data(h, await h.as(reporter)('grievance', 'confirm', { id: c.id }, LATER))).toMatchObject({ status: 'closed' })
  })

  it("When the union asks for information, then a joiner's message leaves the clock paused and the reporter's answer resumes it", async () => {
    const reporter = newWorker()
    const joiner = newWorker()
    const c = await file(h, reporter, { category: 'contract', privacy: 'employer_blind' })
    data(h, await join(joiner, c.id))
    const town = h.as('o-town-sx-1')
    data(h, await town('grievance', 'accept', { id: c.id }, LATER))
    data(h, await town('grievance', 'requestInfo', { id: c.id, question: '请补充劳动合同照片。' }, LATER))
    const byJoiner = data(h, await h.as(joiner)('grievance', 'reply', { id: c.id, requestId: uid('req'), text: '我也没有签合同。' }, LATER))
    expect(byJoiner.status).toBe('awaiting_info')
    const byReporter = data(h, await h.as(reporter)('grievance', 'reply', { id: c.id, requestId: uid('req'), text: '合同照片已上传。' }, LATER))
    expect(byReporter.status).toBe('accepted')
  })
})

describe('folding joiners in (issue 9, review items 4 and 7)', () => {
  it('When a protected join loses every race, then nothing is written, and a retry of the join moves the case off the enterprise union', async () => {
    const c = await file(h, newWorker(), { category: 'social_insurance' })
    expect(c.assignedOrgId).toBe('eu-hx')
    const joiner = newWorker()
    const requestId = uid('req')
    // The join's one write (the joiner with the case it changes) finds the case moved on, three times.
    const write = jest.spyOn(h.deps.store.grievances, 'join').mockResolvedValue('stale')
    const failed = await join(joiner, c.id, { requestId, privacy: 'employer_blind' })
    write.mockRestore()
    expect(failed.error.code).toBe('CONFLICT')
    expect((await h.deps.store.grievances.listParticipants(c.id)).map((p) => p.role)).toEqual(['reporter'])

    const retried = data(h, await join(joiner, c.id, { requestId, privacy: 'employer_blind' }))
    expect(retried).toMatchObject({ assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND', participantCount: 2 })
    expect((await h.as('o-eu-hx-1')('grievance', 'get', { id: c.id })).error.code).toBe('NOT_FOUND')
    // The same join again answers the case as it is, and adds no one.
    expect(data(h, await join(joiner, c.id, { requestId, privacy: 'employer_blind' }))).toMatchObject({ assignedOrgId: 'sx', participantCount: 2 })
  })

  it('When writing a protected joiner fails, then neither the joiner nor the move exists: the enterprise union never holds a protected participant', async () => {
    const c = await file(h, newWorker(), { category: 'work_injury' })
    expect(c.assignedOrgId).toBe('eu-hx')
    const write = jest.spyOn(h.deps.store.grievances, 'join').mockRejectedValueOnce(new Error('network'))
    const joiner = newWorker()
    const requestId = uid('req')
    const out = await join(joiner, c.id, { requestId, privacy: 'anonymous', contact: undefined })
    write.mockRestore()
    expect(out.error.code).toBe('INTERNAL')
    h.log.entries.length = 0
    const stored = await h.deps.store.grievances.getWithParticipants(c.id)
    expect(stored?.c).toMatchObject({ assignedOrgId: 'eu-hx', strictPrivacy: 'named', participantCount: 1 })
    expect(stored?.participants.map((p) => p.privacy)).toEqual(['named'])
    // The retry writes both at once.
    expect(data(h, await join(joiner, c.id, { requestId, privacy: 'anonymous', contact: undefined }))).toMatchObject({ assignedOrgId: 'sx', participantCount: 2 })
  })

  it('When a city-triage case is transferred to an enterprise union and a protected co-worker joins, then it goes to that union’s town', async () => {
    const c = await file(h, newWorker(), { enterpriseId: undefined, enterpriseName: '某小作坊', townId: undefined, category: 'overtime' })
    expect(c).toMatchObject({ assignedOrgId: 'yw', routeReason: 'TRIAGE_CITY' })
    data(h, await h.as('o-city-1')('grievance', 'transfer', { id: c.id, toOrgId: 'eu-hx', reason: '核实为华鑫织造的问题' }, LATER))
    expect((await h.deps.store.grievances.get(c.id))?.townId).toBe('sx')
    const out = data(h, await join(newWorker(), c.id, { privacy: 'employer_blind' }))
    expect(out).toMatchObject({ assignedOrgId: 'sx', routeReason: 'EMPLOYER_BLIND' })
  })

  it('When a protected co-worker joins a case held by a city-level joint union with no town, then it goes to the city federation', async () => {
    const c = await file(h, newWorker(), { enterpriseId: undefined, enterpriseName: '某快递网点', townId: undefined, category: 'wage_arrears' })
    data(h, await h.as('o-city-1')('grievance', 'transfer', { id: c.id, toOrgId: 'ju-yw-express', reason: '快递行业' }, LATER))
    const out = data(h, await join(newWorker(), c.id, { privacy: 'anonymous', contact: undefined }))
    expect(out).toMatchObject({ assignedOrgId: 'yw', routeReason: 'EMPLOYER_BLIND' })
    const { org } = await inboxOf(h, 'o-city-1')
    expect(org?.some((i: any) => i.caseId === c.id)).toBe(true)
  })
})
