/**
 * Issue 13 §4 in the browser: 苏溪镇总工会's officer opens 工作看板 from 工作台 at a 1280×800 desk after a worker's report
 * and the hourly refresh (triggered as the timer would, `x-dev-trigger: timer`); the page shows the numbers as cards
 * and four bar charts whose bars carry their values as text, 数据表 turns a chart into a table, and a number opens its
 * list on the tab it counts (待受理 → the grievance queue's 待受理, 已超时 → 入会审核's 超期). Screenshots:
 * .cache/screenshots/dashboard-*.png.
 */
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the dashboard browser journey')
jest.setTimeout(120_000)

const DESK = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

maybe('Officer dashboard (H5 against the local host)', () => {
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

  const post = async (headers: Record<string, string>, fn: string, body: object) => {
    const res = await fetch(`${host.url}/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const out = (await res.json()) as { ok: boolean; data?: any; error?: unknown }
    if (!out.ok) throw new Error(`${fn} failed: ${JSON.stringify(out.error)}`)
    return out.data
  }

  test('When a town officer opens 工作看板 at a desk, then numbers and charts show with labels, and 待受理 opens the queue', async () => {
    await post({ 'x-dev-openid': 'o-worker-1' }, 'grievance', {
      action: 'submit', requestId: `e2e-dash-${Date.now()}`, enterpriseId: 'e-hx', category: 'wage_arrears',
      description: '公司拖欠我们三个月工资，老板一直说下个月发。', privacy: 'named', contact: { name: '张三', phone: '13812345678' },
    })
    await post({ 'x-dev-trigger': 'timer' }, 'dashboard', { action: 'refresh' })

    await page.setViewportSize(DESK)
    await chooseIdentity(page, host.url, '苏溪镇总工会 干部')
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.workbench__org').waitFor()
    await page.locator('.nut-cell', { hasText: '工作看板' }).click()
    await page.getByText('苏溪镇总工会 · 工作看板').waitFor()

    const charts = page.locator('.chart')
    await charts.first().waitFor()
    expect(await charts.count()).toBe(4)
    expect(await charts.first().locator('.chart__bar').count()).toBe(12)
    // Each bar carries its value as text; the chart's label reads every month.
    expect(await charts.first().getAttribute('aria-label')).toMatch(/^每月收到的诉求（件）：.*月 [1-9]/)
    // Taro keeps the pages behind in the DOM (hidden): the desk layout of the page on top is the visible one.
    expect(await page.locator('.desk:visible').count()).toBe(1)
    await shot(page, 'dashboard-1-desk.png')

    await charts.first().getByText('数据表').click()
    expect(await charts.first().locator('[role="row"]').count()).toBe(12)

    const pending = page.locator('.dash__card', { hasText: '待受理' }).last()
    expect(Number(await pending.locator('.dash__value').textContent())).toBeGreaterThan(0)
    await pending.click()
    await page.waitForURL(/grievance\/pages\/queue\/index/)
    await page.locator('.tabs__tab--on:visible', { hasText: '待受理' }).waitFor()

    await page.setViewportSize(PHONE)
    await page.goto(`${host.url}/#/dashboard/pages/index/index`)
    // A hash change keeps the earlier dashboard in the DOM, hidden: wait for the one on top.
    await page.locator('.chart:visible').first().waitFor()
    await shot(page, 'dashboard-2-phone.png')

    // 已超时 opens 入会审核 on its 超期 tab (?overdue=1), asking for the overdue applications.
    const asked = page.waitForRequest((r) => r.url().endsWith('/fn/membership') && (r.postData() ?? '').includes('"overdue":true'))
    await page.locator('.dash__card:visible', { hasText: '已超时' }).click()
    await page.waitForURL(/membership\/pages\/queue\/index\?.*overdue=1/)
    await page.locator('.tabs__tab--on:visible', { hasText: '超期' }).waitFor()
    await asked
  })
})
