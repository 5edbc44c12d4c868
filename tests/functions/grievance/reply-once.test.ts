/**
 * A reply sent again with the same requestId (a network retry, a double tap) is answered with the first reply: one
 * message, one notification. An app version older than requestId still replies, without that protection.
 */
import { openHarness, type Harness } from '../../support/harness'
import { caseMessage, uid } from '../../support/factories'
import { MAX_CASE_MESSAGES } from '../../../cloudfunctions/_lib/store/grievance-port'
import { at, data, file, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const town = () => h.as('o-town-sx-1')
const ELEVEN = at('2026-03-10T11:00:00+08:00')
const NOON = at('2026-03-10T12:00:00+08:00')

/** An employer-blind case held and accepted by the town federation. */
async function acceptedCase() {
  const worker = newWorker()
  const { id } = await file(h, worker, { privacy: 'employer_blind', category: 'safety' })
  data(h, await town()('grievance', 'accept', { id }, ELEVEN))
  return { id: id as string, worker }
}
const thread = async (id: string) => data(h, await town()('grievance', 'messages', { id, limit: 100 })).items as any[]
const replied = (items: any[], id: string) => items.filter((i) => i.type === 'grievance.replied' && i.caseId === id)

describe('grievance.reply with a requestId', () => {
  it('When a worker sends the same reply twice, then one message and one notification; the retry answers like the first', async () => {
    const { id, worker } = await acceptedCase()
    const input = { id, text: '机器还是没有装防护罩。', requestId: uid('req') }
    const first = data(h, await h.as(worker)('grievance', 'reply', input, NOON))
    const again = data(h, await h.as(worker)('grievance', 'reply', input, at('2026-03-10T12:01:00+08:00')))
    expect(again).toEqual(first)
    expect((await thread(id)).map((m) => m.text)).toEqual(['机器还是没有装防护罩。'])
    expect(replied((await inboxOf(h, 'o-town-sx-1')).org!, id)).toHaveLength(1)
  })

  it('When an officer’s reply is retried, then the worker gets one message and one notification', async () => {
    const { id, worker } = await acceptedCase()
    const input = { id, text: '我们下周去企业检查。', requestId: uid('req') }
    const outs = [data(h, await town()('grievance', 'reply', input, NOON)), data(h, await town()('grievance', 'reply', input, NOON))]
    expect(outs[1]).toEqual(outs[0])
    expect(outs[0]).toEqual({ id, messageId: expect.any(String), at: expect.any(String), status: 'accepted' })
    expect((await thread(id)).map((m) => m.text)).toEqual(['我们下周去企业检查。'])
    expect(replied((await inboxOf(h, worker)).mine, id)).toHaveLength(1)
  })

  it('When the same reply arrives 5 times at once, then exactly one message and one notification are written', async () => {
    const { id, worker } = await acceptedCase()
    const input = { id, text: '二车间也一样。', requestId: uid('req') }
    const outs = await Promise.all(Array.from({ length: 5 }, () => h.as(worker)('grievance', 'reply', input, NOON)))
    const messageIds = new Set(outs.filter((o) => o.ok).map((o) => o.data.messageId))
    expect(messageIds.size).toBe(1)
    expect(outs.every((o) => o.ok || o.error.code === 'CONFLICT')).toBe(true)
    expect(await thread(id)).toHaveLength(1)
    expect(replied((await inboxOf(h, 'o-town-sx-1')).org!, id)).toHaveLength(1)
  })

  it('When the requestId is new, or the same one is used on another case, then it is another message', async () => {
    const a = await acceptedCase()
    const requestId = uid('req')
    data(h, await h.as(a.worker)('grievance', 'reply', { id: a.id, text: '第一条', requestId }, NOON))
    data(h, await h.as(a.worker)('grievance', 'reply', { id: a.id, text: '第二条', requestId: uid('req') }, NOON))
    expect((await thread(a.id)).map((m) => m.text).sort()).toEqual(['第一条', '第二条'])
    const { id: other } = await file(h, a.worker, { privacy: 'employer_blind', category: 'safety' })
    data(h, await town()('grievance', 'accept', { id: other }, ELEVEN))
    data(h, await h.as(a.worker)('grievance', 'reply', { id: other, text: '另一条诉求', requestId }, NOON))
    expect((await thread(other)).map((m) => m.text)).toEqual(['另一条诉求'])
  })

  it('When a client sends no requestId (an older app), then the reply still works, each send a message', async () => {
    const { id, worker } = await acceptedCase()
    for (let i = 0; i < 2; i++) data(h, await h.as(worker)('grievance', 'reply', { id, text: '老版本' }, NOON))
    expect(await thread(id)).toHaveLength(2)
  })

  it('When a case already holds its 300 messages, then a reply is refused with a clear message and nothing is written or sent', async () => {
    const { id, worker } = await acceptedCase()
    // Filled at the store (299 officer messages and one worker reply through the function).
    for (let i = 0; i < MAX_CASE_MESSAGES - 1; i++) expect(await h.deps.store.grievances.addMessage(caseMessage({ caseId: id }))).toBe(true)
    data(h, await h.as(worker)('grievance', 'reply', { id, text: '最后一条', requestId: uid('req') }, NOON))
    const before = replied((await inboxOf(h, 'o-town-sx-1')).org!, id).length
    for (const [who, text] of [[worker, '又一条'], ['o-town-sx-1', '工会回复']]) {
      const out = await h.as(who)('grievance', 'reply', { id, text, requestId: uid('req') }, NOON)
      expect(out).toMatchObject({ ok: false, error: { code: 'GRIEVANCE.THREAD_FULL', message: expect.stringContaining('300') } })
    }
    expect(await h.deps.store.grievances.countMessages(id)).toBe(MAX_CASE_MESSAGES)
    expect(replied((await inboxOf(h, 'o-town-sx-1')).org!, id)).toHaveLength(before)
  })
})
