/**
 * Issue 13 §3 in the browser at a 1280×800 desk: 苏溪镇总工会's officer opens 企业风险雷达 from 工作台 and finds the
 * demo's ranking (scripts/host/demo-radar.ts): 佳邦 first, above the threshold, with its reasons and the demo's
 * 法律体检; opens it beside the table, records a visit (date, findings, confirmation) and sees the new date on the
 * row. Then at 390×844 the same list as cards, none wider than the screen. Screenshots: .cache/screenshots/radar-*.png.
 */
import type { Page } from 'playwright-core'
import { shanghaiDay } from '../../cloudfunctions/_lib/runtime/time'
import { DEMO_RADAR_VISIT } from '../../scripts/host/demo-radar'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the radar browser journey')
jest.setTimeout(120_000)

const DESK = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const JIABANG = '义乌市佳邦纺织有限公司'
const daysAgo = (n: number) => shanghaiDay(new Date(Date.now() - n * 86_400_000))

maybe('Employer risk radar (H5 against the local host)', () => {
  let app: App
  let page: Page

  beforeAll(async () => {
    app = await openApp()
    page = app.page
  }, 300_000)
  afterAll(async () => {
    await app?.close()
  })

  test('When the town officer records a 法律体检 on the top-ranked enterprise, then its row shows the visit; on a phone the list is cards', async () => {
    await page.setViewportSize(DESK)
    await chooseIdentity(page, app.host.url, '苏溪镇总工会 干部')
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.workbench__org').waitFor()
    await page.locator('.nut-cell', { hasText: '企业风险雷达' }).click()

    // The ranked table: 佳邦 first, over the threshold, with its reasons and the demo's visit.
    const rows = page.locator('.radar .dtable__row:not(.dtable__row--head)')
    await rows.first().waitFor()
    const top = rows.first()
    const cells = async () => top.locator('.dtable__cell').allInnerTexts()
    expect(await cells()).toEqual([
      JIABANG, '17',
      '近90天欠薪诉求 1 件（含集体 1 件）；近90天劳动安全诉求 1 件（含集体 1 件）；近90天零报告申报欠薪 1 次；近90天加班/工时诉求 1 件',
      daysAgo(DEMO_RADAR_VISIT.daysAgo), '—',
    ])
    expect(await top.getAttribute('class')).toContain('radar__trow--over')
    expect(await page.locator('.radar__meta').innerText()).toMatch(/苏溪镇总工会 · 近90天 · 预警线 10 分 · 有风险信号 \d+ 家/)
    // Below the line: 凯鸿's two minor reports.
    await rows.filter({ hasText: '义乌市凯鸿针织服饰有限公司' }).filter({ hasText: '未体检' }).waitFor()
    await shot(page, 'radar-1-desk.png')

    // The row opens beside the table: its reasons with points, the visit on record, the form.
    await top.click()
    const detail = page.locator('.desk__detail .radar-detail')
    await detail.getByText('风险分 17（已超过预警线）').waitFor()
    await detail.locator('.radar-detail__reason', { hasText: '近90天零报告申报欠薪 1 次' }).getByText('+4').waitFor()
    await detail.locator('.radar-detail__visit', { hasText: DEMO_RADAR_VISIT.findings }).waitFor()

    const day = daysAgo(1)
    await detail.locator('input').fill(day)
    await detail.locator('textarea').fill('复查：工资已按清偿计划补发 6 名职工，消防通道已清理；约定下月再查。')
    await detail.getByText('记录体检', { exact: true }).click()
    const modal = page.locator('.taro-modal__content:visible')
    await modal.getByText('确认记录这次法律体检？').waitFor()
    expect(await modal.innerText()).toContain(`${JIABANG}，${day}`)
    await shot(page, 'radar-2-confirm.png')
    await page.locator('.taro-model__confirm:visible').click()

    await detail.locator('.radar-detail__visit', { hasText: '复查：工资已按清偿计划补发' }).waitFor()
    expect(await detail.locator('.radar-detail__visit-date').allInnerTexts()).toEqual([day, daysAgo(DEMO_RADAR_VISIT.daysAgo)])
    await top.locator('.dtable__cell', { hasText: day }).waitFor()
    await page.waitForFunction(() => {
      const toast = document.querySelector<HTMLElement>('.taro__toast')
      return !toast || getComputedStyle(toast).display === 'none'
    })
    await shot(page, 'radar-3-visited.png')

    // On a phone: cards, nothing wider than the screen; a card opens in place with the visits.
    await page.setViewportSize(PHONE)
    await page.goto(`${app.host.url}/#/radar/pages/index/index`)
    const card = page.locator('.radar-card', { hasText: JIABANG })
    await card.waitFor()
    expect(await card.innerText()).toContain(`最近体检：${day}`)
    expect(await page.locator('.radar .dtable:visible').count()).toBe(0)
    await card.locator('.radar-card__head').click()
    await card.locator('.radar-detail__visit', { hasText: '复查：工资已按清偿计划补发' }).waitFor()
    const overflow = await page.evaluate(() => {
      const root = Array.from(document.querySelectorAll<HTMLElement>('.radar')).find((el) => el.offsetParent !== null)!
      const wide = Array.from(root.querySelectorAll<HTMLElement>('*'))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((el) => el.className)
      const scrollers = Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth)
      return { wide, scrollers: scrollers.length, doc: document.documentElement.scrollWidth - window.innerWidth }
    })
    expect(overflow).toEqual({ wide: [], scrollers: 0, doc: 0 })
    await shot(page, 'radar-4-phone.png')
    expect(app.browserErrors).toEqual([])
  })
})
