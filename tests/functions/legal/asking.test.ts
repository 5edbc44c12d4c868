/**
 * Asking a lawyer: the routing table through the real `ask`, retries, anonymous follow-up by receipt, contacts.
 */
import { openHarness, anon, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { luhnCheckDigit } from '../../../types/grievance-labels'
import { png } from '../grievance/images'
import { ANSWER, QUESTION, TUE, addOfficer, ask, data, newWorker, question } from './helpers'

let h: Harness
let sxLawyer: string
beforeAll(async () => {
  h = await openHarness()
  // 苏溪镇 gets a lawyer; 佛堂镇 has none (as in the demo directory).
  sxLawyer = await addOfficer(h, 'sx', 'lawyer')
})
afterAll(() => h.close())

describe('routing table through ask', () => {
  it.each([
    ['a picked town whose federation has a lawyer', { townId: 'sx' }, 'sx', 'TOWN_LAWYERS'],
    ['the employer’s town (directory) with a lawyer', { townId: undefined, enterpriseId: 'e-hx' }, 'sx', 'TOWN_LAWYERS'],
    ['a picked town without a lawyer', { townId: 'ft' }, 'yw', 'CITY_CENTRE'],
    ['no town at all (a free-text employer name)', { townId: undefined, enterpriseName: '某某小作坊' }, 'yw', 'CITY_CENTRE'],
  ])('When the asker gives %s, then it goes to the expected federation', async (_what, over, orgId, reason) => {
    const out = await ask(h, newWorker(), over)
    expect(out).toMatchObject({ assignedOrgId: orgId, routeReason: reason, status: 'waiting', answerBy: '2026-03-11T10:00:00+08:00' })
    expect(out.answerByLabel).toBe('3月11日 10:00 前答复')
    expect(out.receipt).toMatch(/^\d{16}$/)
  })

  it('When the employer has its own enterprise union, then the union never receives the consultation or sees it', async () => {
    const out = await ask(h, newWorker(), { townId: undefined, enterpriseId: 'e-hx' })
    expect(out.assignedOrgId).toBe('sx')
    expect((await h.as('o-eu-hx-1')('legal', 'get', { id: out.id })).error.code).toBe('NOT_FOUND')
  })

  it('When the town or enterprise is unknown, then the field is named and nothing is written', async () => {
    const w = newWorker()
    const town = await h.as(w)('legal', 'ask', question({ townId: 'sx-a1' }), TUE)
    expect(town.error).toMatchObject({ code: 'LEGAL.UNKNOWN_TOWN', fields: { townId: expect.any(String) } })
    const ent = await h.as(w)('legal', 'ask', question({ townId: undefined, enterpriseId: 'e-nope' }), TUE)
    expect(ent.error).toMatchObject({ code: 'LEGAL.UNKNOWN_ENTERPRISE', fields: { enterpriseId: expect.any(String) } })
    expect(data(h, await h.as(w)('legal', 'mine', {})).items).toEqual([])
  })

  it('When the question is too short or a field is wrong, then each field gets a Chinese message', async () => {
    const out = await h.as(newWorker())('legal', 'ask', { requestId: uid('req'), category: 'nope', question: '短', privacy: 'x' }, TUE)
    expect(out.error.code).toBe('VALIDATION')
    expect(out.error.fields).toMatchObject({ category: '请选择问题类别', question: '请至少写 10 个字，把问题说清楚', privacy: '请选择实名或匿名' })
  })
})

describe('retries and the daily cap', () => {
  it('When the same requestId is sent again, then the first consultation comes back and only one exists', async () => {
    const w = newWorker()
    const body = question()
    const [a, b] = await Promise.all([h.as(w)('legal', 'ask', body, TUE), h.as(w)('legal', 'ask', body, TUE)])
    const c = await h.as(w)('legal', 'ask', body, TUE)
    expect(data(h, b)).toEqual(data(h, a))
    expect(data(h, c)).toEqual(data(h, a))
    expect(data(h, await h.as(w)('legal', 'mine', {})).items.map((i: any) => i.id)).toEqual([a.data.id])
  })

  it('When a worker has asked the day’s maximum, then the next is refused but a retry still answers', async () => {
    const w = newWorker()
    h.deps.limits.dailyReportLimit = 2
    try {
      const first = question()
      const one = await ask(h, w, first)
      await ask(h, w)
      expect((await h.as(w)('legal', 'ask', question(), TUE)).error.code).toBe('RATE_LIMITED')
      expect(data(h, await h.as(w)('legal', 'ask', first, TUE)).id).toBe(one.id)
    } finally {
      h.deps.limits.dailyReportLimit = 10
    }
  })
})

describe('anonymous and named askers', () => {
  it('When an anonymous worker follows up by receipt from another account, then the thread grows and the lawyer sees no identity', async () => {
    const w = newWorker()
    const out = await ask(h, w, { privacy: 'anonymous' })
    const byReceipt = data(h, await h.call('legal', anon, { action: 'byReceipt', receipt: out.receipt }))
    expect(byReceipt).toMatchObject({ id: out.id, status: 'waiting', privacy: 'anonymous', receipt: out.receipt })
    expect(byReceipt.messages).toEqual([expect.objectContaining({ from: 'worker', kind: 'question', text: QUESTION })])

    const other = newWorker()
    data(h, await h.as(other)('legal', 'followUp', { receipt: out.receipt, text: '补充一下：我没有签劳动合同。' }, TUE))
    data(h, await h.as(sxLawyer)('legal', 'answer', { id: out.id, text: ANSWER }, TUE))
    const view = data(h, await h.as(sxLawyer)('legal', 'get', { id: out.id }))
    expect(view.contact).toBeNull()
    expect(view.messages.map((m: any) => m.kind)).toEqual(['question', 'follow_up', 'answer'])
    expect(JSON.stringify(view)).not.toMatch(new RegExp(`${w}|${other}|askerKey|requestKey|receipt`))

    // The other account rates by receipt; by id it sees nothing (the consultation is not its own).
    expect((await h.as(other)('legal', 'get', { id: out.id })).error.code).toBe('NOT_FOUND')
    expect(data(h, await h.as(other)('legal', 'rate', { receipt: out.receipt, score: 5, solved: true })).rating).toEqual({ score: 5, solved: true })
    expect((await h.as(w)('legal', 'rate', { id: out.id, score: 1, solved: false })).error.code).toBe('LEGAL.ALREADY_RATED')
  })

  it('When a wrong receipt is tried, then NOT_FOUND, audited as a failed guess without the code', async () => {
    const wrong = `123456789012345${luhnCheckDigit('123456789012345')}`
    const out = await h.as(newWorker())('legal', 'byReceipt', { receipt: wrong }, TUE)
    expect(out.error.code).toBe('NOT_FOUND')
    const misses = await h.deps.store.audit.listByRecord('guess', 'receipt/2026-03-10T10', undefined, 100)
    expect(misses.items.length).toBeGreaterThan(0)
    expect(JSON.stringify(misses.items)).not.toContain(wrong)
  })

  it('When an anonymous asker leaves a contact, then it is refused; a named asker’s contact reaches the lawyer only', async () => {
    const w = newWorker()
    const refused = await h.as(w)('legal', 'ask', question({ privacy: 'anonymous', contact: { name: '李四', phone: '13812345678' } }), TUE)
    expect(refused.error).toMatchObject({ code: 'VALIDATION', fields: { contact: expect.stringContaining('匿名') } })

    const named = await ask(h, w, { contact: { name: '李四', phone: '138 1234 5678' } })
    expect(data(h, await h.as(sxLawyer)('legal', 'get', { id: named.id })).contact).toEqual({ name: '李四', phone: '13812345678' })
    const queue = data(h, await h.as(sxLawyer)('legal', 'queue', { limit: 100 }))
    expect(queue.items.map((i: any) => i.id)).toContain(named.id)
    expect(JSON.stringify(queue)).not.toMatch(/李四|13812345678|两个月没有发工资/)
    const stored = await h.deps.store.legal.getConsultation(named.id)
    expect(JSON.stringify(stored)).not.toMatch(/李四|13812345678/)
  })

  it('When photos are attached that are not the asker’s own uploads, then the attachment is named and nothing is written', async () => {
    const w = newWorker()
    const out = await h.as(w)('legal', 'ask', question({ attachments: ['evidence/01J00000000000000000000000-0000000000000000.png'] }), TUE)
    expect(out.error).toMatchObject({ code: 'VALIDATION', fields: { 'attachments.0': expect.any(String) } })
    expect(data(h, await h.as(w)('legal', 'mine', {})).items).toEqual([])
  })

  it('When the asker attaches their own uploaded photo, then the lawyer gets a short-lived link to it', async () => {
    const w = newWorker()
    const { fileId } = data(h, await h.as(w)('grievance', 'upload', { contentType: 'image/png', dataBase64: png().toString('base64') }, TUE))
    const out = await ask(h, w, { attachments: [fileId] })
    const view = data(h, await h.as(sxLawyer)('legal', 'get', { id: out.id }, TUE))
    expect(view.messages[0].photos).toHaveLength(1)
    expect(view.messages[0].photos[0]).toMatch(/^http/)
    // Someone else cannot attach it.
    const other = await h.as(newWorker())('legal', 'ask', question({ attachments: [fileId] }), TUE)
    expect(other.error).toMatchObject({ code: 'VALIDATION', fields: { 'attachments.0': expect.any(String) } })
  })
})
