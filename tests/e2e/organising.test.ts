/**
 * Issue 13 §2 in the browser at a 1280×800 desk: 苏溪镇's admin imports a CSV of insured enterprises with one bad
 * row — refused with its row number (第 3 行) and nothing imported — fixes it, imports again (progress, then the
 * count), and 建会清单 lists the un-unionised ones with 25 or more insured, largest first, without the enterprise
 * that has a union or the one below 25. A row's organiser is chosen by name from the town's officers and confirmed,
 * and the list shows it. Screenshots: .cache/screenshots/organising-*.png.
 */
import type { Page } from 'playwright-core'
import { creditCode } from '../support/factories'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the organising browser journey')
jest.setTimeout(120_000)

const DESK = { width: 1280, height: 800 }

maybe('Organising list (H5 against the local host)', () => {
  let app: App
  let page: Page
  beforeAll(async () => {
    app = await openApp()
    page = app.page
  }, 300_000)
  afterAll(async () => {
    await app?.close()
  })

  const big = { code: creditCode(), name: '浏览器测试大企业有限公司' }
  const mid = { code: creditCode(), name: '浏览器测试中企业有限公司' }
  const small = { code: creditCode(), name: '浏览器测试小企业有限公司' }
  const csv = (midCode: string) => [
    '统一社会信用代码,单位名称,参保人数,所属镇街,月份',
    `${big.code},${big.name},480,苏溪镇,2026-02`,
    `${midCode},${mid.name},57,苏溪镇,2026-02`,
    `${small.code},${small.name},12,苏溪镇,2026-02`,
    '91330782MA21U6RU95,义乌华鑫织造有限公司,305,苏溪镇,2026-02',
  ].join('\r\n')

  async function upload(content: string) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByText('选择文件', { exact: true }).click()
    await (await chooser).setFiles({ name: '参保清单.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${content}`, 'utf8') })
  }

  test('When an admin imports a list with a bad row, fixes it and imports again, then the list shows the un-unionised ones, and an organiser picked by name shows on the row', async () => {
    await page.setViewportSize(DESK)
    await chooseIdentity(page, app.host.url, '苏溪镇总工会 管理员')
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.workbench__org').waitFor()
    await page.locator('.nut-cell', { hasText: '导入参保清单' }).click()

    // Row 3 (the header is row 1) has a wrong check character.
    const bad = `${mid.code.slice(0, 17)}${mid.code[17] === '0' ? '1' : '0'}`
    await upload(csv(bad))
    await page.getByText('第 3 行 统一社会信用代码：统一社会信用代码校验位不正确').waitFor()
    await page.getByText(/未导入任何数据/).waitFor()
    await shot(page, 'organising-1-refused.png')

    await upload(csv(mid.code))
    await page.getByText(/已导入 4 家企业，其中 2 家列入建会清单/).waitFor()
    await page.getByText('查看建会清单', { exact: true }).click()

    const table = page.locator('[role="table"]')
    await table.getByText(big.name).waitFor()
    await table.getByText(mid.name).waitFor()
    expect(await table.getByText(small.name).count()).toBe(0)
    expect(await table.getByText('义乌华鑫织造有限公司').count()).toBe(0)
    const names = await table.locator('[role="row"]').allInnerTexts()
    const at = (n: string) => names.findIndex((t) => t.includes(n))
    expect(at(big.name)).toBeGreaterThan(0)
    expect(at(big.name)).toBeLessThan(at(mid.name))
    // The row opens beside the list with its status form.
    await table.getByText(big.name).click()
    await page.getByText('保存进展', { exact: true }).waitFor()
    await shot(page, 'organising-2-list.png')

    // The admin picks the organiser by name (苏溪镇总工会's 王敏), confirms, and the row and the list show her.
    await page.getByText(/^(指定|更换)联系人$/).click()
    const picker = page.getByRole('radiogroup', { name: '选择建会联系人' })
    await picker.getByText('苏溪镇第一片区工委', { exact: true }).waitFor()
    await picker.getByText('王敏', { exact: true }).first().click()
    expect(await picker.getByText(/o-town-/).count()).toBe(0)
    await shot(page, 'organising-3-organiser.png')
    await page.locator('.nut-button', { hasText: '指定王敏为联系人' }).click()
    await page.locator('.taro-model__confirm:visible').click()
    await page.getByText(/^状态：.* · 联系人：王敏/).waitFor()
    await page.getByText('指定建会联系人：王敏', { exact: true }).waitFor() // the dated note
    await table.locator('[role="row"]', { hasText: big.name }).getByText('王敏', { exact: true }).waitFor()
    expect(app.browserErrors).toEqual([])
  })
})
