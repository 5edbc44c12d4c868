/** A worker's 消息 shows membership news next to grievance news: two unrelated keys, merged only when read. */
import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { TUE, apply, data, member, newWorker } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const inbox = async (openid: string, after?: string, limit = 100) =>
  data(h, await h.as(openid)('grievance', 'inbox', { limit, ...(after ? { after } : {}) }, TUE)).mine

describe('the worker inbox merges grievance and membership entries', () => {
  it('lists both kinds, newest first, and pages across them with one cursor', async () => {
    const worker = newWorker()
    await apply(h, worker, { enterpriseId: 'e-sx-007' })
    data(h, await h.as(worker)('grievance', 'submit', {
      requestId: uid('req'), townId: 'sx', category: 'safety', privacy: 'anonymous', description: '车间没有防护装置。',
    }, TUE))
    const all = await inbox(worker)
    const types = all.items.map((i: { type: string }) => i.type)
    expect(types.some((t: string) => t.startsWith('membership.'))).toBe(true)
    expect(types.some((t: string) => t.startsWith('grievance.'))).toBe(true)
    const ids = all.items.map((i: { id: string }) => i.id)
    expect(ids).toEqual([...ids].sort().reverse())

    const paged: string[] = []
    let after: string | undefined
    do {
      const page = await inbox(worker, after, 1)
      paged.push(...page.items.map((i: { id: string }) => i.id))
      after = page.next ?? undefined
    } while (after)
    expect(paged).toEqual(ids)
  })

  it('marks a membership entry read for its worker and for nobody else', async () => {
    const { openid } = await member(h)
    const entry = (await inbox(openid)).items.find((i: { type: string }) => i.type.startsWith('membership.'))
    expect(entry).toBeDefined()
    const other = await h.as(newWorker())('grievance', 'markRead', { id: entry.id }, TUE)
    expect(other.ok ? 'ok' : other.error.code).toBe('NOT_FOUND')
    data(h, await h.as(openid)('grievance', 'markRead', { id: entry.id }, TUE))
    expect((await inbox(openid)).items.find((i: { id: string }) => i.id === entry.id).read).toBe(true)
  })
})
