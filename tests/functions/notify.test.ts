/**
 * Subscribe messages end to end: `notify.subscribe` records quota under the caller's inbox keys, grievance events
 * queue outbox messages (title-level facts only), and the `notify.send` timer posts them to a local fake of
 * WeChat's HTTP API through the real `wechat-http` sender.
 */
import { wechatHttpSender } from '../../cloudfunctions/_lib/notify/wechat-http'
import { subscribeTemplatesFrom } from '../../cloudfunctions/_lib/runtime/cloud'
import { clip, kindOf, pageOf, STATUS_PHRASES, templateData } from '../../cloudfunctions/_lib/notify/message'
import { reporterKey } from '../../cloudfunctions/grievance/lib/keys'
import type { OutboxMessage } from '../../cloudfunctions/_lib/store/port'
import { openHarness, timer, type Harness } from '../support/harness'
import { startWechatFake, type WechatFake } from '../support/wechat-fake'
import { TUE, at, data, file, newWorker } from './grievance/helpers'

let h: Harness
let wx: WechatFake
beforeAll(async () => {
  h = await openHarness()
  wx = await startWechatFake()
  h.deps.subscribe = wechatHttpSender({ appId: 'wx-test-app', secret: 'test-secret', baseUrl: wx.url })
})
afterAll(async () => {
  await h.close()
  await wx.close()
})
beforeEach(() => {
  wx.sends.length = 0
  wx.answers.length = 0
})

const T_PROGRESS = 'TPL_progress_0000000000000000000000000001'
const T_OFFICER = 'TPL_officer_00000000000000000000000000002'
const ELEVEN = at('2026-03-10T11:00:00+08:00')
const minutesAfter = (d: Date, m: number) => new Date(d.getTime() + m * 60_000)

const subscribe = async (openid: string, accepted: Array<{ kind: string; templateId: string }>) =>
  data(h, await h.as(openid)('notify', 'subscribe', { accepted }))
const runSend = async (now: Date) => data(h, await h.call('notify', timer, { action: 'send' }, now))
/** Every pending outbox message (due at any time). */
const pending = async (): Promise<OutboxMessage[]> => {
  // The timer's queue step (inbox items → subscribe messages), at a time before every send these tests make.
  await h.call('notify', { kind: 'system' }, { action: 'queue' }, new Date('2026-01-01T00:00:00+08:00'))
  return (await h.deps.store.outbox.listDue('2099-01-01T00:00:00+08:00', undefined, 100)).items
}
const accept = (officer: string, id: string, now = ELEVEN) => h.as(officer)('grievance', 'accept', { id }, now).then((out) => data(h, out))

describe('notify.subscribe', () => {
  it('When a worker accepts a template, then quota is kept under their reporterKey with the openid encrypted, one more per tap', async () => {
    const worker = newWorker()
    expect(await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])).toEqual({ items: [{ kind: 'grievance', recorded: true, remaining: 1 }] })
    expect((await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])).items[0].remaining).toBe(2)
    const [s] = await h.deps.store.subscriptions.listByRecipient(reporterKey(h.deps.crypto, worker))
    expect(s).toMatchObject({ kind: 'grievance', templateId: T_PROGRESS, remaining: 2 })
    expect(JSON.stringify(s)).not.toContain(worker)
    expect(h.deps.crypto.decrypt(s.openidEnc)).toBe(worker)
  })

  it('When a worker asks for officers’ news, then nothing is recorded; bad template ids and more than 3 are refused', async () => {
    expect((await subscribe(newWorker(), [{ kind: 'officer', templateId: T_OFFICER }])).items).toEqual([{ kind: 'officer', recorded: false, remaining: 0 }])
    const bad = await h.as(newWorker())('notify', 'subscribe', { accepted: [{ kind: 'grievance', templateId: 'x y' }] })
    expect(bad.error).toMatchObject({ code: 'VALIDATION', fields: { 'accepted.0.templateId': '模板编号格式不正确' } })
    const many = Array(4).fill({ kind: 'grievance', templateId: T_PROGRESS })
    expect((await h.as(newWorker())('notify', 'subscribe', { accepted: many })).error.code).toBe('VALIDATION')
  })
})

describe('the deployment’s template allowlist', () => {
  it('When templates are configured, then only the configured id for a kind is recorded; a broken setting records nothing', async () => {
    const worker = newWorker()
    h.deps.limits.subscribeTemplates = { grievance: T_PROGRESS }
    try {
      const out = await subscribe(worker, [{ kind: 'grievance', templateId: 'TPL_forged_000000000000000000000000000009' }, { kind: 'grievance', templateId: T_PROGRESS }])
      expect(out.items).toEqual([{ kind: 'grievance', recorded: false, remaining: 0 }, { kind: 'grievance', recorded: true, remaining: 1 }])
    } finally {
      delete h.deps.limits.subscribeTemplates
    }
    expect(subscribeTemplatesFrom(undefined)).toBeUndefined()
    expect(subscribeTemplatesFrom('{"grievance":"A1234567","officer":7}')).toEqual({ grievance: 'A1234567' })
    const errors: string[] = []
    expect(subscribeTemplatesFrom('not json', { info: () => undefined, error: (m) => void errors.push(m) })).toEqual({})
    expect(errors).toEqual(['UNION_SUBSCRIBE_TEMPLATES is not a JSON object of template ids; no subscription is recorded'])
  })
})

describe('subscribe messages for grievance events', () => {
  it('When a subscribed worker’s case is accepted, then one message without identity data is queued and the timer posts it to WeChat', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    const c = await file(h, worker, { contact: { name: '冯二', phone: '13611110000' } })
    expect(await pending()).toEqual([]) // 诉求已提交 echoes the worker's own tap: not worth their one message
    await accept('o-eu-hx-1', c.id)

    const queued = await pending()
    expect(queued).toHaveLength(1)
    expect(queued[0]).toMatchObject({ templateId: T_PROGRESS, page: `grievance/pages/case/index?id=${c.id}`, state: 'pending', attempts: 0 })
    expect(queued[0].data).toEqual({ thing1: '职工诉求', phrase2: '已受理', thing3: '诉求已受理', time4: '2026年3月10日 11:00' })
    const stored = JSON.stringify(queued[0])
    for (const secret of ['冯二', '13611110000', '三月份工资一直没有发', '义乌华鑫', worker]) expect(stored).not.toContain(secret)

    expect(await runSend(ELEVEN)).toMatchObject({ sent: 1, retried: 0, dropped: 0, failed: 0 })
    expect(wx.sends).toEqual([{
      touser: worker, template_id: T_PROGRESS, page: `grievance/pages/case/index?id=${c.id}`,
      data: { thing1: { value: '职工诉求' }, phrase2: { value: '已受理' }, thing3: { value: '诉求已受理' }, time4: { value: '2026年3月10日 11:00' } },
      miniprogram_state: 'formal', lang: 'zh_CN',
    }])
    expect(await h.deps.store.outbox.get(queued[0].id)).toMatchObject({ state: 'sent', nextAt: null, attempts: 1, lastError: null })
    // Sent once: later runs have nothing to send.
    expect(await runSend(minutesAfter(ELEVEN, 10))).toMatchObject({ sent: 0 })
    expect(wx.sends).toHaveLength(1)
  })

  it('When WeChat answers 43101, then the message is dropped and the worker’s quota is set to 0', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    const c = await file(h, worker)
    await accept('o-eu-hx-1', c.id)
    const [m] = await pending()
    wx.answers.push({ errcode: 43101 })
    expect(await runSend(ELEVEN)).toMatchObject({ sent: 0, dropped: 1 })
    expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ state: 'dropped', nextAt: null, lastError: 'errcode 43101' })
    const [s] = await h.deps.store.subscriptions.listByRecipient(reporterKey(h.deps.crypto, worker))
    expect(s.remaining).toBe(0)
    // The next event finds no quota: nothing is queued.
    await h.as('o-eu-hx-1')('grievance', 'reply', { id: c.id, text: '我们正在核实。' }, minutesAfter(ELEVEN, 5))
    expect(await pending()).toEqual([])
  })

  it('When sending fails for a while (HTTP 502, then a revoked token), then it retries with backoff and succeeds exactly once', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    const c = await file(h, worker)
    await accept('o-eu-hx-1', c.id)
    const [m] = await pending()

    wx.answers.push({ httpStatus: 502 })
    expect(await runSend(ELEVEN)).toMatchObject({ sent: 0, retried: 1 })
    expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'http 502', nextAt: '2026-03-10T11:01:00+08:00' })
    expect(await runSend(minutesAfter(ELEVEN, 0.5))).toMatchObject({ sent: 0, retried: 0 }) // not due yet

    wx.revokeToken()
    const tokenCalls = wx.tokenCalls
    expect(await runSend(minutesAfter(ELEVEN, 1))).toMatchObject({ retried: 1 })
    expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ attempts: 2, lastError: 'errcode 40001', nextAt: '2026-03-10T11:06:00+08:00' })

    expect(await runSend(minutesAfter(ELEVEN, 6))).toMatchObject({ sent: 1 })
    expect(wx.tokenCalls).toBe(tokenCalls + 1) // the cached token was dropped and fetched again
    expect(await runSend(minutesAfter(ELEVEN, 60))).toMatchObject({ sent: 0, retried: 0 })
    expect(wx.sends.map((s) => s.touser)).toEqual([worker, worker]) // the 502 attempt and the accepted one
    expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ state: 'sent', attempts: 3, lastError: null })
  })

  it('When a message keeps failing, then it is given up after 5 attempts', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    await accept('o-eu-hx-1', (await file(h, worker)).id)
    const [m] = await pending()
    wx.answers.push(...Array(5).fill({ errcode: -1 }))
    for (const minutes of [0, 1, 6, 36, 156]) await runSend(minutesAfter(ELEVEN, minutes))
    expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ state: 'failed', attempts: 5, nextAt: null, lastError: 'errcode -1' })
    expect(wx.sends).toHaveLength(5)
  })

  it('When the sender throws (e.g. no app secret), then that is a failed attempt: backed off, other messages still go, given up after 5', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    await accept('o-eu-hx-1', (await file(h, worker)).id)
    const [m] = await pending()
    const real = h.deps.subscribe
    h.deps.subscribe = { send: async () => { throw new Error('missing secret(s): WX_APP_SECRET') } }
    try {
      const first = await runSend(ELEVEN)
      expect(first.retried).toBeGreaterThanOrEqual(1)
      expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'exception: missing secret(s): WX_APP_SECRET' })
      for (const minutes of [1, 6, 36, 156]) await runSend(minutesAfter(ELEVEN, minutes))
      expect(await h.deps.store.outbox.get(m.id)).toMatchObject({ state: 'failed', attempts: 5, nextAt: null })
    } finally {
      h.deps.subscribe = real
    }
  })

  it('When the quota is spent, then later events queue nothing until the worker taps again', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    const c = await file(h, worker)
    await accept('o-eu-hx-1', c.id)
    await h.as('o-eu-hx-1')('grievance', 'reply', { id: c.id, text: '我们正在核实。' }, minutesAfter(ELEVEN, 5))
    expect((await pending()).map((m) => m.data.phrase2)).toEqual(['已受理'])
    await runSend(ELEVEN)
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    await h.as('o-eu-hx-1')('grievance', 'requestInfo', { id: c.id, question: '请补充工资条。' }, minutesAfter(ELEVEN, 10))
    expect((await pending()).map((m) => m.data.phrase2)).toEqual(['待补充'])
    await runSend(minutesAfter(ELEVEN, 10))
  })

  it('When an anonymous reporter subscribed, then the message still reaches them and nothing an officer reads carries their openid', async () => {
    const worker = newWorker()
    await subscribe(worker, [{ kind: 'grievance', templateId: T_PROGRESS }])
    const c = await file(h, worker, { enterpriseId: undefined, townId: 'sx', privacy: 'anonymous', contact: undefined })
    const officer = h.as('o-town-sx-1')
    await accept('o-town-sx-1', c.id)
    await runSend(ELEVEN)
    expect(wx.sends.map((s) => [s.touser, s.page])).toEqual([[worker, `grievance/pages/case/index?id=${c.id}`]])

    const officerSees = JSON.stringify([
      data(h, await officer('grievance', 'get', { id: c.id })),
      data(h, await officer('grievance', 'queue', { status: 'accepted', limit: 100 })),
      data(h, await officer('grievance', 'inbox', { limit: 100 })),
      data(h, await officer('grievance', 'messages', { id: c.id })),
      await h.deps.store.grievances.get(c.id),
      await h.deps.store.grievances.listParticipants(c.id),
      await h.deps.store.subscriptions.listByRecipient(reporterKey(h.deps.crypto, worker)),
    ])
    expect(officerSees).not.toContain(worker)
  })

  it('When an officer subscribed to their org’s news, then a new case at the org queues a message to them that opens the case', async () => {
    await subscribe('o-town-ft-1', [{ kind: 'officer', templateId: T_OFFICER }])
    const c = await file(h, newWorker(), { enterpriseId: undefined, townId: 'ft', privacy: 'anonymous', contact: undefined })
    const queued = await pending()
    expect(queued.map((m) => [m.templateId, m.page, m.data.thing1, m.data.phrase2])).toEqual([
      [T_OFFICER, `grievance/pages/case/index?id=${c.id}`, '工会待办', '待受理'],
    ])
    await runSend(TUE)
    expect(wx.sends.map((s) => s.touser)).toEqual(['o-town-ft-1'])
  })

  it('When an officer who subscribed has moved to another org, then the old org’s news no longer reaches them', async () => {
    const officer = (await h.deps.store.officers.get('o-town-ft-admin'))!
    await subscribe(officer.openid, [{ kind: 'officer', templateId: T_OFFICER }])
    await h.deps.store.officers.put({ ...officer, orgId: 'sx' })
    try {
      const before = (await pending()).length
      await file(h, newWorker(), { enterpriseId: undefined, townId: 'ft', privacy: 'anonymous', contact: undefined })
      const recipients = (await pending()).slice(before).map((m) => h.deps.crypto.decrypt(m.openidEnc))
      expect(recipients).not.toContain(officer.openid)
    } finally {
      await h.deps.store.officers.put(officer)
    }
  })
})

describe('the local host’s log sender', () => {
  it('When the host sends with the log sender, then the log says what would be sent, without the openid', async () => {
    const local = await openHarness()
    try {
      const worker = newWorker()
      data(local, await local.as(worker)('notify', 'subscribe', { accepted: [{ kind: 'grievance', templateId: T_PROGRESS }] }))
      const c = await file(local, worker)
      data(local, await local.as('o-eu-hx-1')('grievance', 'accept', { id: c.id }, ELEVEN))
      expect(data(local, await local.call('notify', timer, { action: 'send' }, ELEVEN))).toMatchObject({ sent: 1 })
      const lines = local.log.entries.filter((e) => e.message.startsWith('subscribe message'))
      expect(lines).toEqual([expect.objectContaining({ fields: expect.objectContaining({ templateId: T_PROGRESS, page: `grievance/pages/case/index?id=${c.id}` }) })])
      expect(JSON.stringify(local.log.entries)).not.toContain(worker)
    } finally {
      await local.close()
    }
  })
})

describe('what a message says (pure)', () => {
  it('When any status is sent, then it fits WeChat’s phrase field (at most 5 Chinese characters); titles are cut to 20', () => {
    for (const [type, phrase] of Object.entries(STATUS_PHRASES)) expect({ type, ok: /^[\u4e00-\u9fff]{1,5}$/.test(phrase) }).toEqual({ type, ok: true })
    expect(clip('一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十')
    expect(clip('一二三四五六七八九十一二三四五六七八九十一')).toBe('一二三四五六七八九十一二三四五六七八九…')
    expect(templateData('membership', { type: 'membership.unknown', title: '入会申请已通过', at: '2026-12-01T08:05:00+08:00' }))
      .toEqual({ thing1: '入会与会籍', phrase2: '有新进展', thing3: '入会申请已通过', time4: '2026年12月1日 08:05' })
  })

  it('When an item is mapped, then org items are officers’ news, echoes of the worker’s own tap go nowhere, and pages open the record', () => {
    expect(kindOf({ recipientKey: 'org:sx', type: 'membership.received' })).toBe('officer')
    expect(kindOf({ recipientKey: 'abc', type: 'grievance.submitted' })).toBeNull()
    expect(kindOf({ recipientKey: 'abc', type: 'membership.approved' })).toBe('membership')
    expect(kindOf({ recipientKey: 'abc', type: 'other.thing' })).toBeNull()
    expect(pageOf({ recipientKey: 'org:sx', type: 'membership.received', caseId: 'A1' })).toBe('membership/pages/review/index?id=A1')
    expect(pageOf({ recipientKey: 'org:sx', type: 'membership.left', caseId: null })).toBe('membership/pages/queue/index')
    expect(pageOf({ recipientKey: 'abc', type: 'membership.approved', caseId: 'A1' })).toBe('membership/pages/status/index?id=A1')
    expect(pageOf({ recipientKey: 'abc', type: 'grievance.checkin', caseId: null })).toBe('grievance/pages/inbox/index')
  })

  it('When legal-aid and mutual-aid items are mapped, then they open their own pages and members’ mutual-aid news spends the membership subscription', () => {
    expect(pageOf({ recipientKey: 'abc', type: 'legal.aid_decided', caseId: 'L1' })).toBe('legal/pages/aid/index?id=L1')
    expect(pageOf({ recipientKey: 'org:yw', type: 'legal.aid_received', caseId: 'L1' })).toBe('legal/pages/aid/index?id=L1')
    expect(pageOf({ recipientKey: 'abc', type: 'legal.answered', caseId: 'C1' })).toBe('legal/pages/consultation/index?id=C1')
    expect(pageOf({ recipientKey: 'abc', type: 'mutualAid.paid', caseId: 'M1' })).toBe('mutual-aid/pages/claim/index?id=M1')
    expect(pageOf({ recipientKey: 'org:sx', type: 'mutualAid.received', caseId: 'M1' })).toBe('mutual-aid/pages/claim/index?id=M1')
    expect(kindOf({ recipientKey: 'abc', type: 'mutualAid.paid' })).toBe('membership')
    expect(kindOf({ recipientKey: 'abc', type: 'legal.aid_decided' })).toBe('legal')
    for (const type of ['legal.aid_decided', 'mutualAid.returned', 'mutualAid.paid']) expect(Array.from(STATUS_PHRASES[type]).length).toBeLessThanOrEqual(5)
  })
})
