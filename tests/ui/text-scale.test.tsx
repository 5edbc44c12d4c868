/**
 * 大字模式 in the mini-program (the build's own TARO_ENV branches, switched here to 'weapp'): the switch on 我的 is
 * shown, remembers the choice in Taro storage and tells the open pages; every page's wrapper carries --text-scale and
 * the darker colours only in 大字模式; on H5 the wrapper is not there at all. And every page in app.config.ts has it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { call, fetchDevIdentities } from '../../src/services/api'
import { LARGE_TEXT_KEY, TEXT_SIZE_EVENT } from '../../src/services/text-size'
import { withTextScale } from '../../src/components/text-scale'
import { useTextScale } from '../../src/hooks/use-text-scale'
import MePage from '../../src/pages/me/index'
import { clearStorageSync } from './support/taro'

jest.mock('../../src/services/api', () => ({ call: jest.fn(), fetchDevIdentities: jest.fn() }))

const asWeapp = () => { process.env.TARO_ENV = 'weapp' }
beforeEach(() => {
  jest.clearAllMocks()
  clearStorageSync()
  window.localStorage.clear()
  jest.mocked(call).mockResolvedValue({ ok: true, data: { openid: 'o-worker-1', officer: null } } as never)
  jest.mocked(fetchDevIdentities).mockResolvedValue(null)
})
afterEach(() => { process.env.TARO_ENV = 'h5' })

function Probe() {
  return <Text>另一个页面</Text>
}
const rootOf = (text: string) => screen.getByText(text).closest('.text-scale') as HTMLElement

test('When 大字模式 is switched on 我的 in the mini-program, then Taro storage remembers it and an open page follows at once', async () => {
  asWeapp()
  const Me = withTextScale(MePage)
  const Other = withTextScale(Probe)
  const told = jest.fn()
  Taro.eventCenter.on(TEXT_SIZE_EVENT, told)
  render(<><Me /><Other /></>)
  const toggle = await screen.findByRole('switch', { name: '大字模式' })
  const other = rootOf('另一个页面')
  expect(other.getAttribute('style')).toBeNull() // normal mode: no variable, every size falls back to × 1

  await act(async () => { fireEvent.click(toggle) })
  expect(Taro.getStorageSync(LARGE_TEXT_KEY)).toBe('1')
  expect(window.localStorage.getItem(LARGE_TEXT_KEY)).toBeNull() // the H5 store is not the mini-program's
  expect(told).toHaveBeenCalledWith(true)
  expect(toggle.getAttribute('aria-checked')).toBe('true')
  for (const root of [other, rootOf('大字模式')]) {
    expect(root.style.getPropertyValue('--text-scale')).toBe('1.25')
    expect(root.style.getPropertyValue('--large-text-muted')).toBe('#222')
    expect(root.style.getPropertyValue('--large-text-border')).toBe('#333')
    expect(root.style.color).toBe('rgb(0, 0, 0)')
  }

  await act(async () => { fireEvent.click(toggle) })
  expect(Taro.getStorageSync(LARGE_TEXT_KEY)).toBe('')
  expect(other.style.getPropertyValue('--text-scale')).toBe('')
  Taro.eventCenter.off(TEXT_SIZE_EVENT, told)
})

test('When a page opens on a device already in 大字模式, then it starts large; the hook stops listening once unmounted', () => {
  asWeapp()
  Taro.setStorageSync(LARGE_TEXT_KEY, '1')
  const seen: boolean[] = []
  function Reader() {
    seen.push(useTextScale())
    return null
  }
  const { unmount } = render(<Reader />)
  expect(seen).toEqual([true])
  unmount()
  act(() => { Taro.eventCenter.trigger(TEXT_SIZE_EVENT, false) })
  expect(seen).toEqual([true]) // no update after unmount (React would warn on console.error)

  const Page = withTextScale(Probe)
  render(<Page />)
  expect(rootOf('另一个页面').style.getPropertyValue('--text-scale')).toBe('1.25')
})

test('When built for H5, then a page is exported untouched (the root font size scales it) and Taro storage is not used', async () => {
  expect(withTextScale(Probe)).toBe(Probe)
  render(<MePage />)
  expect(await screen.findByText('职工用户')).toBeTruthy()
  expect(screen.getByRole('switch', { name: '大字模式' })).toBeTruthy()
  expect(document.querySelector('.text-scale')).toBeNull()
  expect(Taro.getStorageSync).not.toHaveBeenCalled()
})

/** app.config.ts as the build sees it (defineAppConfig is a Taro global). */
function pagesOfTheApp(): string[] {
  ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
  const config = jest.requireActual('../../src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

test('When the app lists its pages, then every page’s default export goes through withTextScale', () => {
  const pages = pagesOfTheApp()
  expect(pages.length).toBeGreaterThan(50)
  const missing = pages.filter((page) => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', `${page}.tsx`), 'utf8')
    return !/^export default withTextScale\(\w+\)$/m.test(source)
  })
  expect(missing).toEqual([])
})
