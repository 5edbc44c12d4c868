/**
 * The H5 build in headless Chromium against the real local host (demo data, development identities):
 * the app loads, the demo identity switcher changes who 我的 shows, and the directory search finds 华鑫.
 * Screenshots go to .cache/screenshots/ for a human to look at.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startHost, type Host } from '../../scripts/host/server'
import { DEMO_IDENTITIES } from '../../scripts/demo/identities'

const ROOT = resolve(__dirname, '..', '..')
const H5_DIR = join(ROOT, 'dist', 'h5')
const SHOTS = join(ROOT, '.cache', 'screenshots')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
]

const hasChromium = existsSync(CHROMIUM)
if (!hasChromium && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: the H5 end-to-end test needs it in CI (apt-get install -y chromium fonts-wqy-microhei)`)
}
if (!hasChromium) console.log(`Skipping the H5 end-to-end test: ${CHROMIUM} is not installed.`)
const maybe = hasChromium ? describe : describe.skip

jest.setTimeout(60_000)

/** Screenshot once Taro's page slide-in (a 300 ms CSS transition) has finished: the newest page sits at x = 0. */
async function shot(page: Page, name: string) {
  await page.waitForFunction(() => {
    const pages = document.querySelectorAll('.taro_router > .taro_page')
    const newest = pages[pages.length - 1]
    return !!newest && newest.getBoundingClientRect().left === 0 && document.getAnimations().every((a) => a.playState !== 'running')
  })
  // Viewport only: Taro pages scroll inside their own container, so a full-page shot adds nothing.
  await page.screenshot({ path: join(SHOTS, name) })
}

maybe('H5 app against the local host', () => {
  let dir: string
  let host: Host
  let browser: Browser
  let page: Page
  const browserErrors: string[] = []

  beforeAll(async () => {
    if (!existsSync(join(H5_DIR, 'index.html'))) {
      // jest sets NODE_ENV=test, which would give a development bundle (react-refresh hooks and all).
      const env = { ...process.env, NODE_ENV: 'production' as const }
      execFileSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, env, stdio: 'pipe', timeout: 240_000 })
    }
    mkdirSync(SHOTS, { recursive: true })
    dir = mkdtempSync(join(tmpdir(), 'union-e2e-'))
    host = await startHost({ port: 0, dbPath: join(dir, 'db.sqlite'), dataDir: dir, dev: true, demo: true, timers: false, staticDir: H5_DIR })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    page.on('pageerror', (err) => browserErrors.push(`pageerror: ${err.message}`))
    page.on('console', (msg) => {
      if (msg.type() === 'error') browserErrors.push(`console: ${msg.text()}`)
    })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await host?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('When the app opens, then 首页 shows the capability entries, unbuilt ones marked 即将开放', async () => {
    await page.goto(`${host.url}/`)
    await page.getByText('单位查询', { exact: true }).waitFor()
    for (const title of ['我要入会', '电子会员证', '法律咨询', '医疗互助', '我要维权']) {
      await page.getByText(title, { exact: true }).waitFor()
    }
    expect(await page.getByText('即将开放', { exact: true }).count()).toBe(5)
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
    const chooseIdentity = async (label: string) => {
      await page.goto(`${host.url}/#/pages/me/index`)
      await page.getByText(label, { exact: true }).click()
      await page.locator('.me__name').waitFor()
    }

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
    expect(browserErrors).toEqual([])
  })
})
