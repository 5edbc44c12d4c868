/**
 * The directory search page, rendered in jsdom with the transport module mocked at the component
 * boundary (tests/e2e/h5.test.ts covers the real path through the host).
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Enterprise, Org } from '../../types/directory'
import { call } from '../../src/services/api'
import DirectorySearch from '../../src/directory/pages/search/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const town = (over: Partial<Org> = {}): Org => ({
  id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx', ...over,
})
const enterprise = (over: Partial<Enterprise> = {}): Enterprise => ({
  id: 'e-hx', name: '义乌华鑫织造有限公司', creditCode: '91330782MA2E0HX01A', townId: 'sx',
  unionId: 'u-hx', jointUnionId: null, staff: 120, industry: '纺织', ...over,
})

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }
/** Routes `call(fn, action, input)` to per-action replies; search replies are consumed in order. */
function backend(searchReplies: Reply[], towns: Org[] = [town(), town({ id: 'fc', name: '福田街道总工会', townId: 'fc' })]) {
  callMock.mockImplementation(async (fn, action) => {
    if (fn === 'directory' && action === 'listTowns') return { ok: true, data: { items: towns } } as never
    if (fn === 'directory' && action === 'searchEnterprises') {
      const next = searchReplies.shift()
      if (!next) throw new Error('unexpected extra search')
      return next as never
    }
    throw new Error(`unexpected call ${fn}.${action}`)
  })
}
const searchCalls = () => callMock.mock.calls.filter(([, action]) => action === 'searchEnterprises').map(([, , input]) => input)

async function searchFor(text: string) {
  fireEvent.change(screen.getByLabelText('单位名称或统一社会信用代码'), { target: { value: text } })
  await act(async () => {
    fireEvent.click(screen.getByText('搜索'))
  })
}

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})

test('When a worker searches for 华鑫, then the enterprise is listed with its town and union status', async () => {
  backend([{ ok: true, data: { items: [enterprise()], next: null } }])
  render(<DirectorySearch />)
  expect(await screen.findByText('苏溪镇总工会')).toBeTruthy() // town filter loaded

  await searchFor('华鑫')

  expect(searchCalls()).toEqual([{ q: '华鑫', townId: undefined, limit: 20 }])
  expect(screen.getByText('义乌华鑫织造有限公司')).toBeTruthy()
  expect(screen.getByText('统一社会信用代码：91330782MA2E0HX01A')).toBeTruthy()
  expect(screen.getByText(/苏溪镇总工会 · 职工 120 人/)).toBeTruthy()
  expect(screen.getByText(/已建立企业工会/)).toBeTruthy()

  fireEvent.click(screen.getByText('义乌华鑫织造有限公司'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/directory/pages/org/index?id=u-hx' })
})

test('When the server rejects the query, then its field message is shown under the input and no empty state', async () => {
  backend([{ ok: false, error: { code: 'VALIDATION', message: '填写的内容有误，请按提示修改', fields: { q: '请至少输入 2 个字' } } }])
  render(<DirectorySearch />)

  await searchFor('华')

  expect(screen.getByText('请至少输入 2 个字')).toBeTruthy()
  expect(screen.queryByText('没有找到符合条件的单位')).toBeNull()
  expect(screen.queryByText('填写的内容有误，请按提示修改')).toBeNull()
})

test('When nothing matches, then the page says so plainly', async () => {
  backend([{ ok: true, data: { items: [], next: null } }])
  render(<DirectorySearch />)
  await searchFor('不存在的公司')
  expect(screen.getByText('没有找到符合条件的单位')).toBeTruthy()
  expect(screen.queryByText('加载更多')).toBeNull()
})

test('When there is a next page, then 加载更多 fetches after the cursor and appends', async () => {
  backend([
    { ok: true, data: { items: [enterprise()], next: 'cursor-1' } },
    { ok: true, data: { items: [enterprise({ id: 'e-2', name: '义乌华鑫第二织造厂', unionId: null, jointUnionId: null })], next: null } },
  ])
  render(<DirectorySearch />)
  await searchFor('华鑫')

  await act(async () => {
    fireEvent.click(screen.getByText('加载更多'))
  })

  expect(searchCalls()[1]).toEqual({ q: '华鑫', townId: undefined, limit: 20, after: 'cursor-1' })
  expect(screen.getByText('义乌华鑫织造有限公司')).toBeTruthy()
  expect(screen.getByText('义乌华鑫第二织造厂')).toBeTruthy()
  expect(screen.getByText(/尚未建立工会/)).toBeTruthy()
  expect(screen.queryByText('加载更多')).toBeNull()
})

test('When a town is picked after a search, then the search reruns within that town', async () => {
  backend([
    { ok: true, data: { items: [enterprise()], next: null } },
    { ok: true, data: { items: [], next: null } },
  ])
  render(<DirectorySearch />)
  await screen.findByText('福田街道总工会')
  await searchFor('华鑫')

  await act(async () => {
    fireEvent.click(screen.getByText('福田街道总工会'))
  })

  expect(searchCalls()[1]).toEqual({ q: '华鑫', townId: 'fc', limit: 20 })
  expect(screen.getByText('没有找到符合条件的单位')).toBeTruthy()
})

test('When the network fails, then the message is shown and 重试 repeats the search', async () => {
  backend([
    { ok: false, error: { code: 'NETWORK', message: '网络异常，请检查网络后重试' } },
    { ok: true, data: { items: [enterprise()], next: null } },
  ])
  render(<DirectorySearch />)
  await searchFor('华鑫')
  expect(screen.getByText('网络异常，请检查网络后重试')).toBeTruthy()

  await act(async () => {
    fireEvent.click(screen.getByText('重试'))
  })

  expect(searchCalls()).toHaveLength(2)
  expect(screen.queryByText('网络异常，请检查网络后重试')).toBeNull()
  expect(screen.getByText('义乌华鑫织造有限公司')).toBeTruthy()
})
