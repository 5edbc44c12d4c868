/**
 * Issue 13 §1 in the browser at a 1280×800 desk: 华鑫织造工会's officer opens 欠薪零报告 from 工作台, chooses 有欠薪
 * (12 workers, 86,000 元), reads it back and sends it; 苏溪镇总工会's officer opens the month board and finds 华鑫 in
 * state 有欠薪 with its early-warning case, and the case in the town's grievance queue marked 欠薪预警.
 * The board again at 390×844. Screenshots: .cache/screenshots/arrears-*.png.
 */
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the arrears browser journey')
jest.setTimeout(120_000)

const DESK = { width: 1280, height: 800 }

maybe('Wage-arrears zero-report (H5 against the local host)', () => {
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

  test('When an enterprise union files 有欠薪, then the town sees it on the board and the early-warning case in its queue', async () => {
    await page.setViewportSize(DESK)
    await chooseIdentity(page, host.url, '华鑫织造工会 干部')
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.workbench__org').waitFor()
    await page.locator('.nut-cell', { hasText: '欠薪零报告' }).click()
    await page.locator('.arr__due').waitFor()
    expect(await page.locator('.arr__due').textContent()).toMatch(/^\d{4}年\d{1,2}月的报告须在 \d{1,2}月\d{1,2}日 24:00 前报送/)

    await page.getByRole('radio', { name: /有欠薪/ }).click()
    await page.locator('input[placeholder="欠薪职工人数"]').fill('12')
    await page.locator('input[placeholder="欠薪金额（元）"]').fill('86000')
    await page.locator('textarea[placeholder^="如：订单减少"]').fill('外贸订单取消，资金周转困难')
    await page.getByText('下一步：确认').click()
    const confirm = page.getByRole('dialog', { name: '确认报送' })
    await confirm.waitFor()
    expect(await confirm.textContent()).toContain('有欠薪：12 人，共 86,000.00 元')
    await shot(page, 'arrears-1-confirm.png')
    await confirm.getByText('确认报送').click()
    await page.locator('.arr__done').waitFor()
    expect(await page.locator('.arr__done').textContent()).toContain('已生成欠薪预警诉求')
    await page.locator('.arr__report', { hasText: '外贸订单取消' }).waitFor()

    await chooseIdentity(page, host.url, '苏溪镇总工会 干部')
    await page.goto(`${host.url}/#/arrears/pages/board/index`)
    const row = page.locator('.dtable__row', { hasText: '义乌华鑫织造有限公司' })
    await row.waitFor()
    expect(await row.textContent()).toContain('有欠薪')
    expect(await row.textContent()).toContain('12 人 · 86,000.00 元')
    expect(await page.locator('.arr__totals').textContent()).toMatch(/有欠薪（?\s*\d/)
    await shot(page, 'arrears-2-board.png')

    await page.getByRole('button', { name: /^有欠薪 \d/ }).click()
    await page.locator('.dtable__row', { hasText: '义乌华鑫织造有限公司' }).getByText('查看 ›').click()
    await page.waitForURL(/grievance\/pages\/case\/index\?id=/)
    await page.getByText(/拖欠 12 名职工工资/).waitFor()

    await page.goto(`${host.url}/#/grievance/pages/queue/index`)
    const queued = page.locator('.dtable__row', { hasText: '义乌华鑫织造有限公司' }).filter({ hasText: '欠薪预警' })
    await queued.first().waitFor()
    expect(await queued.first().textContent()).toContain('12 人')
    await shot(page, 'arrears-3-queue.png')

    // On a phone the same board: totals, groups and the rows stay readable.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${host.url}/#/arrears/pages/board/index`)
    await page.locator('.arr__report', { hasText: '义乌华鑫织造有限公司' }).first().waitFor()
    await shot(page, 'arrears-4-phone.png')
  })
})
