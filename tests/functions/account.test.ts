import { openHarness, anon, type Harness } from '../support/harness'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

describe('account function', () => {
  it('When a worker asks who they are, then no officer binding; an officer sees their org', async () => {
    expect((await h.as('o-worker-1')('account', 'me')).data).toEqual({ openid: 'o-worker-1', officer: null })
    const officer = (await h.as('o-town-sx-1')('account', 'me')).data.officer
    expect(officer).toMatchObject({ orgId: 'sx', role: 'officer', name: '王敏', org: { name: '苏溪镇总工会' } })
    expect((await h.call('account', anon, { action: 'me' })).error.code).toBe('UNAUTHENTICATED')
  })

  it('When an admin invites and a worker redeems, then the worker becomes an officer of that org, once', async () => {
    const now = new Date('2026-03-10T10:00:00+08:00')
    const invite = (await h.as('o-town-sx-admin')('account', 'createInvite', { orgId: 'sx-a1', role: 'officer' }, now)).data
    expect(invite).toMatchObject({ orgId: 'sx-a1', role: 'officer', expiresAt: '2026-03-13T10:00:00+08:00' })
    expect(invite.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
    const redeemed = await h.as('o-new-1')('account', 'redeemInvite', { code: ` ${invite.code.toLowerCase()} `, name: '赵六' }, now)
    expect(redeemed.data.officer).toEqual({ openid: 'o-new-1', orgId: 'sx-a1', role: 'officer', name: '赵六' })
    expect((await h.as('o-new-2')('account', 'redeemInvite', { code: invite.code, name: '钱七' }, now)).error.code).toBe('ACCOUNT.INVITE_INVALID')
    const audit = await h.deps.store.audit.listByRecord('org', 'sx-a1', undefined, 100)
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['officer.invite.create', 'officer.invite.redeem']))
    expect(JSON.stringify(audit.items)).not.toContain('赵六')
  })

  it('When the admin who made an invite is demoted or moved away before it is redeemed, then it is refused and nothing is written', async () => {
    const admin = { openid: 'o-leaving-admin', orgId: 'sx', role: 'admin' as const, name: '离任管理员' }
    await h.deps.store.officers.put(admin)
    const invite = (await h.as(admin.openid)('account', 'createInvite', { orgId: 'sx-a1', role: 'admin' })).data
    const redeem = () => h.as('o-invitee')('account', 'redeemInvite', { code: invite.code, name: '孙八' })
    for (const now of [{ ...admin, role: 'officer' as const }, { ...admin, orgId: 'ft' }]) {
      await h.deps.store.officers.put(now)
      const out = await redeem()
      expect(out.error).toMatchObject({ code: 'ACCOUNT.INVITE_REVOKED', message: expect.stringContaining('已失效') })
      expect(await h.deps.store.officers.get('o-invitee')).toBeNull()
      expect((await h.deps.store.invites.get(invite.code))?.redeemedBy).toBeNull()
    }
    // Admin of the org again (or of an org above it): the invite, still unused, works.
    await h.deps.store.officers.put(admin)
    expect((await redeem()).data.officer).toEqual({ openid: 'o-invitee', orgId: 'sx-a1', role: 'admin', name: '孙八' })
  })

  it('When two people redeem the same code at once, then exactly one succeeds', async () => {
    const invite = (await h.as('o-city-admin')('account', 'createInvite', { orgId: 'ft', role: 'officer' })).data
    const results = await Promise.all(['o-race-1', 'o-race-2', 'o-race-3'].map((o) => h.as(o)('account', 'redeemInvite', { code: invite.code, name: '竞争者' })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
  })

  it('When the code is expired, malformed, or the caller is already an officer, then a clear refusal', async () => {
    const made = new Date('2026-03-10T10:00:00+08:00')
    const invite = (await h.as('o-city-admin')('account', 'createInvite', { orgId: 'cc', role: 'officer' }, made)).data
    const late = new Date('2026-03-13T10:00:01+08:00')
    expect((await h.as('o-late')('account', 'redeemInvite', { code: invite.code, name: '迟到' }, late)).error.code).toBe('ACCOUNT.INVITE_EXPIRED')
    expect((await h.as('o-late')('account', 'redeemInvite', { code: '12', name: '迟到' })).error.fields.code).toBe('邀请码应为 8 位字母或数字')
    expect((await h.as('o-town-sx-1')('account', 'redeemInvite', { code: invite.code, name: '王敏' }, made)).error.code).toBe('ACCOUNT.ALREADY_OFFICER')
  })

  it('When an admin lists officers of an org in scope, then they are listed; outside scope FORBIDDEN', async () => {
    const list = await h.as('o-town-sx-admin')('account', 'listOfficers', { orgId: 'sx' })
    expect(list.data.items.map((o: any) => o.openid)).toEqual(expect.arrayContaining(['o-town-sx-1', 'o-town-sx-admin']))
    expect((await h.as('o-town-sx-admin')('account', 'listOfficers', { orgId: 'ft' })).error.code).toBe('FORBIDDEN')
  })
})
