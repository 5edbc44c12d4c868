/**
 * Answering: who may read, claim and answer; exactly one lawyer holds a consultation; the first answer stops the
 * clock; follow-ups both ways; close and rate.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { ANSWER, TUE, addOfficer, ask, data, hoursAfter, inboxOf, newWorker } from './helpers'
import { uid } from '../../support/factories'

let h: Harness
let sxLawyer: string
let sxLawyer2: string
let ftLawyer: string
beforeAll(async () => {
  h = await openHarness()
  sxLawyer = await addOfficer(h, 'sx', 'lawyer')
  sxLawyer2 = await addOfficer(h, 'sx', 'lawyer')
  ftLawyer = await addOfficer(h, 'ft', 'lawyer')
})
afterAll(() => h.close())

describe('who may read and act', () => {
  it('When two lawyers of the org claim at once, then exactly one holds it and the other gets LEGAL.ALREADY_CLAIMED', async () => {
    const c = await ask(h, newWorker())
    const [a, b] = await Promise.all([
      h.as(sxLawyer)('legal', 'claim', { id: c.id }, TUE),
      h.as(sxLawyer2)('legal', 'claim', { id: c.id }, TUE),
    ])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    const loser = [a, b].find((r) => !r.ok)
    expect(loser.error.code).toBe('LEGAL.ALREADY_CLAIMED')
    const winner = a.ok ? sxLawyer : sxLawyer2
    const other = a.ok ? sxLawyer2 : sxLawyer
    const stored = (await h.deps.store.legal.getConsultation(c.id))!
    expect(stored).toMatchObject({ status: 'claimed', claimedBy: winner })
    expect(stored.history.filter((e) => e.type === 'claimed')).toHaveLength(1)
    // The holder claims again harmlessly; the other lawyer can neither claim nor answer.
    expect(data(h, await h.as(winner)('legal', 'claim', { id: c.id }, TUE)).status).toBe('claimed')
    expect((await h.as(other)('legal', 'answer', { id: c.id, text: ANSWER }, TUE)).error.code).toBe('LEGAL.ALREADY_CLAIMED')
  })

  it('When a lawyer of another org or an enterprise-level officer tries, then the consultation does not exist for them', async () => {
    const c = await ask(h, newWorker(), { enterpriseId: 'e-hx', townId: undefined })
    for (const who of [ftLawyer, 'o-lawyer-1', 'o-eu-hx-1', 'o-sx-a1-1', 'o-town-ft-admin']) {
      for (const [act, input] of [['get', {}], ['claim', {}], ['answer', { text: ANSWER }], ['followUp', { text: '请补充情况。' }], ['close', {}]] as const)
        expect({ who, act, code: (await h.as(who)('legal', act, { id: c.id, ...input }, TUE)).error?.code }).toEqual({ who, act, code: 'NOT_FOUND' })
    }
    // An enterprise union's officer has no legal queue at all.
    expect((await h.as('o-eu-hx-1')('legal', 'queue', {}, TUE)).error.code).toBe('FORBIDDEN')
    // The other town's lawyer does not see it in their own queue, nor may they open the town's queue.
    expect(data(h, await h.as(ftLawyer)('legal', 'queue', {}, TUE)).items.map((i: any) => i.id)).not.toContain(c.id)
    expect((await h.as(ftLawyer)('legal', 'queue', { orgId: 'sx' }, TUE)).error.code).toBe('FORBIDDEN')
  })

  it('When an officer (not a lawyer) of the org reads it, then they may read but not claim or answer; an admin above may', async () => {
    const c = await ask(h, newWorker())
    const seen = data(h, await h.as('o-town-sx-1')('legal', 'get', { id: c.id }, TUE))
    expect(seen).toMatchObject({ id: c.id, mayAnswer: false })
    expect((await h.as('o-town-sx-1')('legal', 'claim', { id: c.id }, TUE)).error).toMatchObject({ code: 'FORBIDDEN', message: '只有本组织的律师或管理员才能接单和答复' })
    expect((await h.as('o-town-sx-1')('legal', 'followUp', { id: c.id, text: '请补充情况。' }, TUE)).error.code).toBe('FORBIDDEN')
    const audits = await h.deps.store.audit.listByRecord('consultation', c.id, undefined, 100)
    expect(audits.items).toEqual([expect.objectContaining({ action: 'legal.view', actor: 'o-town-sx-1' })])
    // The city admin is an admin of an ancestor: may claim and answer.
    expect(data(h, await h.as('o-city-admin')('legal', 'answer', { id: c.id, text: ANSWER }, TUE)).status).toBe('answered')
  })
})

describe('answering and the thread', () => {
  it('When the lawyer answers, then the clock stops, the worker is told without the text, and the sweep leaves it alone', async () => {
    const w = newWorker()
    const c = await ask(h, w)
    expect((await h.as(sxLawyer)('legal', 'answer', { id: c.id, text: '太短了' }, TUE)).error.fields.text).toBe('答复至少 10 个字')
    const answered = data(h, await h.as(sxLawyer)('legal', 'answer', { id: c.id, text: ANSWER }, hoursAfter(TUE, 2)))
    expect(answered).toMatchObject({ status: 'answered', firstAnsweredAt: '2026-03-10T12:00:00+08:00' })
    expect((await h.deps.store.legal.getConsultation(c.id))!.escalateAt).toBeNull()

    const { mine } = await inboxOf(h, w)
    const item = mine.find((i) => i.caseId === c.id && i.type === 'legal.answered')
    expect(item).toBeDefined()
    expect(JSON.stringify(mine)).not.toMatch(/两个月没有发工资|书面催告/)

    data(h, await h.call('escalate', timer, { action: 'sweep' }, hoursAfter(TUE, 30)))
    expect((await h.deps.store.legal.getConsultation(c.id))!).toMatchObject({ assignedOrgId: 'sx', supervised: false, missedOrgIds: [] })
  })

  it('When worker and lawyer follow up, then the thread holds both; after close nothing more is added; rating needs an answer and happens once', async () => {
    const w = newWorker()
    const c = await ask(h, w)
    expect((await h.as(w)('legal', 'rate', { id: c.id, score: 4, solved: true }, TUE)).error.code).toBe('LEGAL.NOT_ANSWERED')
    data(h, await h.as(sxLawyer)('legal', 'followUp', { id: c.id, text: '请问您入职多久了？有没有签合同？' }, TUE))
    data(h, await h.as(w)('legal', 'followUp', { id: c.id, text: '入职一年半，签了合同。' }, TUE))
    data(h, await h.as(sxLawyer)('legal', 'answer', { id: c.id, text: ANSWER }, TUE))
    const view = data(h, await h.as(w)('legal', 'get', { id: c.id }, TUE))
    expect(view.messages.map((m: any) => [m.from, m.kind])).toEqual([
      ['worker', 'question'], ['lawyer', 'follow_up'], ['worker', 'follow_up'], ['lawyer', 'answer'],
    ])
    expect(JSON.stringify(view.history)).not.toContain(sxLawyer)

    expect(data(h, await h.as(w)('legal', 'close', { id: c.id }, TUE)).status).toBe('closed')
    expect((await h.as(w)('legal', 'followUp', { id: c.id, text: '还有一个问题。' }, TUE)).error.code).toBe('LEGAL.NOT_OPEN')
    expect((await h.as(sxLawyer)('legal', 'close', { id: c.id }, TUE)).error.code).toBe('LEGAL.NOT_OPEN')
    expect(data(h, await h.as(w)('legal', 'rate', { id: c.id, score: 4, solved: true }, TUE)).rating).toEqual({ score: 4, solved: true })
    expect((await h.as(w)('legal', 'rate', { id: c.id, score: 5, solved: true }, TUE)).error.code).toBe('LEGAL.ALREADY_RATED')
    expect((await h.as(sxLawyer)('legal', 'rate', { id: c.id, score: 5, solved: true }, TUE)).error.code).toBe('FORBIDDEN')
  })

  it('When the queue is read, then open consultations come earliest answer-by first, page by page', async () => {
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push((await ask(h, newWorker(), {}, hoursAfter(TUE, 3 - i))).id)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = data(h, await h.as(sxLawyer)('legal', 'queue', { limit: 2, ...(cursor ? { cursor } : {}) }, TUE))
      seen.push(...page.items.map((i: any) => i.id))
      cursor = page.next ?? undefined
    } while (cursor)
    const mineInOrder = seen.filter((id) => ids.includes(id))
    expect(mineInOrder).toEqual([...ids].reverse())
  })
})

describe('follow-ups sent twice', () => {
  it('When a follow-up is retried with the same requestId, then the thread holds it once', async () => {
    const worker = newWorker()
    const c = await ask(h, worker)
    const body = { id: c.id, requestId: uid('req'), text: '补充：老板还扣了押金。' }
    const [a, b] = [await h.as(worker)('legal', 'followUp', body, TUE), await h.as(worker)('legal', 'followUp', body, TUE)]
    expect(data(h, b).messageId).toBe(data(h, a).messageId)
    const stored = await h.deps.store.legal.getConsultation(c.id)
    expect(stored!.messages.filter((m) => m.text === body.text)).toHaveLength(1)
  })
})
