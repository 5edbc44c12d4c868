/**
 * The H5 root font size script (config/root-size.ts), run in a stand-in window: phones keep Taro's scale,
 * desktops get a fixed one (rpx no longer grows with the window), 大字模式 multiplies it and marks <html>.
 * 32rpx body text = 0.8rem.
 */
import { runInNewContext } from 'node:vm'
import { rootSizeScript } from '../../config/root-size'
import { LARGE_TEXT_KEY, TEXT_SIZE_EVENT } from '../../src/services/text-size'

function run(width: number, height: number, large = false) {
  const listeners: Record<string, (() => void)[]> = {}
  const classes = new Set<string>()
  const html = {
    style: { fontSize: '' },
    getBoundingClientRect: () => ({ width, height }),
    classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) },
  }
  const store = new Map<string, string>(large ? [[LARGE_TEXT_KEY, '1']] : [])
  const window = {
    document: { documentElement: html },
    localStorage: { getItem: (k: string) => store.get(k) ?? null },
    addEventListener: (name: string, f: () => void) => (listeners[name] ??= []).push(f),
  }
  runInNewContext(rootSizeScript, { window, setTimeout: () => 0 })
  const body = () => Number.parseFloat(html.style.fontSize) * 0.8
  return {
    body, classes,
    toggle(on: boolean) {
      if (on) store.set(LARGE_TEXT_KEY, '1')
      else store.delete(LARGE_TEXT_KEY)
      listeners[TEXT_SIZE_EVENT].forEach((f) => f())
    },
  }
}

it('When the window is a desktop, then body text is 16px however wide it is', () => {
  for (const [w, h] of [[1024, 768], [1280, 800], [1920, 1080], [2560, 1440]]) expect(run(w, h).body()).toBe(16)
})

it('When the window is a phone, then Taro’s scale is unchanged (40 × width / 750, 20–40px)', () => {
  expect(run(390, 844).body()).toBeCloseTo(16.64, 2)
  expect(run(375, 667).body()).toBe(16)
  expect(run(320, 568).body()).toBe(16) // clamped at 20px
})

it('When 大字模式 is on, then a phone’s body text is at least 18px and <html> is marked; the switch applies at once', () => {
  const phone = run(390, 844, true)
  expect(phone.body()).toBeGreaterThanOrEqual(18)
  expect(phone.classes.has('large-text')).toBe(true)
  phone.toggle(false)
  expect(phone.body()).toBeCloseTo(16.64, 2)
  expect(phone.classes.has('large-text')).toBe(false)
  phone.toggle(true)
  expect(phone.body()).toBeCloseTo(20.8, 2)
  expect(run(1280, 800, true).body()).toBe(20)
})
