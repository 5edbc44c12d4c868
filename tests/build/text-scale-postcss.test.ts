/**
 * config/text-scale-postcss.ts on CSS strings: text sizes and touch-target heights become
 * calc(N * var(--text-scale, 1)), the colours the H5 large-text rules darken get a variable with the normal colour as
 * fallback; everything else (px, %, em, unitless, pictures, already scaled values) stays as it was.
 */
import postcss from 'postcss'
import textScale from '../../config/text-scale-postcss'

const run = (css: string) => postcss([textScale({})]).process(css, { from: undefined }).css
const S = (n: string) => `calc(${n}rpx * var(--text-scale, 1))`

test('When a rule sets font-size or line-height in rpx, then it is multiplied by --text-scale (1 when unset)', () => {
  expect(run('.muted { font-size: 28rpx; line-height: 48rpx }')).toBe(`.muted { font-size: ${S('28')}; line-height: ${S('48')} }`)
  expect(run('.a { font-size: 26.5rpx }')).toBe(`.a { font-size: ${S('26.5')} }`)
})

test('When a value has several lengths or NutUI fallbacks, then each rpx inside is scaled and the rest is kept', () => {
  expect(run('.nut-cell { font-size: var(--nutui-cell-title-font-size, var(--nutui-font-size-base, 28rpx)) }'))
    .toBe(`.nut-cell { font-size: var(--nutui-cell-title-font-size, var(--nutui-font-size-base, ${S('28')})) }`)
  expect(run('.a { font-size: max(24rpx, 1em) } .b { font-size: calc(30rpx + 2rpx) }'))
    .toBe(`.a { font-size: max(${S('24')}, 1em) } .b { font-size: calc(${S('30')} + ${S('2')}) }`)
})

test('When NutUI theme variables are declared, then font sizes and control heights are scaled, padding is not', () => {
  const css = 'page { --nutui-font-size-base: 32rpx; --nutui-button-default-height: 88rpx; --nutui-cell-padding: 28rpx 32rpx; --nutui-cell-line-height: 1.4 }'
  expect(run(css)).toBe(`page { --nutui-font-size-base: ${S('32')}; --nutui-button-default-height: ${S('88')}; --nutui-cell-padding: 28rpx 32rpx; --nutui-cell-line-height: 1.4 }`)
})

test('When a declaration is !important, then the value is scaled and the flag kept', () => {
  expect(run('.weui-tabbar__label { font-size: 26rpx !important; line-height: 1.4 !important }'))
    .toBe(`.weui-tabbar__label { font-size: ${S('26')} !important; line-height: 1.4 !important }`)
})

test('When a value is px, PX, em, %, unitless or a keyword, then it is left alone', () => {
  const css = '.a { font-size: 14px; line-height: 1.5 } .b { font-size: 320PX } .c { font-size: 1.2em; height: 100% } .d { font: inherit; font-size: inherit }'
  expect(run(css)).toBe(css)
})

test('When a value is already multiplied by --text-scale, then running again changes nothing', () => {
  const once = run('.a { font-size: 32rpx; min-height: 88rpx; color: #555; border: 2rpx solid #8a8a8a }')
  expect(run(once)).toBe(once)
  expect(once.match(/--text-scale/g)).toHaveLength(2)
})

test('When heights are touch targets (64–120rpx), then they grow; pictures, bars, calc() and other lengths do not', () => {
  expect(run('.text-input { height: 88rpx; padding: 0 24rpx; width: 88rpx }')).toBe(`.text-input { height: ${S('88')}; padding: 0 24rpx; width: 88rpx }`)
  expect(run('.link { min-height: 96rpx } .area { min-height: 280rpx }')).toBe(`.link { min-height: ${S('96')} } .area { min-height: ${S('280')} }`)
  const left = '.qr { height: 520rpx } .bar { height: 20rpx } .box { height: 48rpx } .x { min-height: 2rpx } .y { height: calc(100vh - 88rpx) } .z { margin-top: 88rpx }'
  expect(run(left)).toBe(left)
})

test('When muted text or field borders use the normal colours, then a variable may darken them; other colours stay', () => {
  expect(run('.muted { color: #555 } .t { color: #555555 } .x { color: #5555 } .brand { color: #c8161d }'))
    .toBe('.muted { color: var(--large-text-muted, #555) } .t { color: var(--large-text-muted, #555555) } .x { color: #5555 } .brand { color: #c8161d }')
  expect(run('.text-input { border: 2rpx solid #8a8a8a } .b { border-bottom-color: #8A8A8A } .toggle { background: #8a8a8a }'))
    .toBe('.text-input { border: 2rpx solid var(--large-text-border, #8a8a8a) } .b { border-bottom-color: var(--large-text-border, #8A8A8A) } .toggle { background: #8a8a8a }')
})

test('When selectors are NutUI’s or nested in @media, then only the declarations change', () => {
  const out = run('@media (min-width: 600px) { .nut-button--large .nut-button__text, .nut-cell-extra { font-size: 30rpx } }')
  expect(out).toBe(`@media (min-width: 600px) { .nut-button--large .nut-button__text, .nut-cell-extra { font-size: ${S('30')} } }`)
})
