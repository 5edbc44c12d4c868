/**
 * Issue 10's desktop journey on the H5 build against the real local host, in a 1280×800 browser: the sign-in page
 * shows a QR, this test reads it from the page's pixels (as the phone's camera would), plays the mini-program by
 * confirming the code over HTTP as the officer, and the page signs in through the host's stand-in for CloudBase
 * custom login and reaches 工作台. Ending the session from the phone then signs the desktop out.
 * Screenshots: .cache/screenshots/desktop-login-e2e-*.png.
 */
import { join, resolve } from 'node:path'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { codeFromScan } from '../../src/services/desktop-code'
import { describeWithChromium, openApp, type App } from './support'

const maybe = describeWithChromium('the desktop sign-in browser journey')
jest.setTimeout(120_000)

const SHOTS = join(resolve(__dirname, '..', '..'), '.cache', 'screenshots')
const OFFICER = 'o-town-sx-1'

maybe('Desktop sign-in (H5 at 1280×800 against the local host)', () => {
  let app: App
  let page: Page
  let shiftMs = 0
  const errors: string[] = []
  /** Every function call the page made: its action and the identity headers it carried. */
  const calls: Array<{ action: string; identity: Record<string, string> }> = []

  beforeAll(async () => {
    app = await openApp({ clock: () => new Date(Date.now() + shiftMs) })
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
    page.on('console', (msg) => (msg.type() === 'error' ? errors.push(`console: ${msg.text()}`) : undefined))
    page.on('request', (req) => {
      if (!req.url().includes('/fn/')) return
      const h = req.headers()
      const identity = Object.fromEntries(['x-dev-openid', 'x-dev-desktop-session'].filter((k) => h[k]).map((k) => [k, h[k]]))
      calls.push({ action: String((req.postDataJSON() as { action?: string } | null)?.action), identity })
    })
  }, 300_000)
  afterAll(() => app?.close())

  /** The phone: the officer's mini-program calls the account function (identity from the development header). */
  const asOfficer = async (body: object) =>
    (await fetch(`${app.host.url}/fn/account`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': OFFICER }, body: JSON.stringify(body) })).json()

  test('When the officer scans the QR and confirms on the phone, then the desktop page signs in and shows 工作台', async () => {
    await page.goto(`${app.host.url}/#/account/pages/desktop-login/index`)
    await page.getByText('工会干部电脑登录').waitFor()
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.desktop-login__img img')
      return !!img && img.complete && img.naturalWidth > 0
    })
    await page.getByText(/后过期/).waitFor()
    await page.screenshot({ path: join(SHOTS, 'desktop-login-e2e-1-qr.png') })

    const pixels = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('.desktop-login__img img')!
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let binary = ''
      for (let i = 0; i < data.data.length; i += 0x8000) binary += String.fromCharCode(...data.data.subarray(i, i + 0x8000))
      return { width: data.width, height: data.height, rgba: btoa(binary) }
    })
    const scanned = jsQR(new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64')), pixels.width, pixels.height)?.data
    expect(scanned).toContain(`${app.host.url}/#/account/pages/desktop-confirm/index?code=`)
    const code = codeFromScan(scanned)
    expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/)

    const confirmed = await asOfficer({ action: 'desktopConfirm', code })
    expect(confirmed).toMatchObject({ ok: true, data: { confirmed: true } })

    await page.waitForURL(/#\/workbench\/pages\/index\/index/, { timeout: 15_000 })
    await page.locator('.workbench__org', { hasText: '苏溪镇总工会' }).waitFor()
    await page.locator('.nut-cell-title', { hasText: '维权诉求' }).first().waitFor()
    await page.waitForTimeout(400) // Taro's page slide-in
    await page.screenshot({ path: join(SHOTS, 'desktop-login-e2e-2-workbench.png') })

    // Before sign-in the page had no identity; 工作台's call carried the desktop session, never a demo openid.
    const polls = calls.filter((c) => c.action === 'desktopPoll')
    expect(polls.length).toBeGreaterThan(0)
    for (const c of polls) expect(c.identity).toEqual({})
    const me = calls.filter((c) => c.action === 'me')
    expect(me.length).toBeGreaterThan(0)
    for (const c of me) expect(Object.keys(c.identity)).toEqual(['x-dev-desktop-session'])
    const sessions = await asOfficer({ action: 'desktopSessions' })
    expect(sessions.data.items.map((s: { id: string }) => s.id)).toEqual([me[0].identity['x-dev-desktop-session']])
    expect(sessions.data.items[0].device).toMatch(/Chrome|Linux/)
  })

  test('When the officer ends that desktop from the phone (退出该电脑), then the desktop no longer opens 工作台', async () => {
    const sessions = await asOfficer({ action: 'desktopSessions' })
    for (const s of sessions.data.items) expect((await asOfficer({ action: 'desktopEnd', sessionId: s.id })).ok).toBe(true)
    shiftMs = 6_000 // past the host's 5 s identity cache
    await page.reload()
    await page.getByText('请先登录微信后再操作').waitFor() // account.me: UNAUTHENTICATED
    expect(await page.locator('.workbench__org').count()).toBe(0)
    await page.screenshot({ path: join(SHOTS, 'desktop-login-e2e-3-ended.png') })
    // 我的 offers the way back in.
    await page.goto(`${app.host.url}/#/pages/me/index`)
    await page.getByText('工会干部电脑登录').waitFor()
    expect(errors).toEqual([])
  })
})
