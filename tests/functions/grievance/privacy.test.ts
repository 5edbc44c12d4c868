import { openHarness, type Harness } from '../../support/harness'
import { TUE, data, file, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const auditOf = async (id: string) => (await h.deps.store.audit.listByRecord('grievance', id, undefined, 100)).items

describe('revealing a reporter’s phone', () => {
  it('When a town officer reveals an employer-blind reporter, then they get the full phone and the read is audited without it', async () => {
    const c = await file(h, newWorker(), { privacy: 'employer_blind', contact: { name: '周九', phone: '13877776666' } })
    const view = data(h, await h.as('o-town-sx-1')('grievance', 'get', { id: c.id }))
    expect(view.reporter).toMatchObject({ name: '周九', phoneMasked: '138****6666' })
    const out = data(h, await h.as('o-town-sx-1')('grievance', 'revealContact', { id: c.id }))
    expect(out).toEqual({ id: c.id, reporterId: '0', name: '周九', phone: '13877776666' })
    const entries = (await auditOf(c.id)).filter((e) => e.action === 'grievance.revealContact')
    expect(entries).toEqual([expect.objectContaining({ actor: 'o-town-sx-1', detail: { orgId: 'sx', reporterId: '0', granted: true } })])
    expect(JSON.stringify(await auditOf(c.id))).not.toMatch(/13877776666|周九/)
  })

  it('When the reporter is anonymous, then the reveal is refused in Chinese and the attempt is still audited', async () => {
    const c = await file(h, newWorker(), { privacy: 'anonymous', contact: undefined })
    const out = await h.as('o-city-admin')('grievance', 'revealContact', { id: c.id })
    expect(out.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('匿名') })
    expect((await auditOf(c.id)).filter((e) => e.action === 'grievance.revealContact')).toEqual([
      expect.objectContaining({ actor: 'o-city-admin', detail: { orgId: 'yw', reporterId: '0', granted: false } }),
    ])
  })

  it('When a named report sits at the enterprise union, then its officer may reveal it, but an officer of another town never finds the case', async () => {
    const c = await file(h, newWorker(), { contact: { name: '吴十', phone: '13566667777' } })
    expect(c.assignedOrgId).toBe('eu-hx')
    expect(data(h, await h.as('o-eu-hx-1')('grievance', 'revealContact', { id: c.id })).phone).toBe('13566667777')
    expect((await h.as('o-town-ft-1')('grievance', 'revealContact', { id: c.id })).error.code).toBe('NOT_FOUND')
    expect((await h.as('o-eu-hx-1')('grievance', 'revealContact', { id: c.id, reporterId: '7' })).error.code).toBe('NOT_FOUND')
  })
})

describe('transfers that would expose a protected reporter', () => {
  it.each(['eu-hx', 'sx-a1', 'ju-sx1'])('When a town officer transfers an employer-blind case to %s, then PRIVACY.TRANSFER_FORBIDDEN and the case stays', async (toOrgId) => {
    const c = await file(h, newWorker(), { privacy: 'employer_blind' })
    const out = await h.as('o-town-sx-1')('grievance', 'transfer', { id: c.id, toOrgId, reason: '请企业工会核实' }, TUE)
    expect(out.error).toMatchObject({ code: 'PRIVACY.TRANSFER_FORBIDDEN', message: expect.stringContaining('不能转给') })
    expect((await h.deps.store.grievances.get(c.id))!).toMatchObject({ assignedOrgId: 'sx', version: 1 })
  })

  it('When the case is named, then the town may hand it down to the area committee', async () => {
    const c = await file(h, newWorker(), { enterpriseId: 'e-sx-007', category: 'overtime' })
    expect(c.assignedOrgId).toBe('sx') // no union at this enterprise
    const out = data(h, await h.as('o-town-sx-1')('grievance', 'transfer', { id: c.id, toOrgId: 'sx-a1', reason: '由片区工委先行协调' }, TUE))
    expect(out.assignedOrgId).toBe('sx-a1')
  })
})
