/**
 * Issue 11's browser journey on the H5 build against the real local host, on a phone-sized page: a worker opens
 * 法律咨询 from 首页 and asks anonymously (the confirm step, then who answers, by when, and the receipt code); the
 * city's lawyer (o-lawyer-1: the demo has no town lawyers) claims and answers — over HTTP until the lawyer pages
 * exist; the worker reads the answer and rates it once. The toolkit runs in the browser build too (overtime, the
 * arbitration draft and its print CSS, the limitation clock and its reminders), and the published answer is searchable.
 * Screenshots go to .cache/screenshots/legal-*.png for a human to look at.
 */
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the legal browser journey')

jest.setTimeout(90_000)

const QUESTION = '我在厂里干了三年，上个月老板突然让我走人，也没给补偿，我能要多少经济补偿？'
const ANSWER = '单位提出解除劳动合同的，应按工作年限支付经济补偿，每满一年一个月工资。请保留解除通知和工资记录，可申请劳动仲裁。'
const LAWYER = 'o-lawyer-1'

maybe('Legal consultation journey (H5 against the local host)', () => {
  let app: App
  let host: Host
  let page: Page
  let consultationId = ''

  beforeAll(async () => {
    app = await openApp()
    host = app.host
    page = app.page
  }, 300_000)

  afterAll(async () => {
    await app?.close()
  })

  /** Visible only: pages further down Taro's stack stay in the DOM (hidden) with their own buttons. */
  const tapButton = (text: string) => page.locator('.nut-button:visible', { hasText: text }).click()
  /** The success toast (1.5 s) would cover the screenshot; Taro hides it with display: none. */
  const toastGone = () =>
    page.waitForFunction(() => {
      const toast = document.querySelector<HTMLElement>('.taro__toast')
      return !toast || getComputedStyle(toast).display === 'none'
    })
  /** A call to the host as a demo identity: the lawyer's side until the lawyer pages exist. */
  const asLawyer = async (action: string, input: object = {}) => {
    const res = await fetch(`${host.url}/fn/legal`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': LAWYER }, body: JSON.stringify({ action, ...input }),
    })
    const body = (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: unknown }
    if (!body.ok) throw new Error(`legal.${action} failed: ${JSON.stringify(body.error)}`)
    return body.data as Record<string, unknown>
  }

  test('When a worker asks anonymously from 首页, then the city centre receives it with an answer-by time and a receipt code', async () => {
    await chooseIdentity(page, host.url, '职工（演示）')
    await page.getByText('首页', { exact: true }).last().click()
    await page.locator('.home__tile', { hasText: '法律咨询' }).click()
    await page.locator('.lhome__tool', { hasText: '仲裁时效' }).waitFor()
    await shot(page, 'legal-1-home.png')

    await page.locator('.legal__entry', { hasText: '问律师' }).click()
    await page.locator('.choice', { hasText: '解除与经济补偿' }).click()
    await page.locator('textarea[placeholder^="比如：在厂里"]').fill(QUESTION)
    await expect(page.locator('.legal__counter').innerText()).resolves.toBe(`${QUESTION.length}/2000`)
    await page.locator('.choice', { hasText: '匿名' }).click()
    await page.locator('.choice', { hasText: '匿名' }).scrollIntoViewIfNeeded()
    await shot(page, 'legal-2-ask.png')

    await tapButton('下一步：确认')
    await page.getByText('请确认您的咨询').waitFor()
    await page.getByText('提交后 24 小时内答复').waitFor()
    await shot(page, 'legal-3-confirm.png')

    await tapButton('确认提交')
    await page.getByText('由 义乌市总工会 的律师解答').waitFor()
    await expect(page.locator('.ask__answer-by').innerText()).resolves.toMatch(/^\d{1,2}月\d{1,2}日 \d{2}:\d{2} 前答复$/)
    expect((await page.locator('.ask__code').innerText()).replace(/\s/g, '')).toMatch(/^\d{16}$/)
    await shot(page, 'legal-4-done.png')
  })

  test('When the city lawyer claims and answers, then the worker sees the answer and rates it once', async () => {
    const queue = (await asLawyer('queue')) as { items: { id: string; categoryLabel: string; status: string }[] }
    const row = queue.items.find((i) => i.categoryLabel === '解除与经济补偿' && i.status === 'waiting')
    expect(row).toBeDefined()
    consultationId = row!.id
    await asLawyer('claim', { id: consultationId })
    await asLawyer('answer', { id: consultationId, text: ANSWER })

    await tapButton('查看这条咨询')
    await page.getByText(ANSWER).waitFor()
    await page.locator('.consult__status', { hasText: '律师已答复' }).waitFor()
    await page.getByText(QUESTION).waitFor()
    await shot(page, 'legal-5-answered.png')

    await page.locator('.rate__score', { hasText: '5 分' }).click()
    await page.locator('.choice', { hasText: '问题解决了' }).click()
    await tapButton('提交评价')
    await page.locator('.taro-model__confirm:visible').click()
    await page.locator('.consult__rating', { hasText: '5 分 · 问题解决了' }).waitFor()
    await expect(page.locator('.nut-button', { hasText: '提交评价' }).count()).resolves.toBe(0)
    const seen = (await asLawyer('get', { id: consultationId })) as { rating: unknown }
    expect(seen.rating).toEqual({ score: 5, solved: true })
    await page.locator('.consult__rating').scrollIntoViewIfNeeded()
    await toastGone()
    await shot(page, 'legal-6-rated.png')
  })

  test('When the worker uses the overtime calculator, then the result and its legal basis show in the browser', async () => {
    await page.goto(`${host.url}/#/legal/pages/calculator/index?kind=overtime`)
    await page.locator('input[placeholder="例如 5000"]').fill('4350')
    const hours = page.locator('input[placeholder="没有就填 0"]') // 工作日, 休息日, 法定节假日
    await hours.nth(0).fill('10')
    await hours.nth(1).fill('8')
    await hours.nth(2).fill('0')
    await tapButton('计算')
    await page.locator('.calc__total', { hasText: '775.00 元' }).waitFor()
    await page.locator('.calc').scrollIntoViewIfNeeded()
    await shot(page, 'legal-7-overtime.png')

    // The result goes into a printable arbitration application; print CSS leaves the document alone on the page.
    await tapButton('写进劳动仲裁申请书')
    await page.locator('input[placeholder="姓名"]').fill('张三')
    await tapButton('生成申请书')
    await page.getByText('1. 请求裁决被申请人支付加班费 775.00 元；').waitFor()
    await shot(page, 'legal-8-arbitration.png')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.nut-button', { hasText: '打印' }).isVisible()).resolves.toBe(false)
    await page.screenshot({ path: resolve(__dirname, '..', '..', '.cache', 'screenshots', 'legal-8b-print.png') })
    await page.emulateMedia({ media: 'screen' })
  })

  test('When the worker picks a date on the limitation page, then the deadline is computed there and reminders can be set', async () => {
    await page.goto(`${host.url}/#/legal/pages/limitation/index`)
    await page.locator('.choice', { hasText: '解除与经济补偿' }).click()
    await page.locator('.date-field').first().click()
    await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click() // the wheel opens on today
    await tapButton('计算')
    await page.locator('.clock__deadline').waitFor()
    await expect(page.locator('.clock__deadline').innerText()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    await tapButton('提醒我')
    await page.getByText(/^已设置提醒：/).waitFor()
    await page.locator('.clock__deadline').scrollIntoViewIfNeeded()
    await shot(page, 'legal-9-limitation.png')
  })

  test('When the lawyer publishes the answer, then it is found in 法律知识', async () => {
    await asLawyer('publish', { id: consultationId, question: QUESTION, answer: ANSWER })
    await page.goto(`${host.url}/#/legal/pages/knowledge/index`)
    await page.locator('input[placeholder^="比如：加班费"]').fill('经济补偿')
    await tapButton('搜索')
    await page.locator('.kb__row', { hasText: QUESTION }).click()
    await page.getByText(ANSWER, { exact: false }).waitFor()
    await shot(page, 'legal-10-knowledge.png')
    expect(app.browserErrors).toEqual([])
  })
})
