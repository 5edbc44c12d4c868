/**
 * Issue 14: wording per reader. The worker is told the exact privacy mode they chose ("您选择了“匿名”"), never
 * "不让单位知道或匿名"; an officer reads about the reporter in the third person, with the exact mode and who
 * chose it. The queue rows carry how many workers reported a case together (a desktop table column).
 */
import { openHarness, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { at, data, file, newWorker } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const TAIL = '诉求直接交给镇（街道）总工会，不经过单位的工会。'
const get = async (openid: string, id: string) => data(h, await h.as(openid)('grievance', 'get', { id }))

describe('route explanations name the exact mode, in the reader’s words', () => {
  it.each([
    ['anonymous', '匿名', undefined],
    ['employer_blind', '不让单位知道', { name: '周九', phone: '13877776666' }],
  ] as const)('When a worker reports %s, then preview, submit and get say 您选择了“%s”, and the officer reads 报告人选择了…', async (privacy, label, contact) => {
    const worker = newWorker()
    const preview = data(h, await h.as(worker)('grievance', 'preview', { enterpriseId: 'e-hx', privacy }))
    expect(preview.routeExplanation).toBe(`您选择了“${label}”，${TAIL}`)

    const c = await file(h, worker, { privacy, contact })
    expect(c.routeExplanation).toBe(`您选择了“${label}”，${TAIL}`)
    const mine = await get(worker, c.id)
    expect(mine.routeExplanation).toBe(`您选择了“${label}”，${TAIL}`)
    expect(mine.privacy).toBe(privacy)

    const officer = await get('o-town-sx-1', c.id)
    expect(officer.routeExplanation).toBe(`报告人选择了“${label}”，${TAIL}`)
    for (const text of [preview.routeExplanation, c.routeExplanation, mine.routeExplanation, officer.routeExplanation]) expect(text).not.toContain('或匿名')
  })

  it('When an anonymous worker joins a named case, then the officer reads that a joiner chose “匿名”, and the named reporter is not told they chose it', async () => {
    const reporter = newWorker()
    const c = await file(h, reporter, { category: 'overtime' })
    expect(c.routeExplanation).toBe('您的单位有自己的工会，由单位工会受理。')
    data(h, await h.as(newWorker())('grievance', 'join', { caseId: c.id, requestId: uid('req'), privacy: 'anonymous' }, at('2026-03-10T11:00:00+08:00')))

    const officer = await get('o-town-sx-1', c.id)
    expect(officer.routeReason).toBe('EMPLOYER_BLIND')
    expect(officer.routeExplanation).toBe(`一起反映的职工选择了“匿名”，${TAIL}`)
    const worker = await get(reporter, c.id)
    expect(worker.routeExplanation).not.toMatch(/您选择了/)
  })

  it('When a report is routed to the enterprise union, then its officer reads about 报告人的单位, not 您的单位', async () => {
    const c = await file(h, newWorker(), { category: 'contract' })
    const officer = await get('o-eu-hx-1', c.id)
    expect(officer.routeExplanation).toBe('报告人的单位有自己的工会，由单位工会受理。')
  })
})

describe('hidden reporters, told in the third person', () => {
  it('When a reporter or a joiner is anonymous, then the officer’s notice names 报告人 or 这位职工 and “匿名”', async () => {
    const anonymous = await file(h, newWorker(), { category: 'safety', privacy: 'anonymous', contact: undefined })
    expect((await get('o-town-sx-1', anonymous.id)).reporters[0].notice).toBe('报告人选择了“匿名”：任何工会工作人员都看不到其身份，请在诉求里回复')

    const named = await file(h, newWorker(), { category: 'social_insurance' })
    data(h, await h.as(newWorker())('grievance', 'join', { caseId: named.id, requestId: uid('req'), privacy: 'anonymous' }, at('2026-03-10T11:00:00+08:00')))
    const [reporter, joiner] = (await get('o-town-sx-1', named.id)).reporters
    expect(reporter).toMatchObject({ visible: true, name: '张三' })
    expect(joiner).toMatchObject({ visible: false, notice: '这位职工选择了“匿名”：任何工会工作人员都看不到其身份，请在诉求里回复' })
  })
})

describe('the queue row', () => {
  it('When two workers reported a case together, then its queue row says participantCount 2', async () => {
    const c = await file(h, newWorker(), { category: 'work_injury', privacy: 'employer_blind' })
    data(h, await h.as(newWorker())('grievance', 'join', {
      caseId: c.id, requestId: uid('req'), privacy: 'employer_blind', contact: { name: '李四', phone: '13911112222' },
    }, at('2026-03-10T11:00:00+08:00')))
    const queue = data(h, await h.as('o-town-sx-1')('grievance', 'queue', { limit: 100 }))
    expect(queue.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ participantCount: 2 })
  })
})
