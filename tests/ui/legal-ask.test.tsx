/**
 * 问律师 in jsdom, the transport mocked at the component boundary (tests/e2e/legal.test.ts drives the real path):
 * per-field checks, the live counter, "这些回答可能帮到你" from legal.search, the confirm step, one requestId
 * across retries, and the done screen.
 */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Org } from '../../types/directory'
import AskPage from '../../src/legal/pages/ask/index'
import { backend, click, inputsOf, NETWORK, ok, type } from './legal-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/components/photo-picker/photo-io', () => ({ choosePhotos: jest.fn(), readPhoto: jest.fn(), previewPhotos: jest.fn() }))

const town: Org = { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' }
const RECEIPT = '4000123412341234'
const asked = {
  id: 'lc-1', receipt: RECEIPT, status: 'waiting', assignedOrgId: 'yw', assignedOrgName: '义乌市总工会', routeReason: 'CITY_CENTRE',
  routeExplanation: '由市总工会法律服务中心（12351）的律师解答。', answerBy: '2026-03-11T10:00:00+08:00', answerByLabel: '3月11日 10:00 前答复',
}
const article = (id: string, title: string) => ({
  id, category: 'overtime', categoryLabel: '工时与加班', title, body: `问：${title}\n\n答：按 150% 支付。`, source: 'consultation', useful: 3, updatedAt: '2026-03-01T10:00:00+08:00',
})
const QUESTION = '我每天加班三个小时，单位一直不给加班费，该怎么办？'

const standing = { 'directory.listTowns': ok({ items: [town] }), 'legal.search': ok({ items: [], next: null }) }

async function fill(privacy: '实名' | '匿名' = '匿名') {
  await click(screen.getByText('工时与加班'))
  type('您的问题', QUESTION)
  await click(screen.getByText(privacy))
}

beforeEach(() => {
  jest.clearAllMocks()
})

test('When the worker taps 下一步 with nothing filled, then each field says what is missing in Chinese and nothing is sent', async () => {
  backend({}, standing)
  render(<AskPage />)

  type('您的问题', '欠薪怎么办')
  expect(screen.getByText('还差 5 个字 · 5/2000')).toBeTruthy() // the live counter
  await click(screen.getByText('下一步：确认'))

  expect(screen.getByText('请选择问题类别')).toBeTruthy()
  expect(screen.getByText('请至少写 10 个字，把问题说清楚')).toBeTruthy()
  expect(screen.getByText('请选择实名或匿名')).toBeTruthy()
  expect(inputsOf('ask')).toEqual([])
  expect(inputsOf('search')).toEqual([])

  await click(screen.getByText('工资报酬/欠薪')) // fixing a field clears its message
  expect(screen.queryByText('请选择问题类别')).toBeNull()
})

test('When a named worker leaves only a name, then the phone is asked for; anonymous askers are never asked', async () => {
  backend({}, standing)
  render(<AskPage />)
  await fill('匿名')
  expect(screen.queryByLabelText('姓名（可以不填）')).toBeNull()
  expect(screen.getByText(/凭它查看答复、继续追问/)).toBeTruthy() // what 匿名 means, in plain words

  await click(screen.getByText('实名'))
  type('姓名（可以不填）', '张三')
  await click(screen.getByText('下一步：确认'))

  expect(screen.getByText('请填写 11 位手机号')).toBeTruthy()
  expect(screen.queryByText('请确认您的咨询')).toBeNull()
})

test('When the question mentions 加班费, then the confirm step shows matching published answers before anything is sent', async () => {
  backend({
    'legal.search': [ok({ items: [article('a-1', '加班费怎么算？')], next: null }), ok({ items: [article('a-1', '加班费怎么算？'), article('a-2', '周末加班能要双倍吗？')], next: null })],
  }, standing)
  render(<AskPage />)
  await fill()
  await click(screen.getByText('下一步：确认'))

  expect(screen.getByText('请确认您的咨询')).toBeTruthy()
  expect(await screen.findByText('这些回答可能帮到你')).toBeTruthy()
  expect(screen.getByText('加班费怎么算？')).toBeTruthy()
  expect(screen.getByText('周末加班能要双倍吗？')).toBeTruthy() // the category's answers fill up the list, without repeats
  expect(screen.getAllByText('加班费怎么算？')).toHaveLength(1)
  expect(inputsOf('search')).toEqual([{ q: '加班费', limit: 3 }, { category: 'overtime', limit: 3 }])
  await click(screen.getByText('加班费怎么算？'))
  expect(screen.getByText(/答：按 150% 支付。/)).toBeTruthy()
  expect(inputsOf('ask')).toEqual([])
})

test('When sending fails on the network and the worker retries, then the same requestId goes and the receipt and answer-by are shown', async () => {
  backend({ 'legal.ask': [NETWORK, ok(asked)] }, standing)
  render(<AskPage />)
  await fill('匿名')
  await click(screen.getByText('直接填写'))
  type('单位名称', '义乌某某服饰厂')
  await click(screen.getByText('苏溪镇总工会'))
  await click(screen.getByText('下一步：确认'))
  expect(screen.getByText('义乌某某服饰厂 · 苏溪镇总工会')).toBeTruthy()
  await click(screen.getByText('确认提交'))
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()

  await click(screen.getByText('重试'))

  const [first, second] = inputsOf('ask')
  expect(first.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(second).toEqual({
    requestId: first.requestId, category: 'overtime', question: QUESTION, privacy: 'anonymous', enterpriseName: '义乌某某服饰厂', townId: 'sx',
  })
  expect(screen.getByText('由 义乌市总工会 的律师解答')).toBeTruthy()
  expect(screen.getByText('3月11日 10:00 前答复')).toBeTruthy()
  expect(screen.getByText('4000 1234 1234 1234')).toBeTruthy()
  await click(screen.getByText('复制回执码'))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: RECEIPT })
  await click(screen.getByText('去办事'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/cases/index' })
  await click(screen.getByText('回首页'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
})

test('When a named worker leaves a name and phone, then they go as contact and no receipt code is shown', async () => {
  backend({ 'legal.ask': [ok(asked)] }, standing)
  render(<AskPage />)
  await fill('实名')
  type('姓名（可以不填）', '张三')
  type('手机号（可以不填）', '13812345678')
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))

  expect(inputsOf('ask')[0]).toMatchObject({ privacy: 'named', contact: { name: '张三', phone: '13812345678' } })
  expect(screen.getByText('3月11日 10:00 前答复')).toBeTruthy()
  expect(screen.queryByText('您的回执码')).toBeNull()
})

test('When the server rejects fields, then the form comes back with each message under its field', async () => {
  backend({
    'legal.ask': [{ ok: false, error: { code: 'VALIDATION', message: '填写的内容有误，请按提示修改', fields: { question: '问题不能超过 2000 个字' } } }],
  }, standing)
  render(<AskPage />)
  await fill()
  await click(screen.getByText('下一步：确认'))
  await click(screen.getByText('确认提交'))

  expect(screen.getByText('问题不能超过 2000 个字')).toBeTruthy()
  expect(screen.getByLabelText('您的问题')).toBeTruthy() // back on the form
})
