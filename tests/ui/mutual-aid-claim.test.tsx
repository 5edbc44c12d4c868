/**
 * 申请互助金 in jsdom: the estimate is computed on the page (types/mutual-aid/payout.ts) as the amounts are typed,
 * with every itemised line and reason, and no call per keystroke; typed photo slots (a missing one blocks the
 * confirm step); the separate health-data consent; refusals explained with what to do; one requestId across retries.
 * The transport and the device's photo I/O are mocked; the date wheel (a native widget) is a text box.
 */
import { act, render, screen, within } from '@testing-library/react'
import { choosePhotos, readPhoto } from '../../src/components/photo-picker/photo-io'
import ApplyPage from '../../src/mutual-aid/pages/apply/index'
import { backend, callMock, calls, click, fail, ok, type } from './support/legal-desk'
import { cover, payoutView, plan } from './mutual-aid-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/components/photo-picker/photo-io', () => ({ choosePhotos: jest.fn(), readPhoto: jest.fn(), previewPhotos: jest.fn() }))
jest.mock('../../src/mutual-aid/components/date-field', () => ({
  __esModule: true,
  default: ({ label, value, onChange, fields, name }: { label: string; value: string; onChange: (d: string) => void; fields: Record<string, string>; name: string }) => (
    <div>
      <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
      {fields[name] ? <div className='field-error'>{fields[name]}</div> : null}
    </div>
  ),
}))

const JPEG = '/9j/4AAQSkZJRgABAQ'
let uploads = 0
beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  uploads = 0
  jest.mocked(choosePhotos).mockImplementation(async () => [{ path: `blob:p-${uploads + 1}`, width: 800, height: 600 }])
  jest.mocked(readPhoto).mockResolvedValue({ contentType: 'image/jpeg', dataBase64: JPEG })
})

const standing = (claim: unknown[] = []) => ({
  'mutualAid.myCover': [ok(cover())],
  'mutualAid.plans': [ok({ items: [plan()], next: null })],
  'mutualAid.upload': () => ok({ fileId: `f-${++uploads}` }),
  'mutualAid.claim': claim,
})
const settle = () => act(async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve()
})
const field = (label: string) => screen.getByLabelText(label)
const estimate = () => screen.getByRole('status', { name: '预估互助金' }).textContent ?? ''
const errorUnder = (label: string) => field(label).parentElement!.querySelector('.field-error')?.textContent

async function addPhoto(slot: string) {
  await click(within(screen.getByRole('group', { name: slot })).getByLabelText('添加照片'))
  await settle()
}

async function fillValid() {
  await click(screen.getByText('住院'))
  await type(field('医院名称'), '义乌市中心医院')
  await type(field('入院日期'), '2026-03-02')
  await type(field('出院日期'), '2026-03-09')
  await type(field('医疗总费用（元）'), '12000')
  await type(field('医保统筹支付（元）'), '8000')
  await type(field('政策范围内个人自付（元）'), '2500')
  await type(field('第 1 张发票号码'), '2633 2000 0000 1234 5678')
  await type(field('开户银行'), '义乌农商银行')
  await type(field('银行卡号'), '6222021234561234')
  await type(field('户名'), '陈小燕')
  for (const slot of ['发票', '医保结算单', '出院小结']) await addPhoto(slot)
}

test('When the worker types the amounts, then the itemised estimate updates on the page with its reasons, and nothing is sent', async () => {
  backend(standing())
  render(<ApplyPage />)
  expect(await screen.findByText('2026 年度职工医疗互助 · 本年度剩余额度 8,000.00 元')).toBeTruthy()
  expect(estimate()).toContain('选择保障项目后显示预估互助金')
  const before = callMock().mock.calls.length

  await click(screen.getByText('住院'))
  await type(field('政策范围内个人自付（元）'), '300')
  expect(estimate()).toContain('政策范围内个人自付 300 元，减起付线 500 元')
  expect(estimate()).toContain('政策范围内自付金额未超过起付线，本次互助金为 0')
  expect(estimate()).toMatch(/本次可获互助金0\.00 元/)

  await type(field('政策范围内个人自付（元）'), '2500')
  expect(estimate()).toContain('按 50% 互助1,000.00 元')
  expect(estimate()).toMatch(/本次可获互助金1,000\.00 元/)
  expect(estimate()).toContain('年度剩余额度：8,000.00 元 → 7,000.00 元')

  await type(field('政策范围内个人自付（元）'), '30500')
  expect(estimate()).toContain('每次住院最高 10000 元')
  expect(estimate()).toContain('超过每次住院的最高互助金额，按上限支付')
  expect(estimate()).toContain('本年度剩余额度 8000 元')
  expect(estimate()).toContain('超过本年度剩余的互助额度，按剩余额度支付')
  expect(estimate()).toMatch(/本次可获互助金8,000\.00 元/)

  await click(screen.getByText('重大疾病'))
  expect(estimate()).toContain('重大疾病一次性互助金 10000 元')
  // Every number above came from the page: not one call per keystroke (nor an estimate call at all).
  expect(callMock().mock.calls.length).toBe(before)
  expect(calls('estimate')).toEqual([])
})

test('When a required photo slot is empty or the consent is not given, then the form does not go on and says what is missing', async () => {
  backend(standing())
  render(<ApplyPage />)
  await screen.findByText(/本年度剩余额度/)
  await fillValid()
  await click(within(screen.getByRole('group', { name: '出院小结' })).getByLabelText('删除第 1 张照片'))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('请上传出院小结的照片')).toBeTruthy()
  expect(screen.getByText('请同意工会为办理互助处理您的健康信息')).toBeTruthy()
  expect(screen.queryByText('请确认您的互助金申请')).toBeNull()

  await addPhoto('出院小结')
  await click(screen.getByText('下一步：确认'))
  expect(screen.queryByText('请上传出院小结的照片')).toBeNull()
  expect(screen.getByText('请同意工会为办理互助处理您的健康信息')).toBeTruthy()
  expect(screen.queryByText('请确认您的互助金申请')).toBeNull()

  await click(screen.getByRole('checkbox', { name: '同意处理健康信息' }))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('请确认您的互助金申请')).toBeTruthy()
  expect(screen.getByText('发票 1 张，医保结算单 1 张，出院小结 1 张')).toBeTruthy()
  expect(calls('claim')).toEqual([])
})

test('When the amounts are inconsistent, then each message is under its input in Chinese', async () => {
  backend(standing())
  render(<ApplyPage />)
  await screen.findByText(/本年度剩余额度/)
  await type(field('医疗总费用（元）'), '1000')
  await type(field('医保统筹支付（元）'), '-5')
  await type(field('政策范围内个人自付（元）'), '2000')
  await type(field('第 1 张发票号码'), '12345')
  await type(field('入院日期'), '2026-03-09')
  await type(field('出院日期'), '2026-03-02')
  await click(screen.getByText('下一步：确认'))
  expect(errorUnder('政策范围内个人自付（元）')).toBe('个人自付金额不能大于医疗总费用')
  expect(errorUnder('医保统筹支付（元）')).toBe('请填写医保统筹支付金额（元，最多两位小数），没有填 0')
  expect(errorUnder('第 1 张发票号码')).toBe('发票号码应为 20 位数字（电子发票）或 发票代码加号码')
  expect(errorUnder('出院日期')).toBe('出院日期不能早于入院日期')
  expect(screen.getByText('请选择保障项目')).toBeTruthy()
})

test('When the claim is refused, then nothing is filed and the page says why in plain words and what to do; a retry reuses the requestId', async () => {
  const message = '入院时还在等待期内，等待期内的住院不能申请互助金。您的保障从 2026年4月1日 起生效'
  backend(standing([
    fail('NETWORK', '网络异常，请检查网络后重试'),
    fail('MUTUAL_AID.WAITING_PERIOD', message, { admittedAt: message }),
    fail('MUTUAL_AID.DUPLICATE_INVOICE', '这张发票已经申请过互助金，同一张发票不能重复申请', { invoiceNumbers: '这张发票已经申请过互助金，同一张发票不能重复申请' }),
    ok({ id: 'cl-1', status: 'submitted', payable: 1000, sampled: true, decideBy: null, payout: payoutView(2500) }),
  ]))
  render(<ApplyPage />)
  await screen.findByText(/本年度剩余额度/)
  await fillValid()
  await click(screen.getByRole('checkbox', { name: '同意处理健康信息' }))
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()
  await click(screen.getByText('重试'))

  expect(screen.getByText(`没有提交：${message}`)).toBeTruthy()
  expect(screen.getByText(/^怎么办：等待期内的住院不能申请/)).toBeTruthy()
  expect(errorUnder('入院日期')).toBe(message)

  await type(field('入院日期'), '2026-04-02')
  await type(field('出院日期'), '2026-04-09')
  expect(screen.queryByText(`没有提交：${message}`)).toBeNull()
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))
  expect(screen.getByText('没有提交：这张发票已经申请过互助金，同一张发票不能重复申请')).toBeTruthy()
  expect(screen.getByText(/^怎么办：请核对发票号码是否填错/)).toBeTruthy()
  expect(screen.getByText('这张发票已经申请过互助金，同一张发票不能重复申请', { selector: '.field-error' })).toBeTruthy()

  await type(field('第 1 张发票号码'), '26332000000012345679')
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))
  expect(await screen.findByText('申请已提交')).toBeTruthy()
  expect(screen.getByText(/第二位干部复核/)).toBeTruthy()

  const sent = calls('claim') as Record<string, unknown>[]
  expect(sent).toHaveLength(4)
  expect(new Set(sent.map((s) => s.requestId)).size).toBe(1)
  expect(sent[3]).toEqual({
    requestId: expect.stringMatching(/^m[0-9a-z]{6,}/), benefit: 'inpatient', hospital: '义乌市中心医院', admittedAt: '2026-04-02', dischargedAt: '2026-04-09',
    totalCost: 12000, fundPaid: 8000, selfPaidInPolicy: 2500, invoiceNumbers: ['26332000000012345679'],
    attachments: [{ slot: 'invoice', fileId: 'f-1' }, { slot: 'settlement', fileId: 'f-2' }, { slot: 'discharge_summary', fileId: 'f-3' }],
    payout: { bankName: '义乌农商银行', accountNo: '6222021234561234', accountName: '陈小燕' }, consents: { health: true },
  })
})

test('When the cover is not active yet, then the form is not offered and the page says where to look', async () => {
  backend({ 'mutualAid.myCover': [ok(cover({ status: 'enrolled', statusLabel: '已登记，待确认缴费' }))], 'mutualAid.plans': [ok({ items: [], next: null })] })
  render(<ApplyPage />)
  expect(await screen.findByText('您的互助保障还没有生效')).toBeTruthy()
  expect(screen.queryByText('下一步：确认')).toBeNull()
})
