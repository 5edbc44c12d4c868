import type { Declaration, PluginCreator } from 'postcss'

/**
 * 大字模式 in the mini-program (docs/decisions/0015). On weapp rpx is native, so no root font size can scale a
 * page as it does on H5. This PostCSS plugin (weapp build only: config/index.ts) makes text sizes and touch-target
 * heights follow a variable that every page's wrapper View sets (src/components/text-scale, in 大字模式 only):
 *   font-size: 32rpx   →  font-size: calc(32rpx * var(--text-scale, 1))
 * and gives the colours the H5 large-text rules darken a variable whose fallback is the normal colour:
 *   color: #555        →  color: var(--large-text-muted, #555)
 * Without the variable every value computes exactly as before. It runs at OnceExit, after Taro's pxtransform has
 * turned px into rpx; px, %, em, unitless and already scaled values are left alone.
 *
 * Loaded by Taro with `require(file)(options)` (no default-export handling), hence `export =`.
 */

const SCALE = 'var(--text-scale, 1)'
const RPX = /(?<![\w.-])(\d*\.?\d+)rpx(?![\w-])/g
/** Heights in this range are controls (88rpx inputs, 96rpx buttons), not pictures or bars. */
const TOUCH_HEIGHT = { min: 64, max: 120 }
/** The colours the H5 `html.large-text` rules darken, and the variables the page wrapper sets in 大字模式. */
const COLOURS: { prop: RegExp; colour: RegExp; variable: string }[] = [
  { prop: /^color$/, colour: /^#555(555)?$/i, variable: '--large-text-muted' },
  { prop: /^border(-(top|right|bottom|left))?(-color)?$/, colour: /#8a8a8a\b/i, variable: '--large-text-border' },
]

const scaled = (n: string) => `calc(${n}rpx * ${SCALE})`

/** Every rpx length in the value, each multiplied by the scale. */
function scaleAll(value: string): string {
  return value.replace(RPX, (_, n: string) => scaled(n))
}

/** Only lengths a touch target would have; calc() is left alone (a subtraction would shrink, not grow). */
function scaleHeights(value: string, max: number): string {
  if (value.includes('calc(')) return value
  return value.replace(RPX, (m, n: string) => (Number(n) >= TOUCH_HEIGHT.min && Number(n) <= max ? scaled(n) : m))
}

function scaleValue(prop: string, value: string): string {
  if (value.includes('--text-scale') || !value.includes('rpx')) return value
  const name = prop.toLowerCase()
  const custom = name.startsWith('--')
  // NutUI names its sizes --nutui-font-size-base, --nutui-cell-title-font-size, …
  if (custom ? /font-size|line-height/.test(name) : name === 'font-size' || name === 'line-height') return scaleAll(value)
  if (name === 'min-height') return scaleHeights(value, Infinity)
  if (name === 'height' || (custom && name.endsWith('-height'))) return scaleHeights(value, TOUCH_HEIGHT.max)
  return value
}

function darken(prop: string, value: string): string {
  if (value.includes('--large-text-')) return value
  for (const { prop: p, colour, variable } of COLOURS) {
    if (p.test(prop)) return value.replace(colour, (c) => `var(${variable}, ${c})`)
  }
  return value
}

/** One declaration as the mini-program should have it. */
function rewrite(decl: Declaration) {
  const value = darken(decl.prop, scaleValue(decl.prop, decl.value))
  if (value !== decl.value) decl.value = value
}

const textScale: PluginCreator<Record<string, never>> = () => ({
  postcssPlugin: 'union-text-scale',
  OnceExit(root) {
    root.walkDecls(rewrite)
  },
})
textScale.postcss = true

export = textScale
