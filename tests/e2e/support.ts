/**
 * Shared set-up for the H5 browser journeys: the H5 build, a fresh local host (dev identities, demo
 * directory), headless Chromium, screenshots in .cache/screenshots/ and the browser's errors.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startHost, type Host } from '../../scripts/host/server'

const ROOT = resolve(__dirname, '..', '..')
const H5_DIR = join(ROOT, 'dist', 'h5')
const SHOTS = join(ROOT, '.cache', 'screenshots')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
]

/** `describe` when Chromium is installed, else `describe.skip` with a printed reason (and an error in CI). */
export function describeWithChromium(what: string): jest.Describe {
  const hasChromium = existsSync(CHROMIUM)
  if (!hasChromium && process.env.CI) {
    throw new Error(`${CHROMIUM} is missing: the H5 end-to-end tests need it in CI (apt-get install -y chromium fonts-wqy-microhei)`)
  }
  if (!hasChromium) console.log(`Skipping ${what}: ${CHROMIUM} is not installed.`)
  return hasChromium ? describe : describe.skip
}

export type App = { host: Host; browser: Browser; page: Page; browserErrors: string[]; close(): Promise<void> }

export type AppOptions = {
  /** The host's clock (request clock and file links); a test moves it to see a card token expire. */
  clock?: () => Date
}

/** Builds dist/h5 if missing, starts a host on a fresh database and opens a phone-sized page. */
export async function openApp(opts: AppOptions = {}): Promise<App> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    // jest sets NODE_ENV=test, which would give a development bundle (react-refresh hooks and all).
    const env = { ...process.env, NODE_ENV: 'production' as const }
    execFileSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, env, stdio: 'pipe', timeout: 600_000 }) // CI builds it first (.ci/run)
  }
  mkdirSync(SHOTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'union-e2e-'))
  const host = await startHost({ port: 0, dbPath: join(dir, 'db.sqlite'), dataDir: dir, dev: true, demo: true, timers: false, staticDir: H5_DIR, clock: opts.clock })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const browserErrors: string[] = []
  collectErrors(page, browserErrors)
  return {
    host, browser, page, browserErrors,
    async close() {
      await browser.close()
      await host.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function collectErrors(page: Page, into: string[]) {
  page.on('pageerror', (err) => into.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.push(`console: ${msg.text()}`)
  })
}

/**
 * A second person on the same host: a page in a browser context of its own (its own localStorage, so its own demo
 * identity), whose errors land in `app.browserErrors` too. Closed with the app.
 */
export async function openPage(app: App, viewport: { width: number; height: number }): Promise<Page> {
  const page = await app.browser.newPage({ viewport, locale: 'zh-CN' })
  collectErrors(page, app.browserErrors)
  return page
}

/** Screenshot once Taro's page slide-in (a 300 ms CSS transition) has finished: the newest page sits at x = 0. */
export async function shot(page: Page, name: string) {
  await page.waitForFunction(() => {
    const pages = document.querySelectorAll('.taro_router > .taro_page')
    const newest = pages[pages.length - 1]
    return !!newest && newest.getBoundingClientRect().left === 0 && document.getAnimations().every((a) => a.playState !== 'running')
  })
  // Viewport only: Taro pages scroll inside their own container, so a full-page shot adds nothing.
  await page.screenshot({ path: join(SHOTS, name) })
}

/** Picks a demo identity on 我的 (the development switcher) and waits until 我的 shows who that is. */
export async function chooseIdentity(page: Page, hostUrl: string, label: string) {
  await page.goto(`${hostUrl}/#/pages/me/index`)
  await page.getByText(label, { exact: true }).click()
  await page.locator('.me__name').waitFor()
}
