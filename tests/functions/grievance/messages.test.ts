import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { reporterKey } from '../../../cloudfunctions/grievance/lib/keys'
import { at, data, file, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const town = () => h.as('o-town-sx-1')
const ELEVEN = at('2026-03-10T11:00:00+08:00')
/** Ids order by the machine clock only: order by the request time (see casework.test.ts). */
const byTime = (items: any[]) => [...items].sort((a, b) => a.at.localeCompare(b.at))

/** A collective case: a reporter and a joiner, accepted by the town, with one message from each and from the union. */
async function conversation() {
  const reporter = newWorker()
  const joiner = newWorker()
  const { id } = await file(h, reporter, { privacy: 'employer_blind', category: 'safety' })
  data(h, await town()('grievance', 'accept', { id }, ELEVEN))
  data(h, await h.as(joiner)('grievance', 'join', { caseId: id, requestId: uid('req'), privacy: 'anonymous' }, ELEVEN))
  data(h, await h.as(reporter)('grievance', 'reply', { id, text: '我是三车间的，机器没有防护罩。' }, at('2026-03-11T09:00:00+08:00')))
  data(h, await h.as(joiner)('grievance', 'reply', { id, text: '二车间也一样。' }, at('2026-03-11T09:30:00+08:00')))
  data(h, await town()('grievance', 'reply', { id, text: '我们下周去企业检查。' }, at('2026-03-11T10:00:00+08:00')))
  return { id: id as string, reporter, joiner }
}

describe('messages on a case with several workers', () => {
  it('When the reporter and a joiner both write, then each sees their own messages (mine) and the union’s, never the other’s', async () => {
    const { id, reporter, joiner } = await conversation()
    const forReporter = data(h, await h.as(reporter)('grievance', 'messages', { id }))
    expect(byTime(forReporter.items).map((m: any) => [m.from, m.mine, m.text])).toEqual([
      ['worker', true, '我是三车间的，机器没有防护罩。'],
      ['officer', false, '我们下周去企业检查。'],
    ])
    const forJoiner = data(h, await h.as(joiner)('grievance', 'messages', { id }))
    expect(byTime(forJoiner.items).map((m: any) => [m.from, m.mine, m.text])).toEqual([
      ['worker', true, '二车间也一样。'],
      ['officer', false, '我们下周去企业检查。'],
    ])
  })

  it('When the officer reads the conversation, then every message is there, workers shown as 职工 with the reporter index of the case view', async () => {
    const { id } = await conversation()
    const thread = data(h, await town()('grievance', 'messages', { id }))
    expect(byTime(thread.items).map((m: any) => [m.from, m.sender, m.reporterId, m.text])).toEqual([
      ['worker', '职工', '0', '我是三车间的，机器没有防护罩。'],
      ['worker', '职工', '1', '二车间也一样。'],
      ['officer', undefined, undefined, '我们下周去企业检查。'],
    ])
    const view = data(h, await town()('grievance', 'get', { id }))
    expect(view.reporters.map((r: any) => [r.reporterId, r.role])).toEqual([['0', 'reporter'], ['1', 'joiner']])
  })

  it('When anyone reads the messages, then no response carries a senderKey, an openid or a reporter key', async () => {
    const { id, reporter, joiner } = await conversation()
    const replies = [
      await h.as(reporter)('grievance', 'messages', { id }),
      await h.as(joiner)('grievance', 'messages', { id }),
      await town()('grievance', 'messages', { id }),
    ]
    const secrets = [reporter, joiner, reporterKey(h.deps.crypto, reporter), reporterKey(h.deps.crypto, joiner)]
    for (const out of replies) {
      const text = JSON.stringify(data(h, out))
      expect(text).not.toContain('senderKey')
      for (const s of secrets) expect(text).not.toContain(s)
    }
    // The store does hold who wrote each worker message.
    const stored = (await h.deps.store.grievances.listMessages(id, undefined, 10)).items
    expect(stored.filter((m) => m.from === 'worker').map((m) => m.senderKey).sort())
      .toEqual([reporterKey(h.deps.crypto, reporter), reporterKey(h.deps.crypto, joiner)].sort())
    expect(stored.filter((m) => m.from === 'officer').map((m) => m.senderKey)).toEqual([null])
  })
})
