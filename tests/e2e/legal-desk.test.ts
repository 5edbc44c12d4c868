/**
 * Issue 11 at the union's desk, on the H5 build against the real local host. A consultation waits at the city
 * centre (asked over HTTP: tests/e2e/legal.test.ts asks on the page); the city's lawyer opens 工作台 → 法律咨询待办
 * in a 1280×800 window, opens it beside the table, claims it (confirmation) and answers it. A worker applies for
 * legal aid on a phone-sized page (the means test shows before sending; the decide-by date after); the city admin
 * decides it at the desk: grant, with a lawyer of the city federation, after a confirmation.
 * Screenshots go to .cache/screenshots/legal-desk-*.png for a human to look at.
 */
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the legal desk browser journey')

jest.setTimeout(120_000)

const QUESTION = '签了一年的劳动合同，试用期六个月，单位说试用期不用交社保，这样合法吗？'
const ANSWER = '劳动合同期限一年的，试用期最长不得超过一个月；试用期包含在合同期内，单位应当依法缴纳社会保险。'
const FACTS = '在厂里做了三年，三月份起工资一直没发，老板说等货款回来再说。'
const DESK = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

maybe('Legal desk journey (H5 against the local host)', () => {
  let app: App
  let host: Host
  let page: Page

  beforeAll(async () => {
    app = await openApp()
    host = app.host
    page = app.page
  }, 300_000)

  afterAll(async () => {
    await app?.close()
  })

  const tapButton = (text: string, within = 'body') => page.locator(`${within} .nut-button`, { hasText: text }).click()
  const confirmDialog = () => page.locator('.taro-model__confirm:visible').click()
  const toastGone = () =>
    page.waitForFunction(() => {
      const toast = document.querySelector<HTMLElement>('.taro__toast')
      return !toast || getComputedStyle(toast).display === 'none'
    })
  /** A call to the host as a demo identity. */
  const as = async (openid: string, fn: string, action: string, input: object = {}) => {
    const res = await fetch(`${host.url}/fn/${fn}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': openid }, body: JSON.stringify({ action, ...input }),
    })
    const body = (await res.json()) as { ok: boolean; data?: any; error?: unknown }
    if (!body.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body.error)}`)
    return body.data
  }
  /** 我的 → 工作台 → an entry, as a demo officer. */
  const openFromWorkbench = async (identity: string, entry: string) => {
    await chooseIdentity(page, host.url, identity)
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.workbench__org').waitFor()
    await page.locator('.nut-cell', { hasText: entry }).click()
  }

  test('When the city lawyer works at a 1280×800 desk, then they claim a consultation beside the queue and answer it', async () => {
    const asked = await as('o-worker-2', 'legal', 'ask', { requestId: `e2e-desk-${Date.now()}`, category: 'contract', question: QUESTION, privacy: 'named' })
    await page.setViewportSize(DESK)
    await openFromWorkbench('义乌市总工会 律师', '法律咨询待办')
    const row = page.locator('.dtable__row', { hasText: '劳动合同' })
    await row.waitFor()
    await shot(page, 'legal-desk-1-queue.png')

    await row.click()
    const pane = page.locator('.desk__detail')
    await pane.getByText(QUESTION).waitFor()
    await tapButton('接单', '.desk__detail')
    await confirmDialog()
    await pane.getByText('劳动合同 · 我已接单').waitFor()
    await page.locator('.dtable__row', { hasText: '我已接单' }).waitFor()
    await toastGone()
    await shot(page, 'legal-desk-2-claimed.png')

    await pane.locator('textarea[placeholder^="写清结论"]').fill('试用期太长')
    await tapButton('发送答复', '.desk__detail')
    await pane.getByText('答复至少 10 个字').waitFor()
    await pane.locator('textarea[placeholder^="写清结论"]').fill(ANSWER)
    await tapButton('发送答复', '.desk__detail')
    await pane.locator('.thread__msg--answer', { hasText: ANSWER }).waitFor()
    await toastGone()
    await shot(page, 'legal-desk-3-answered.png')

    const seen = await as('o-worker-2', 'legal', 'get', { id: asked.id })
    expect(seen).toMatchObject({ status: 'answered' })
    expect(seen.messages.map((m: { kind: string }) => m.kind)).toEqual(['question', 'answer'])
    expect(app.browserErrors).toEqual([])
  })

  test('When a worker applies for aid on a phone and the city admin grants it at the desk, then the worker sees the decision', async () => {
    await page.setViewportSize(PHONE)
    await chooseIdentity(page, host.url, '职工（演示）')
    await page.getByText('首页', { exact: true }).last().click()
    await page.locator('.home__tile', { hasText: '法律咨询' }).click()
    await page.locator('.legal__entry', { hasText: '法律援助申请' }).click()

    await page.locator('.choice', { hasText: '工资报酬/欠薪' }).first().click()
    await page.locator('input[placeholder^="比如欠的工资"]').fill('8000')
    await page.locator('.choice', { hasText: '仲裁代理' }).click()
    await page.locator('.legal__field', { hasText: '进城务工' }).locator('.choice', { hasText: '是' }).click()
    await page.locator('.legal__field', { hasText: '困难职工' }).locator('.choice', { hasText: '否' }).click()
    await page.locator('input[placeholder^="全家每月总收入"]').fill('3000')
    const means = page.locator('.aid__means')
    await means.filter({ hasText: '免予经济困难审查' }).waitFor()
    await means.scrollIntoViewIfNeeded()
    await shot(page, 'legal-desk-4-aid-means-test.png')

    await page.locator('textarea[placeholder^="什么时候"]').fill(FACTS)
    await page.locator('input[placeholder="请填写姓名"]').fill('张三')
    await page.locator('input[placeholder="11 位手机号"]').fill('13812345678')
    await page.locator('.aid__consent').click()
    await tapButton('下一步：确认')
    await page.getByText('请确认您的援助申请').waitFor()
    await tapButton('确认提交')
    await page.locator('.aid__decide-by', { hasText: '前作出决定' }).waitFor()
    await shot(page, 'legal-desk-5-aid-submitted.png')

    const lawyers = await as('o-city-admin', 'account', 'listOfficers', { orgId: 'yw', limit: 100 })
    const lawyer = lawyers.items.find((o: { openid: string }) => o.openid === 'o-lawyer-1')
    await page.setViewportSize(DESK)
    await openFromWorkbench('义乌市总工会 管理员', '法律援助审查')
    const row = page.locator('.dtable__row', { hasText: '张*' })
    await row.waitFor()
    await row.click()
    const pane = page.locator('.desk__detail')
    await pane.getByText('13812345678').waitFor()
    await pane.locator('.choice', { hasText: '同意援助' }).click()
    await pane.locator('.choice', { hasText: lawyer.name }).click()
    await pane.locator('textarea[placeholder^="承办律师会在几天内"]').fill('由市总工会律师代理仲裁，三个工作日内联系您。')
    await shot(page, 'legal-desk-6-aid-decide.png')
    await tapButton('提交决定', '.desk__detail')
    await confirmDialog()
    await pane.getByText('决定：同意援助').waitFor()
    await toastGone()
    await shot(page, 'legal-desk-7-aid-granted.png')

    const mine = await as('o-worker-1', 'legal', 'aidMine')
    expect(mine.items[0]).toMatchObject({ status: 'granted', meansTest: 'exempt', decision: { decision: 'grant', form: ['arbitration'] } })
    expect(app.browserErrors).toEqual([])
  })
})
