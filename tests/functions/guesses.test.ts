/**
 * Guessing a receipt code (grievance.byReceipt) or an officer invite code (account.redeemInvite): failed guesses are
 * limited per account and per source in a Shanghai hour, concurrent guesses cannot slip past the limit together, and
 * each failed guess is audited without the value that was tried (docs/decisions/0011).
 */
import { randomInt } from 'node:crypto'
import type { Caller } from '../../cloudfunctions/_lib/runtime/deps'
import { GUESS_LIMITS } from '../../cloudfunctions/_lib/runtime/guesses'
import { luhnCheckDigit } from '../../types/grievance-labels'
import { uid } from '../support/factories'
import { openHarness, type Harness } from '../support/harness'
import { data, file } from './grievance/helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

/** 14:xx on a day of each test's own, so hourly windows never meet across tests. */
let day = 0
const ownHour = () => new Date(Date.parse('2026-04-01T14:05:00+08:00') + day++ * 86_400_000)
const period = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 13)
const nextHour = (now: Date) => new Date(now.getTime() + 3600_000)

/** A well-formed receipt code (Luhn-valid) that no case has. */
function wrongReceipt(): string {
  const payload = Array.from({ length: 15 }, () => randomInt(10)).join('')
  return `${payload}${luhnCheckDigit(payload)}`
}
const wrongInvite = () => Array.from({ length: 8 }, () => 'ABCDEFGHJKMNPQRSTVWXYZ'[randomInt(22)]).join('')

const user = (openid: string, source?: string): Caller => ({ kind: 'user', openid, ...(source ? { source } : {}) })
const byReceipt = (caller: Caller, receipt: string, now: Date) => h.call('grievance', caller, { action: 'byReceipt', receipt }, now)
const redeem = (caller: Caller, code: string, now: Date) => h.call('account', caller, { action: 'redeemInvite', code, name: '试一试' }, now)
const codes = (outs: any[]) => outs.map((o) => (o.ok ? 'ok' : o.error.code))
const count = (list: string[], code: string) => list.filter((c) => c === code).length
const auditOf = async (secret: string, now: Date) => (await h.deps.store.audit.listByRecord('guess', `${secret}/${period(now)}`, undefined, 100)).items

describe('grievance.byReceipt', () => {
  it('When one account sends 20 wrong codes at once, then at most the limit is looked up, the rest RATE_LIMITED, each miss audited without the code', async () => {
    const now = ownHour()
    const me = uid('o-g')
    const guesses = Array.from({ length: 20 }, wrongReceipt)
    const outs = await Promise.all(guesses.map((g) => byReceipt(user(me), g, now)))
    const got = codes(outs)
    expect(count(got, 'NOT_FOUND')).toBe(GUESS_LIMITS.perAccount)
    expect(count(got, 'RATE_LIMITED')).toBe(20 - GUESS_LIMITS.perAccount)
    const limited = outs.find((o) => !o.ok && o.error.code === 'RATE_LIMITED')
    expect(limited.error.message).toBe('输错次数太多，请在 15:00 以后再试')

    const rows = await auditOf('receipt', now)
    expect(rows).toHaveLength(GUESS_LIMITS.perAccount)
    expect(rows.every((r) => r.action === 'grievance.receipt.miss' && r.actor === 'worker')).toBe(true)
    expect(rows[0].detail).toMatchObject({ outcome: 'NOT_FOUND', account: expect.stringMatching(/^[0-9a-f]{16}$/), source: null })
    const text = JSON.stringify(rows)
    for (const g of guesses) expect(text).not.toContain(g)
    for (const g of guesses) expect(text).not.toContain(h.deps.crypto.hash(`receipt:${g}`).slice(0, 16))
    expect(text).not.toContain(me)
  })

  it('When codes are right, then they do not count: only failed guesses use up the limit, and the next hour starts afresh', async () => {
    const now = ownHour()
    const me = uid('o-g')
    const { receipt } = await file(h, uid('o-w'), {}, now)
    for (let i = 0; i < GUESS_LIMITS.perAccount - 1; i++) expect((await byReceipt(user(me), wrongReceipt(), now)).error.code).toBe('NOT_FOUND')
    for (let i = 0; i < 5; i++) expect(data(h, await byReceipt(user(me), receipt, now)).status).toBe('pending')
    expect((await byReceipt(user(me), wrongReceipt(), now)).error.code).toBe('NOT_FOUND')
    expect((await byReceipt(user(me), receipt, now)).error.code).toBe('RATE_LIMITED') // the limit is checked before the look-up
    expect((await byReceipt(user(me), receipt, nextHour(now))).ok).toBe(true)
  })

  it('When many accounts guess from one source, then the source limit holds; another source and another /64 are not affected', async () => {
    const now = ownHour()
    const accounts = Array.from({ length: 10 }, () => uid('o-g'))
    const calls = accounts.flatMap((a) => Array.from({ length: 6 }, () => byReceipt(user(a, '203.0.113.7'), wrongReceipt(), now)))
    const got = codes(await Promise.all(calls))
    expect(count(got, 'NOT_FOUND')).toBe(GUESS_LIMITS.perSource)
    expect(count(got, 'RATE_LIMITED')).toBe(60 - GUESS_LIMITS.perSource)
    // The same address written IPv4-mapped is the same source; a neighbour is not.
    expect((await byReceipt(user(uid('o-g'), '::ffff:203.0.113.7'), wrongReceipt(), now)).error.code).toBe('RATE_LIMITED')
    expect((await byReceipt(user(uid('o-g'), '203.0.113.8'), wrongReceipt(), now)).error.code).toBe('NOT_FOUND')

    const rows = await auditOf('receipt', now)
    const source = rows[0].detail?.source
    expect(source).toMatch(/^[0-9a-f]{16}$/)
    expect(rows.filter((r) => r.detail?.source === source)).toHaveLength(GUESS_LIMITS.perSource)
    expect(JSON.stringify(rows)).not.toContain('203.0.113')
  })

  it('When IPv6 callers share a /64, then they share the source limit', async () => {
    const now = ownHour()
    const outs = await Promise.all(Array.from({ length: GUESS_LIMITS.perSource + 3 }, (_, i) =>
      byReceipt(user(uid('o-g'), `2001:db8:1:2::${(i + 1).toString(16)}`), wrongReceipt(), now)))
    expect(count(codes(outs), 'RATE_LIMITED')).toBe(3)
    expect((await byReceipt(user(uid('o-g'), '2001:db8:1:3::1'), wrongReceipt(), now)).error.code).toBe('NOT_FOUND')
  })

  it('When callers have neither account nor source, then they share one limit and are audited as anonymous', async () => {
    const now = ownHour()
    const outs = await Promise.all(Array.from({ length: GUESS_LIMITS.perSource + 2 }, () => byReceipt({ kind: 'none' }, wrongReceipt(), now)))
    expect(count(codes(outs), 'RATE_LIMITED')).toBe(2)
    expect((await auditOf('receipt', now)).every((r) => r.actor === 'anonymous')).toBe(true)
  })
})

describe('account.redeemInvite', () => {
  it('When one account sends 20 wrong invite codes at once, then at most the limit is tried, the rest RATE_LIMITED, audited without the code', async () => {
    const now = ownHour()
    const me = uid('o-g')
    const guesses = Array.from({ length: 20 }, wrongInvite)
    const got = codes(await Promise.all(guesses.map((g) => redeem(user(me), g, now))))
    expect(count(got, 'ACCOUNT.INVITE_INVALID')).toBe(GUESS_LIMITS.perAccount)
    expect(count(got, 'RATE_LIMITED')).toBe(20 - GUESS_LIMITS.perAccount)

    const rows = await auditOf('invite', now)
    expect(rows).toHaveLength(GUESS_LIMITS.perAccount)
    expect(rows.every((r) => r.action === 'officer.invite.miss' && r.actor === 'worker')).toBe(true)
    const text = JSON.stringify(rows)
    for (const g of guesses) expect(text).not.toContain(g)
    expect(text).not.toContain(me)
    // Even the right code waits for the next hour; then it works.
    const invite = data(h, await h.as('o-town-sx-admin')('account', 'createInvite', { orgId: 'sx-a1', role: 'officer' }, now))
    expect((await redeem(user(me), invite.code, now)).error.code).toBe('RATE_LIMITED')
    expect(data(h, await redeem(user(me), invite.code, nextHour(now))).officer.orgId).toBe('sx-a1')
  })

  it('When the code is right, then the guess is not counted against the account', async () => {
    const now = ownHour()
    const me = uid('o-g')
    for (let i = 0; i < GUESS_LIMITS.perAccount - 1; i++) await redeem(user(me), wrongInvite(), now)
    const invite = data(h, await h.as('o-town-sx-admin')('account', 'createInvite', { orgId: 'sx-a1', role: 'officer' }, now))
    expect(data(h, await redeem(user(me), invite.code, now)).officer.openid).toBe(me)
    expect((await redeem(user(me), wrongInvite(), now)).error.code).toBe('ACCOUNT.INVITE_INVALID') // the 10th miss
    expect((await redeem(user(me), wrongInvite(), now)).error.code).toBe('RATE_LIMITED')
  })
})
