/**
 * Issue 4's browser journey on the H5 build against the real local host: a worker applies to join (one wrong
 * check digit first, refused on the field), 苏溪镇总工会 approves, the card shows a QR that this test reads back
 * from the image's pixels, and the town officer's verifier accepts that token, then (both clocks moved past the
 * 60 s expiry) calls it 已过期, offline with the cached public key and online. Screenshots go to
 * .cache/screenshots/membership-e2e-*.png for a human to look at.
 */
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { idNumberCheckChar } from '../../types/id-number'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the membership browser journey')

jest.setTimeout(120_000)

const NAME = '王建国'
const NAME_MASKED = '王**'
const ID_FIRST17 = '33078219900315121'
const ID_NUMBER = ID_FIRST17 + idNumberCheckChar(ID_FIRST17)
/** Any other check character makes the number wrong. */
const ID_WRONG_CHECK = ID_FIRST17 + (ID_NUMBER.endsWith('0') ? '1' : '0')
/** Past the token's 60 s lifetime, whenever in the last minute it was issued. */
const EXPIRY_JUMP_MS = 65_000

maybe('Membership journey (H5 against the local host)', () => {
  let app: App
  let host: Host
  let page: Page
  /** Moves the host's request clock; the browser's is moved with page.clock by the same amount. */
  let hostShiftMs = 0
  let memberNo = ''
  let token = ''
  let tokenExpiresAt = ''
  const applyCalls: unknown[] = []
  /** Every token `card.token` answered with, seen on the network: the QR must carry one of them. */
  const issuedTokens: string[] = []

  beforeAll(async () => {
    app = await openApp({ clock: () => new Date(Date.now() + hostShiftMs) })
    host = app.host
    page = app.page
    // Playwright's clock follows real time until the test jumps it; installed before the first page loads.
    await page.clock.install()
    page.on('request', (req) => {
      if (!req.url().endsWith('/fn/membership')) return
      const body = req.postDataJSON() as { action?: string } | null
      if (body?.action === 'apply') applyCalls.push(body)
    })
    page.on('response', async (res) => {
      if (!res.url().endsWith('/fn/card') || res.request().postDataJSON()?.action !== 'token') return
      // A reply still being read when the browser closes has nothing to tell; the card step checks what was read.
      const body = (await res.json().catch(() => null)) as { ok: boolean; data?: { token: string; expiresAt: string } } | null
      if (!body?.ok || !body.data) return
      issuedTokens.push(body.data.token)
      tokenExpiresAt = body.data.expiresAt
    })
  }, 300_000)

  afterAll(async () => {
    await app?.close()
  })

  const confirmDialog = () => page.locator('.taro-model__confirm:visible').click()
  const tapButton = (text: string) => page.locator('.nut-button', { hasText: text }).click()
  const toastGone = () =>
    page.waitForFunction(() => {
      const toast = document.querySelector<HTMLElement>('.taro__toast')
      return !toast || getComputedStyle(toast).display === 'none'
    })
  const openWorkbenchEntry = async (title: string) => {
    await chooseIdentity(page, host.url, '苏溪镇总工会 干部')
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.nut-cell', { hasText: title }).click()
  }

  test('When a wrong check digit is typed, then the field says so in Chinese and nothing is sent', async () => {
    await chooseIdentity(page, host.url, '职工（演示）')
    await page.getByText('首页', { exact: true }).last().click()
    await page.locator('.home__tile', { hasText: '我要入会' }).click()

    await page.locator('input[placeholder="和身份证上一致"]').fill(NAME)
    await page.locator('input[placeholder="18 位，最后一位可以是 X"]').fill(ID_WRONG_CHECK)
    await page.locator('.field-error', { hasText: '身份证号校验位不正确，请核对' }).waitFor()
    await page.locator('input[placeholder="11 位手机号"]').fill('13957912345')
    await page.locator('input[placeholder="单位名称或统一社会信用代码"]').fill('华鑫')
    await tapButton('搜索')
    await page.locator('.mworkplace__hit', { hasText: '义乌华鑫织造有限公司' }).click()
    await page.locator('.mworkplace__picked', { hasText: '苏溪镇' }).waitFor()
    await page.locator('.mblind').click()
    await expect(page.locator('.mblind__state').innerText()).resolves.toBe('已开启')
    for (const consent of await page.locator('.mconsent').all()) await consent.click()
    expect(await page.locator('.mconsent--on').count()).toBe(2)

    await tapButton('提交入会申请')
    await page.getByText('有内容需要修改，请看上面的红色提示。').waitFor()
    await expect(page.locator('.field-error').allInnerTexts()).resolves.toContain('身份证号校验位不正确，请核对')
    expect(applyCalls).toEqual([])
    await page.locator('input[placeholder="18 位，最后一位可以是 X"]').scrollIntoViewIfNeeded()
    await shot(page, 'membership-e2e-1-wrong-check-digit.png')
  })

  test('When the number is corrected and sent, then the status page names 苏溪镇总工会 and the review deadline', async () => {
    await page.locator('input[placeholder="18 位，最后一位可以是 X"]').fill(ID_NUMBER)
    await page.locator('.apply__derived', { hasText: '出生日期：1990年3月15日' }).waitFor()
    await expect(page.locator('.apply__derived').innerText()).resolves.toContain('性别：男')
    await tapButton('提交入会申请')

    await page.locator('.mapp__fresh', { hasText: '申请已提交' }).waitFor()
    expect(applyCalls).toHaveLength(1)
    await expect(page.locator('.mapp__org').innerText()).resolves.toBe('审核工会：苏溪镇总工会')
    await expect(page.locator('.mapp__clock-main').innerText()).resolves.toMatch(/^须在 \d{1,2}月\d{1,2}日 24:00 前审核$/)
    await expect(page.locator('.mapp').innerText()).resolves.toContain('入会不惊动单位')
    await toastGone()
    await shot(page, 'membership-e2e-2-status-pending.png')
  })

  test('When the town officer opens 入会审核, then the masked application is there; approving asks first and gives a member number', async () => {
    await openWorkbenchEntry('入会审核')
    const row = page.locator('.mqueue__item', { hasText: NAME_MASKED })
    await row.waitFor()
    const rowText = await row.innerText()
    expect(rowText).not.toContain(NAME)
    expect(rowText).toContain(`身份证 ${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(14)}`)
    expect(rowText).toContain('义乌华鑫织造有限公司')
    expect(rowText).toContain('不惊动单位')
    expect(rowText).toMatch(/须在 \d{1,2}月\d{1,2}日 24:00 前审核/)
    await shot(page, 'membership-e2e-3-queue.png')

    await row.click()
    await page.locator('.review__flag').waitFor() // employer-blind: the officer is told not to go through the employer
    await tapButton('通过，发放会员号')
    await page.getByText('批准入会？').waitFor()
    await confirmDialog()
    await page.locator('.review__outcome', { hasText: '已通过 · 会员号' }).waitFor()
    memberNo = (await page.locator('.review__member-no').innerText()).trim()
    expect(memberNo).toMatch(/^YW\d{10}$/)
    await toastGone()
    await shot(page, 'membership-e2e-4-approved.png')
  })

  test('When the worker opens 电子会员证, then the card shows the member number and a QR that carries the signed token', async () => {
    await chooseIdentity(page, host.url, '职工（演示）')
    await page.getByText('首页', { exact: true }).last().click()
    await page.locator('.home__tile', { hasText: '电子会员证' }).click() // 我的 has an entry of the same name
    await expect(page.locator('.member-card__no').innerText()).resolves.toBe(memberNo)
    await expect(page.locator('.member-card__org').innerText()).resolves.toBe('苏溪镇总工会')
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.card-qr__img img')
      return !!img && img.complete && img.naturalWidth > 0
    })
    await expect(page.locator('.card-page__countdown').innerText()).resolves.toMatch(/^\d+ 秒后失效，会自动更新$/)
    await shot(page, 'membership-e2e-5-card.png')

    // Read the QR the way a scanner would: the <img>'s pixels, decoded with jsqr.
    const pixels = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('.card-qr__img img')!
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height)
      // Base64 of the raw RGBA bytes: far smaller over the wire than a JSON array of numbers.
      let binary = ''
      for (let i = 0; i < data.data.length; i += 0x8000) binary += String.fromCharCode(...data.data.subarray(i, i + 0x8000))
      return { width: data.width, height: data.height, rgba: btoa(binary) }
    })
    const code = jsQR(new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64')), pixels.width, pixels.height)
    expect(code?.data).toMatch(/^UC1\./)
    token = code!.data
    expect(issuedTokens).toContain(token) // exactly what the server signed; its expiresAt tells the last step when it ran out
  })

  test('When the officer pastes that token into 会员证核验, then it is 有效 with the masked name and union, online and offline', async () => {
    await openWorkbenchEntry('会员证核验')
    await page.locator('textarea[placeholder="粘贴会员卡二维码的内容（以 UC1. 开头）"]').fill(token)
    await tapButton('核验')
    const result = page.locator('.verify-result')
    await result.locator('.verify-result__mode', { hasText: '联网核验（含最新会籍状态）' }).waitFor()
    await expect(result.locator('.verify-result__title').innerText()).resolves.toBe('有效')
    await expect(result.locator('.verify-result__name').innerText()).resolves.toBe(NAME_MASKED)
    await expect(result.innerText()).resolves.toContain('苏溪镇总工会')
    await expect(result.innerText()).resolves.toContain(`会员号 ${memberNo}`)
    await shot(page, 'membership-e2e-6-verify-valid.png')

    // With no network, the public key cached by the check above still answers.
    await verifyOffline()
    await expect(result.locator('.verify-result__title').innerText()).resolves.toBe('有效')
    await expect(result.locator('.verify-result__name').innerText()).resolves.toBe(NAME_MASKED)
  })

  test('When more than 60 s have passed since the token was issued, then the verifier says 已过期, offline and online', async () => {
    hostShiftMs = EXPIRY_JUMP_MS
    await page.clock.fastForward(EXPIRY_JUMP_MS)
    const browserNow = await page.evaluate(() => Date.now())
    expect(browserNow).toBeGreaterThan(Date.parse(tokenExpiresAt))
    expect(Date.now() + hostShiftMs).toBeGreaterThan(Date.parse(tokenExpiresAt))

    const result = page.locator('.verify-result')
    await verifyOffline()
    await expect(result.locator('.verify-result__title').innerText()).resolves.toBe('已过期')
    await shot(page, 'membership-e2e-7-expired-offline.png')

    await tapButton('核验')
    await result.locator('.verify-result__mode', { hasText: '联网核验（含最新会籍状态）' }).waitFor()
    await expect(result.locator('.verify-result__title').innerText()).resolves.toBe('已过期')
    await expect(result.innerText()).resolves.toContain('二维码已过期（可能是截图）')
    await expect(result.locator('.verify-result__name').innerText()).resolves.toBe(NAME_MASKED)
    await shot(page, 'membership-e2e-8-expired-online.png')
  })

  test('Then the browser logged no errors along the way', () => {
    expect(app.browserErrors).toEqual([])
  })

  /**
   * Taps 核验 with the browser offline and waits for the offline answer (the card function cannot be reached).
   * Chromium logs each refused request as a console error: exactly that one is expected here and taken out.
   */
  async function verifyOffline() {
    const before = app.browserErrors.length
    await page.context().setOffline(true)
    try {
      await tapButton('核验')
      const result = page.locator('.verify-result')
      await result.locator('.verify-result__note', { hasText: '无法联网：以上为离线核验结果' }).waitFor()
      await expect(result.locator('.verify-result__mode').innerText()).resolves.toBe('离线核验（本机公钥验证签名）')
    } finally {
      await page.context().setOffline(false)
    }
    // One refused request, card.verify: the public key came from the cache, not from card.publicKey.
    expect(app.browserErrors.splice(before)).toEqual(['console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'])
  }
})
