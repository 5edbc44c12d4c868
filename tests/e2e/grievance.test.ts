/**
 * Issue 3's browser journey on the H5 build against the real local host: a worker files an employer-blind
 * report about 义乌华鑫织造有限公司 and sees that 苏溪镇总工会 receives it and by when; the town officer finds
 * it in the queue, accepts, replies and resolves; the worker reads the reply and rates it. Screenshots go to
 * .cache/screenshots/grievance-*.png for a human to look at.
 */
import type { Page } from 'playwright-core'
import type { Host } from '../../scripts/host/server'
import { chooseIdentity, describeWithChromium, openApp, shot, type App } from './support'

const maybe = describeWithChromium('the grievance browser journey')

jest.setTimeout(90_000)

const REPLY = '已联系企业核实工资发放情况，三天内答复您。'
/** A 1×1 PNG: the browser decodes it, the app re-encodes it as JPEG and uploads it as evidence. */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
const SUMMARY = '企业已补发三月份工资。'

maybe('Grievance journey (H5 against the local host)', () => {
  let app: App
  let host: Host
  let page: Page
  let receipt = ''

  beforeAll(async () => {
    app = await openApp()
    host = app.host
    page = app.page
  }, 300_000)

  afterAll(async () => {
    await app?.close()
  })

  /** Taro's H5 showModal: tap 确定 in the dialog. */
  const confirmDialog = async () => {
    await page.locator('.taro-model__confirm:visible').click()
  }
  const tapButton = (text: string) => page.locator('.nut-button', { hasText: text }).click()
  /** The success toast (1.5 s) would cover the screenshot; Taro hides it with display: none. */
  const toastGone = () =>
    page.waitForFunction(() => {
      const toast = document.querySelector<HTMLElement>('.taro__toast')
      return !toast || getComputedStyle(toast).display === 'none'
    })

  test('When a worker files an employer-blind report about 华鑫, then 苏溪镇总工会 receives it with a deadline and a receipt code', async () => {
    await chooseIdentity(page, host.url, '职工（演示）')
    await page.getByText('首页', { exact: true }).last().click()
    await page.getByText('我要维权', { exact: true }).click()

    await page.locator('input[placeholder="单位名称或统一社会信用代码"]').fill('华鑫')
    await tapButton('搜索')
    await page.locator('.report__hit', { hasText: '义乌华鑫织造有限公司' }).click()
    await page.locator('.report__picked', { hasText: '义乌华鑫织造有限公司' }).waitFor()
    await page.locator('.choice', { hasText: '欠薪' }).click()
    await page.locator('.choice', { hasText: '不让单位知道' }).click()
    await page.locator('input[placeholder="请填写姓名"]').fill('张三')
    await page.locator('input[placeholder="11 位手机号"]').fill('13812345678')
    await page.locator('textarea[placeholder^="比如"]').fill('三月份工资一直没有发，老板说再等等。')
    // Taro's H5 chooseMedia opens a file input: answer it with one small photo, which uploads at once.
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.photos__add').click()
    await (await chooser).setFiles({ name: 'wage-slip.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1PX, 'base64') })
    await page.locator('.photos__cell--done').waitFor()
    await expect(page.locator('.photos__count').innerText()).resolves.toBe('1/9')
    await page.locator('.photos').scrollIntoViewIfNeeded()
    await shot(page, 'grievance-1b-report-photo.png')
    await page.locator('.choice', { hasText: '不让单位知道' }).scrollIntoViewIfNeeded()
    await shot(page, 'grievance-1-report-form.png')

    await tapButton('下一步：确认')
    await page.getByText('请确认您要反映的情况').waitFor()
    await page.getByText('谁能看到您的名字', { exact: true }).waitFor()
    await page.getByText('1 张（只有处理的工会能看到）').waitFor()
    await shot(page, 'grievance-2-confirm.png')

    await tapButton('确认提交')
    await page.getByText('由 苏溪镇总工会 受理').waitFor()
    await page.getByText('您选择了“不让单位知道”，诉求直接交给镇（街道）总工会，不经过单位的工会。').waitFor()
    await expect(page.locator('.report__deadline').innerText()).resolves.toMatch(/^须在 \d{1,2}月\d{1,2}日 24:00 前受理$/)
    receipt = (await page.locator('.report__code').innerText()).replace(/\s/g, '')
    expect(receipt).toMatch(/^\d{16}$/)
    await shot(page, 'grievance-3-submitted.png')
  })

  test('When the town officer opens the queue, then the report is there; accepting, replying and resolving each ask first', async () => {
    await chooseIdentity(page, host.url, '苏溪镇总工会 干部')
    await page.locator('.nut-cell', { hasText: '工作台' }).click()
    await page.locator('.nut-cell', { hasText: '维权诉求' }).click()
    const row = page.locator('.queue__item', { hasText: '义乌华鑫织造有限公司' })
    await row.waitFor()
    await expect(row.innerText()).resolves.toContain('待受理')
    await shot(page, 'grievance-4-queue.png')

    await row.click()
    await page.locator('.case__reporter', { hasText: '张三' }).waitFor() // the town may see an employer-blind reporter
    await expect(page.locator('.case__reporter').innerText()).resolves.toContain('138****5678')
    // The worker's photo, through a short-lived signed link: the thumbnail really loads, and opens a preview.
    await page.getByText('证据照片（1 张）').waitFor()
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.photos__grid img')
      return !!img && img.complete && img.naturalWidth > 0
    })
    await expect(page.locator('.photos__grid img').getAttribute('src')).resolves.toMatch(/\/files\/evidence%2F[^?]+\?exp=\d+&sig=[0-9a-f]+$/)
    await page.locator('.photos__grid .photos__cell').click()
    await page.locator('.preview-image').waitFor()
    await page.locator('.preview-image').click()
    await page.locator('.preview-image').waitFor({ state: 'detached' })
    await shot(page, 'grievance-5-officer-case.png')
    await tapButton('受理')
    await page.getByText('受理这条诉求？').waitFor()
    await confirmDialog()
    await page.getByText(/须在 \d{1,2}月\d{1,2}日 24:00 前办结/).waitFor()

    await tapButton('回复职工')
    await page.locator('textarea[placeholder="职工会在诉求页面看到这段回复"]').fill(REPLY)
    await tapButton('发送回复')
    await confirmDialog()
    await page.locator('.msg', { hasText: REPLY }).waitFor()

    await tapButton('办结')
    await page.locator('.choice', { hasText: '已解决' }).click()
    await page.locator('textarea[placeholder^="做了什么"]').fill(SUMMARY)
    await tapButton('确认办结')
    await confirmDialog()
    await page.getByText('办理结果：已解决', { exact: true }).waitFor()
    await toastGone()
    await page.locator('.timeline').scrollIntoViewIfNeeded()
    await shot(page, 'grievance-6-officer-resolved.png')
  })

  test('When the worker comes back, then 办事 lists the case as 已办结, the reply is there, and a rating can be given', async () => {
    await chooseIdentity(page, host.url, '职工（演示）')
    await page.getByText('办事', { exact: true }).last().click()
    const item = page.locator('.case-item', { hasText: '义乌华鑫织造有限公司' })
    await item.waitFor()
    await expect(item.innerText()).resolves.toContain('已办结')
    await shot(page, 'grievance-7-cases-tab.png')
    await item.click()

    await page.locator('.msg', { hasText: REPLY }).waitFor()
    await page.getByText(SUMMARY).waitFor()
    await page.locator('.case__score', { hasText: '5 分' }).click()
    await page.locator('input[placeholder="想说的话（可以不填）"]').fill('处理很及时')
    await tapButton('提交评价')
    await page.getByText('职工评价：5 分').waitFor()
    await expect(page.locator('.timeline').innerText()).resolves.toContain('苏溪镇总工会已受理')
    await toastGone()
    await shot(page, 'grievance-8-worker-rated.png')
  })

  test('When the receipt code is entered from another WeChat account, then the case and its outcome show', async () => {
    await chooseIdentity(page, host.url, '职工二（演示）')
    await page.goto(`${host.url}/#/grievance/pages/receipt/index`)
    await page.locator('input[placeholder="16 位数字"]').fill(receipt)
    await tapButton('查询')
    await page.getByText('苏溪镇总工会', { exact: true }).waitFor()
    await page.getByText('办理结果：已解决', { exact: true }).waitFor()
    await shot(page, 'grievance-9-receipt.png')
  })

  test('Then the browser logged no errors along the way', () => {
    expect(app.browserErrors).toEqual([])
  })
})
