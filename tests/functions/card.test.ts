/**
 * The `card` function through its real entry: a member's token, online verification against the member's
 * current record, expiry, suspension and leaving, and the published key.
 */
import { holderKey } from '../../cloudfunctions/membership/lib/keys'
import type { Member } from '../../cloudfunctions/_lib/store/port'
import { base64urlDecode, keyIdOf, publicKeyOf, signCardToken, verifyCardToken } from '../../types/card-token'
import { CARD_TOKEN_TTL_SECONDS } from '../../types/membership-labels'
import { member, uid } from '../support/factories'
import { anon, openHarness, type Harness } from '../support/harness'
import { data as okData, member as approvedMember } from './membership/helpers'

const T0 = new Date('2026-03-10T10:00:00+08:00')
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const OFFICER = 'o-town-sx-1'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

/** A member of 华鑫织造工会 held by a fresh WeChat account, stored as approval stores it (name encrypted). */
async function newMember(over: Partial<Member> = {}): Promise<{ openid: string; m: Member }> {
  const openid = uid('o-card')
  const m = member({
    memberNo: uid('YW').replace(/-/g, '').slice(0, 20),
    holderKey: holderKey(h.deps.crypto, openid),
    orgId: 'eu-hx',
    orgPath: '/yw/sx/sx-a1/eu-hx/',
    nameEnc: h.deps.crypto.encrypt('王小明'),
    nameMasked: '王**',
    ...over,
  })
  expect(await h.deps.store.memberships.createMember(m)).toBe(true)
  return { openid, m }
}

async function setStatus(memberNo: string, status: Member['status']) {
  const m = (await h.deps.store.memberships.getMemberByNo(memberNo))!
  expect(await h.deps.store.memberships.updateMember({ ...m, status, statusReason: status === 'active' ? null : '测试', version: m.version + 1 })).toBe(true)
}

const tokenFor = (openid: string, at = T0) => h.as(openid)('card', 'token', {}, at)
const verifyAt = (token: string, at: Date) => h.as(OFFICER)('card', 'verify', { token }, at)

describe('card.token', () => {
  it('When a member asks, then the token expires 60 s later and the card face shows their own name and union', async () => {
    const { openid, m } = await newMember()
    const out = await tokenFor(openid)
    expect(out).toMatchObject({
      ok: true,
      data: {
        expiresAt: '2026-03-10T10:01:00+08:00',
        card: { name: '王小明', memberNo: m.memberNo, orgName: '华鑫织造工会', since: '2026-03-12', status: 'active' },
      },
    })
    expect(out.data.token).toMatch(/^UC1\./)
    expect(out.data.token.length).toBeLessThan(200)
    // The token holds the masked name only, never the full one.
    const claims = verifyCardToken(out.data.token, publicKeyOf(h.deps.crypto.keys.cardSigningKey!), T0).claims!
    expect(claims).toMatchObject({ memberNo: m.memberNo, orgId: 'eu-hx', nameMasked: '王**', status: 'active', exp: T0.getTime() / 1000 + CARD_TOKEN_TTL_SECONDS })
    expect(JSON.stringify(claims)).not.toContain('王小明')
  })

  it('When someone without a membership asks, then MEMBERSHIP.NOT_MEMBER; without identity, UNAUTHENTICATED', async () => {
    expect(await tokenFor(uid('o-nobody'))).toMatchObject({ ok: false, error: { code: 'MEMBERSHIP.NOT_MEMBER' } })
    expect(await h.call('card', anon, { action: 'token' }, T0)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('When the member has left, then no token is issued', async () => {
    const { openid, m } = await newMember()
    await setStatus(m.memberNo, 'left')
    expect(await tokenFor(openid)).toMatchObject({ ok: false, error: { code: 'MEMBERSHIP.NOT_MEMBER' } })
  })

  it('When the member is suspended, then the token is issued and says suspended', async () => {
    const { openid, m } = await newMember({ status: 'suspended', statusReason: '测试' })
    const out = await tokenFor(openid)
    expect(out.data.card.status).toBe('suspended')
    expect(await verifyAt(out.data.token, later(5))).toMatchObject({ ok: true, data: { valid: false, reason: 'suspended', member: { memberNo: m.memberNo, status: 'suspended' } } })
  })
})

describe('card.verify', () => {
  it('When a fresh token is verified, then it is valid with the masked name and the union', async () => {
    const { openid, m } = await newMember()
    const { data } = await tokenFor(openid)
    expect(await verifyAt(data.token, later(30))).toEqual({
      ok: true,
      data: {
        valid: true,
        reason: 'valid',
        member: { nameMasked: '王**', memberNo: m.memberNo, orgId: 'eu-hx', orgName: '华鑫织造工会', status: 'active' },
        expiresAt: '2026-03-10T10:01:00+08:00',
      },
    })
  })

  it('When 61 s have passed, then the token is expired, not valid', async () => {
    const { openid } = await newMember()
    const { data } = await tokenFor(openid)
    expect(await verifyAt(data.token, later(61))).toMatchObject({ ok: true, data: { valid: false, reason: 'expired' } })
    expect((await verifyAt(data.token, later(60))).data.reason).toBe('expired')
  })

  it('When the member is suspended after the token was issued, then online verification says suspended', async () => {
    const { openid, m } = await newMember()
    const { data } = await tokenFor(openid)
    await setStatus(m.memberNo, 'suspended')
    expect(await verifyAt(data.token, later(10))).toMatchObject({ ok: true, data: { valid: false, reason: 'suspended', member: { status: 'suspended' } } })
    // Offline, with only the public key, the same token still reads as issued (the limit of offline checks).
    expect(verifyCardToken(data.token, publicKeyOf(h.deps.crypto.keys.cardSigningKey!), later(10)).reason).toBe('valid')
  })

  it('When the member leaves after the token was issued, then online verification says left', async () => {
    const { openid, m } = await newMember()
    const { data } = await tokenFor(openid)
    await setStatus(m.memberNo, 'left')
    expect((await verifyAt(data.token, later(10))).data).toMatchObject({ valid: false, reason: 'left' })
  })

  it('When a token is signed by another key, then it is forged and shows no member', async () => {
    const { m } = await newMember()
    const forged = signCardToken(
      { memberNo: m.memberNo, orgId: 'eu-hx', orgName: '华鑫织造工会', nameMasked: '王**', status: 'active', exp: T0.getTime() / 1000 + 60 },
      new Uint8Array(32).fill(9),
    )
    expect(await verifyAt(forged, T0)).toEqual({ ok: true, data: { valid: false, reason: 'forged', member: null, expiresAt: null } })
  })

  it('When a well-signed token names no stored member, then unknown_member; garbage is malformed', async () => {
    const ghost = signCardToken(
      { memberNo: 'YW999999999X', orgId: 'eu-hx', orgName: '华鑫织造工会', nameMasked: '某*', status: 'active', exp: T0.getTime() / 1000 + 60 },
      h.deps.crypto.keys.cardSigningKey!,
    )
    expect((await verifyAt(ghost, T0)).data).toMatchObject({ valid: false, reason: 'unknown_member', member: null })
    expect((await verifyAt('https://example.com', T0)).data).toMatchObject({ valid: false, reason: 'malformed', member: null })
    expect(await verifyAt('', T0)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('When the caller has no identity, then verify is refused', async () => {
    expect(await h.call('card', anon, { action: 'verify', token: 'UC1.x' }, T0)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})

describe('card.publicKey', () => {
  it('When anyone asks, then it is the public key of the signing seed, and it verifies issued tokens', async () => {
    const out = await h.call('card', anon, { action: 'publicKey' }, T0)
    const expected = publicKeyOf(h.deps.crypto.keys.cardSigningKey!)
    expect(out).toEqual({ ok: true, data: { algorithm: 'Ed25519', publicKey: expect.any(String), keyId: keyIdOf(expected) } })
    const published = base64urlDecode(out.data.publicKey)!
    expect(published).toEqual(expected)

    const { openid } = await newMember()
    const { data } = await tokenFor(openid)
    expect(verifyCardToken(data.token, published, T0).reason).toBe('valid')
  })

  it('When the public key is published, then it is not the seed (no key material leaves)', async () => {
    const out = await h.call('card', anon, { action: 'publicKey' }, T0)
    const seed = Buffer.from(h.deps.crypto.keys.cardSigningKey!)
    expect(JSON.stringify(out)).not.toContain(seed.toString('hex'))
    expect(JSON.stringify(out)).not.toContain(seed.toString('base64url'))
  })
})

describe('the card follows the membership (through the membership actions)', () => {
  it('When a member is approved, suspended, reinstated, transferred and leaves, then the card and online verification follow', async () => {
    const m = await approvedMember(h)
    const first = okData(h, await tokenFor(m.openid))
    expect(first.card).toMatchObject({ memberNo: m.memberNo, orgName: '苏溪镇总工会', status: 'active' })
    expect((await verifyAt(first.token, later(1))).data).toMatchObject({ valid: true, member: { memberNo: m.memberNo, orgId: 'sx' } })

    okData(h, await h.as('o-town-sx-1')('membership', 'suspend', { memberId: m.memberId, reason: '会费长期未缴' }, later(2)))
    expect((await verifyAt(first.token, later(3))).data).toMatchObject({ valid: false, reason: 'suspended' })
    expect(okData(h, await tokenFor(m.openid, later(3))).card.status).toBe('suspended')

    okData(h, await h.as('o-town-sx-1')('membership', 'reinstate', { memberId: m.memberId }, later(4)))
    expect((await verifyAt(first.token, later(5))).data.reason).toBe('valid')

    // Transfer to 华鑫 (its own union accepts): an old token, checked online, shows the union the member is in now.
    const moved = okData(h, await h.as(m.openid)('membership', 'transfer', { requestId: uid('req'), enterpriseId: 'e-hx' }, later(6)))
    okData(h, await h.as('o-eu-hx-1')('membership', 'approve', { id: moved.id }, later(7)))
    expect((await verifyAt(first.token, later(8))).data).toMatchObject({ valid: true, member: { orgId: 'eu-hx', orgName: '华鑫织造工会' } })
    expect(okData(h, await tokenFor(m.openid, later(8))).card).toMatchObject({ memberNo: m.memberNo, orgName: '华鑫织造工会' })

    okData(h, await h.as(m.openid)('membership', 'leave', {}, later(9)))
    expect((await verifyAt(first.token, later(10))).data).toMatchObject({ valid: false, reason: 'left' })
    expect(await tokenFor(m.openid, later(10))).toMatchObject({ ok: false, error: { code: 'MEMBERSHIP.NOT_MEMBER' } })
  })
})
