/**
 * The H5 build in headless Chromium against the real local host (demo data, development identities):
 * the app loads, the demo identity switcher changes who 我的 shows, and the directory search finds 华鑫.
 * Screenshots go to .cache/screenshots/ for a human to look at.
 */
import type { Page } from 'playwright-core'
import { DEMO_IDENTITIES } from '../../scripts/demo/identities'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity as choose, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the H5 end-to-end test')

jest.setTimeout(60_000)

maybe('H5 app against the local host', () => {
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

  test('When the app opens, then 首页 shows the capability entries, unbuilt ones marked 即将开放', async () => {
    await page.goto(`${host.url}/`)
    await page.getByText('单位查询', { exact: true }).waitFor()
    for (const title of ['我要入会', '电子会员证', '法律咨询', '医疗互助', '我要维权']) {
      await page.getByText(title, { exact: true }).waitFor()
    }
    expect(await page.getByText('即将开放', { exact: true }).count()).toBe(0) // all live (tests/e2e/*.test.ts); 医疗互助 since issue 12
    await shot(page, 'h5-1-home.png')
  })

  test('When the town officer is chosen in the demo switcher, then 我的 shows 苏溪镇总工会', async () => {
    await page.getByText('切换演示身份（仅开发模式）›', { exact: true }).click() // the switcher is reachable from 首页
    await page.getByText('演示身份（仅开发模式）', { exact: true }).waitFor()
    for (const identity of DEMO_IDENTITIES) {
      await page.getByText(identity.label, { exact: true }).waitFor()
    }

    await page.getByText('苏溪镇总工会 干部', { exact: true }).click()

    const card = page.locator('.me__card')
    await card.locator('.me__org', { hasText: '苏溪镇总工会' }).waitFor()
    await expect(card.innerText()).resolves.toContain('工会干部')
    await page.getByText('工作台', { exact: true }).waitFor()
    expect(await page.evaluate(() => window.localStorage.getItem('union.devOpenid'))).toBe('o-town-sx-1')
    await shot(page, 'h5-2-me-town-officer.png')
  })

  test('When a worker searches the directory for 华鑫, then 义乌华鑫织造有限公司 is found and its union opens', async () => {
    await page.getByText('首页', { exact: true }).last().click()
    await page.getByText('单位查询', { exact: true }).click()
    const input = page.locator('input[placeholder="单位名称或统一社会信用代码"]')
    await input.waitFor()

    await input.fill('华')
    await page.locator('.nut-button', { hasText: '搜索' }).click()
    await page.getByText('请至少输入 2 个字').waitFor() // the server's field message, shown under the input

    await input.fill('华鑫')
    await page.locator('.nut-button', { hasText: '搜索' }).click()
    await page.getByText('义乌华鑫织造有限公司', { exact: true }).waitFor()
    await shot(page, 'h5-3-directory-search.png')

    await page.getByText('义乌华鑫织造有限公司', { exact: true }).click()
    await page.getByText('上级工会', { exact: true }).waitFor()
    await page.locator('.org__row', { hasText: '苏溪镇总工会' }).waitFor()
    await shot(page, 'h5-4-org.png')
  })

  test('When a town admin invites and a worker redeems the code, then the worker gets the 工作台 of that union', async () => {
    const chooseIdentity = (label: string) => choose(page, host.url, label)

    await chooseIdentity('苏溪镇总工会 管理员')
    await page.locator('.nut-cell', { hasText: '工作台' }).click() // NutUI lets the cell, not its text, take the tap
    await page.locator('.nut-button', { hasText: '生成邀请码' }).click()
    const code = (await page.locator('.workbench__code').innerText()).trim()
    expect(code).toMatch(/^[0-9A-Z]{8}$/)
    await shot(page, 'h5-5-workbench-invite.png')

    await chooseIdentity('职工二（演示）')
    await page.locator('.nut-cell', { hasText: '我是工会干部' }).click()
    await page.locator('input[placeholder="8 位字母或数字"]').fill(code.toLowerCase()) // the server normalises case
    await page.locator('input[placeholder="请填写真实姓名"]').fill('李娜')
    await page.locator('.nut-button', { hasText: '提交' }).click()
    await page.getByText('登记成功', { exact: true }).waitFor()
    await page.locator('.nut-button', { hasText: '进入工作台' }).click()
    await page.locator('.workbench__org', { hasText: '苏溪镇总工会' }).waitFor()
    await expect(page.locator('.workbench').innerText()).resolves.toContain('李娜')
    await shot(page, 'h5-6-redeemed-workbench.png')
  })

  test('Then the browser logged no errors along the way', () => {
    expect(app.browserErrors).toEqual([])
  })
})
