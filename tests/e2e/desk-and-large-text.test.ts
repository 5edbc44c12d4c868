/**
 * Issue 14 on the H5 build in headless Chromium against the real local host: a town officer at a 1280×800 desk
 * (fixed scale, the queue as a table beside the case, keyboard), the 工作台 menu readable at desk and phone size,
 * and 大字模式 on a 390×844 phone. Measured from computed styles and bounding boxes; screenshots go to
 * .cache/screenshots/desk-*.png and large-*.png for a human to look at.
 */
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the desk and large-text browser test')

jest.setTimeout(120_000)

const DESK = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const SEEDED = 12
const CATEGORIES = ['wage_arrears', 'social_insurance', 'safety', 'overtime', 'contract', 'work_injury']
/** 1–9 affected (10 or more would route as a collective case, for another reason than privacy). */
const affectedOf = (i: number) => (i % 9) + 1

type Box = { text: string; left: number; top: number; right: number; bottom: number }

/** Text boxes that overlap by more than half a pixel each way (a title drawn over its description). */
function overlaps(boxes: Box[]): string[] {
  const out: string[] = []
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left)
    const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
    if (x > 0.5 && y > 0.5) out.push(`${a.text} × ${b.text}`)
  }))
  return out
}

const px = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))

maybe('The officer’s desk and 大字模式 (H5 against the local host)', () => {
  let app: App
  let host: Host
  let page: Page

  beforeAll(async () => {
    app = await openApp()
    host = app.host
    page = app.page
    // A dozen employer-blind reports at 华鑫 go to 苏溪镇总工会: more rows than a phone screen holds.
    for (let i = 0; i < SEEDED; i++) {
      const res = await fetch(`${host.url}/fn/grievance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': `o-desk-worker-${i}` },
        body: JSON.stringify({
          action: 'submit', requestId: `desk-seed-${i}-0000`, enterpriseId: 'e-hx', category: CATEGORIES[i % CATEGORIES.length],
          privacy: 'employer_blind', affectedCount: affectedOf(i), description: `第 ${i + 1} 位职工：工资拖欠了两个月。`,
          contact: { name: `职工${i + 1}`, phone: `1380013${String(8000 + i)}` },
        }),
      })
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true)
    }
  }, 300_000)

  afterAll(async () => {
    await app?.close()
  })

  test('When a town officer opens 维权诉求 at a 1280×800 desk, then at least 10 rows show without scrolling, in 14–16px text', async () => {
    await page.setViewportSize(DESK)
    await chooseIdentity(page, host.url, '苏溪镇总工会 干部')
    await page.goto(`${host.url}/#/grievance/pages/queue/index`)
    await page.locator('.dtable__row:not(.dtable__row--head)').nth(SEEDED - 1).waitFor()
    // The seeded reports, and the demo's own cases at the town (e.g. the 欠薪预警 case of the demo zero-report).
    const counted = page.getByText(/共 \d+ 条/).first()
    await counted.waitFor()
    expect(Number((await counted.innerText()).match(/共 (\d+) 条/)![1])).toBeGreaterThanOrEqual(SEEDED)

    const seen = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('.desk__main .dtable__row:not(.dtable__row--head)'))
      const main = document.querySelector('.desk__main') as HTMLElement
      return {
        visible: rows.filter((r) => {
          const b = r.getBoundingClientRect()
          return b.top >= 0 && b.bottom <= window.innerHeight && b.height > 0
        }).length,
        scrolled: main.scrollTop,
        root: getComputedStyle(document.documentElement).fontSize,
      }
    })
    expect(seen.scrolled).toBe(0)
    expect(seen.visible).toBeGreaterThanOrEqual(10)
    expect(seen.root).toBe('20px') // fixed on a desk: rpx no longer grows with the window
    for (const selector of ['body', '.dtable__cell', '.desk__link', '.tabs__tab']) {
      const size = await px(page, selector)
      expect([selector, size >= 14 && size <= 16]).toEqual([selector, true])
    }
    await shot(page, 'desk-1-grievance-queue.png')

    // 涉及人数 sorts the loaded rows; a second tap reverses.
    const affected = page.locator('.dtable__row:not(.dtable__row--head) .dtable__cell:nth-child(6)')
    const counts = (await affected.allInnerTexts()).map((t) => Number.parseInt(t, 10))
    await page.locator('.dtable__head', { hasText: '涉及人数' }).click()
    await expect(affected.first().innerText()).resolves.toBe(`${Math.min(...counts)} 人`)
    await page.locator('.dtable__head', { hasText: '涉及人数' }).click()
    await expect(affected.first().innerText()).resolves.toBe(`${Math.max(...counts)} 人`)
    // The demo's own cases at the town (its 欠薪预警 case affects 12) sort above the seeded ones; 职工9 (9) is next.
    const above = counts.filter((n) => n > 9).length
    await expect(affected.nth(above).innerText()).resolves.toBe('9 人')

    // Keyboard: ↓ highlights the first row, Enter opens it beside the table, Esc closes it.
    for (let i = 0; i <= above; i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const detail = page.locator('.desk__detail')
    await detail.locator('.case__reporter', { hasText: '职工9' }).waitFor()
    await expect(detail.locator('.case__explain').innerText()).resolves.toBe('报告人选择了“不让单位知道”，诉求直接交给镇（街道）总工会，不经过单位的工会。')
    await page.locator('.dtable').waitFor() // the table stays beside the case
    await shot(page, 'desk-2-case-beside-queue.png')
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'detached' })
  })

  test('When 工作台 opens at desk and phone size, then no two of its text boxes overlap', async () => {
    for (const [size, name] of [[DESK, 'desk-3-workbench.png'], [PHONE, 'desk-4-workbench-phone.png']] as const) {
      await page.setViewportSize(size)
      await page.goto(`${host.url}/#/workbench/pages/index/index`)
      await page.locator('.workbench .nut-cell-description').first().waitFor()
      await page.waitForTimeout(600) // the root-size script settles 500 ms after a resize
      const boxes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.workbench .nut-cell-title, .workbench .nut-cell-description, .workbench .nut-cell-extra, .workbench__org, .desk__link, .desk__brand, .desk__org'))
          .map((el) => ({ text: (el.textContent ?? '').trim(), ...JSON.parse(JSON.stringify(el.getBoundingClientRect())) }))
          .filter((b) => b.text && b.width > 0))
      expect(boxes.length).toBeGreaterThanOrEqual(14)
      expect(overlaps(boxes)).toEqual([])
      // On a phone a long description wraps across the row, not at half of it.
      const widest = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('.workbench .nut-cell')).map((cell) => {
        const d = cell.querySelector('.nut-cell-description')
        return d ? d.getBoundingClientRect().width / cell.getBoundingClientRect().width : 0
      })))
      if (size === PHONE) expect(widest).toBeGreaterThan(0.6)
      await shot(page, name)
    }
  })

  test('When a worker turns on 大字模式 on 我的, then the report form’s text is ≥ 18px, text areas match inputs, targets are ≥ 48px, and it is remembered', async () => {
    await page.setViewportSize(PHONE)
    await chooseIdentity(page, host.url, '职工（演示）')
    const sizes = async () => page.evaluate(() => {
      const font = (sel: string) => Number.parseFloat(getComputedStyle(document.querySelector(sel) as Element).fontSize)
      const heights = (sel: string) => Array.from(document.querySelectorAll(sel)).map((el) => el.getBoundingClientRect().height).filter((h) => h > 0)
      return {
        body: font('.report'), intro: font('.report__intro taro-text-core'), choice: font('.choice'),
        input: font('.text-input input'), textarea: font('taro-textarea-core > textarea'),
        targets: [...heights('.choice'), ...heights('.report__actions .nut-button'), ...heights('.text-input')],
        textareaHeight: (document.querySelector('taro-textarea-core > textarea') as HTMLElement).getBoundingClientRect().height,
      }
    })

    // Normal size first: the text area already types at the input's size.
    await page.goto(`${host.url}/#/grievance/pages/report/index`)
    await page.locator('textarea[placeholder^="比如"]').waitFor()
    const normal = await sizes()
    expect(normal.textarea).toBe(normal.input)
    expect(normal.textareaHeight).toBeGreaterThan(100) // fills its box, not two rows

    await page.goto(`${host.url}/#/pages/me/index`)
    const toggle = page.getByRole('switch', { name: '大字模式' })
    await toggle.click()
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('true')
    await shot(page, 'large-1-me.png')

    await page.goto(`${host.url}/#/grievance/pages/report/index`)
    await page.locator('textarea[placeholder^="比如"]').waitFor()
    const large = await sizes()
    expect(Math.min(large.body, large.intro, large.choice, large.input)).toBeGreaterThanOrEqual(18)
    expect(large.textarea).toBe(large.input)
    expect(Math.min(...large.targets)).toBeGreaterThanOrEqual(48)
    expect(large.body).toBeGreaterThan(normal.body)
    await shot(page, 'large-2-report.png')

    // Phone fields: the phone keypad, 11 digits, digits only.
    await page.locator('.choice', { hasText: '实名' }).click()
    const phone = page.locator('taro-input-core[aria-label="手机号"] input')
    await expect(phone.getAttribute('type')).resolves.toBe('tel')
    await phone.pressSequentially('138-0013 8000999', { delay: 40 }) // a dash and a space dropped, 11 digits kept
    await expect(phone.inputValue()).resolves.toBe('13800138000')
    await page.locator('textarea[placeholder^="比如"]').scrollIntoViewIfNeeded()
    await shot(page, 'large-3-report-lower.png')

    await page.reload()
    await page.locator('textarea[placeholder^="比如"]').waitFor()
    expect((await sizes()).body).toBe(large.body) // remembered on the device

    await page.goto(`${host.url}/#/pages/me/index`)
    await page.getByRole('switch', { name: '大字模式' }).click() // back to normal for anything after this
  })

  test('Then the browser logged no errors along the way', () => {
    expect(app.browserErrors).toEqual([])
  })
})
