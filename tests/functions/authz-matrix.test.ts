/**
 * Every action × caller role × own/other org. A new action without a row here fails the first test,
 * so nothing ships without a stated policy.
 */
import { FUNCTIONS } from '../../cloudfunctions/registry'
import type { Caller } from '../../cloudfunctions/_lib/runtime/deps'
import { openHarness, type Harness } from '../support/harness'
import { creditCode, uid } from '../support/factories'

type Who = 'none' | 'worker' | 'lawyer' | 'officerOwn' | 'officerOther' | 'adminOwn' | 'adminOther' | 'cityAdmin'
const WHO: Who[] = ['none', 'worker', 'lawyer', 'officerOwn', 'officerOther', 'adminOwn', 'adminOther', 'cityAdmin']
// The target org of scoped actions is `sx-a1` (in 苏溪镇). "Own" callers sit at 苏溪镇, "other" at 佛堂镇.
const CALLERS: Record<Who, Caller> = {
  none: { kind: 'none' },
  worker: { kind: 'user', openid: 'o-worker-1' },
  lawyer: { kind: 'user', openid: 'o-lawyer-1' },
  officerOwn: { kind: 'user', openid: 'o-town-sx-1' },
  officerOther: { kind: 'user', openid: 'o-town-ft-1' },
  adminOwn: { kind: 'user', openid: 'o-town-sx-admin' },
  adminOther: { kind: 'user', openid: 'o-town-ft-admin' },
  cityAdmin: { kind: 'user', openid: 'o-city-admin' },
}
const everyone: Who[] = WHO
const users: Who[] = WHO.filter((w) => w !== 'none')

const POLICY: Record<string, { allowed: Who[]; input: () => Record<string, unknown> }> = {
  'directory.searchEnterprises': { allowed: everyone, input: () => ({ q: '华鑫' }) },
  'directory.listTowns': { allowed: everyone, input: () => ({}) },
  'directory.listTownOrgs': { allowed: everyone, input: () => ({ townId: 'sx' }) },
  'directory.getOrg': { allowed: everyone, input: () => ({ id: 'sx-a1' }) },
  'directory.listCalendarYears': { allowed: everyone, input: () => ({}) },
  'directory.import': {
    allowed: ['adminOwn', 'cityAdmin'],
    input: () => ({ data: { enterprises: [{ id: uid('e'), name: '矩阵测试有限公司', creditCode: creditCode(), townId: 'sx', unionId: null, staff: 3 }] } }),
  },
  'directory.putCalendarYear': { allowed: ['cityAdmin'], input: () => ({ year: 2030, holidays: [], workdays: [] }) },
  'account.me': { allowed: users, input: () => ({}) },
  'account.redeemInvite': { allowed: users, input: () => ({ code: 'ZZZZZZZZ', name: '某人' }) },
  'account.createInvite': { allowed: ['adminOwn', 'cityAdmin'], input: () => ({ orgId: 'sx-a1', role: 'officer' }) },
  'account.listOfficers': { allowed: ['adminOwn', 'cityAdmin'], input: () => ({ orgId: 'sx-a1' }) },
}

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

it('When an action is registered, then the matrix states its policy', () => {
  const registered = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => `${fn.name}.${a}`))
  expect(registered.sort()).toEqual(Object.keys(POLICY).sort())
})

describe.each(Object.entries(POLICY))('%s', (key, policy) => {
  const [fn, action] = key.split('.')
  it.each(WHO)('caller %s', async (who) => {
    const out = await h.call(fn, CALLERS[who], { action, ...policy.input() })
    const denied = !out.ok && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(out.error.code)
    expect({ who, denied }).toEqual({ who, denied: !policy.allowed.includes(who) })
  })
})
