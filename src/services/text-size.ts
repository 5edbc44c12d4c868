/**
 * The H5 page scale and 大字模式 (large text). On H5 every rpx is a rem, so the root font size scales the whole
 * page: config/root-size.ts sets it before the app loads (and again on resize or on TEXT_SIZE_EVENT), from
 * these constants. The mini-program has no root size to scale: see LARGE_TEXT_PAGE_STYLE. Zod-free and Taro-free:
 * the build config imports it too, and Taro's config loader compiles only config/: write plain JavaScript here (no
 * type annotations), or Node fails to load it (tests/build/text-scale-weapp.test.ts loads it as Taro does).
 */

/** Storage key (H5 localStorage, weapp Taro storage): '1' when the device is in 大字模式. */
export const LARGE_TEXT_KEY = 'union.largeText'
/** Sent after the setting changes (H5: on window, the root-size script applies it; weapp: Taro.eventCenter). */
export const TEXT_SIZE_EVENT = 'union-text-size'
/** From this viewport width the page is a desktop: the scale is fixed instead of following the width. */
export const DESKTOP_MIN_WIDTH = 1024
/** Root font size on a desktop: 32rpx body text = 16px, however wide the window. */
export const DESKTOP_ROOT_PX = 20
/** 大字模式 multiplies the root: 32rpx body text is 20.8px on a 390px phone, 88rpx targets 57px. */
export const LARGE_TEXT_SCALE = 1.25
/** The class on <html> in 大字模式 (higher contrast rules in app.scss). */
export const LARGE_TEXT_CLASS = 'large-text'

/**
 * The mini-program's 大字模式 (rpx is native there: no root size to scale). Every page sits in a View carrying this
 * style (src/components/text-scale). config/text-scale-postcss.ts has multiplied every font size and touch-target
 * height by `--text-scale` and given muted text and field borders the variables below, with the normal colours as
 * fallbacks, so without the style nothing changes. The colours are those of the H5 `html.large-text` rules.
 */
export const LARGE_TEXT_PAGE_STYLE = {
  '--text-scale': String(LARGE_TEXT_SCALE),
  '--large-text-muted': '#222',
  '--large-text-border': '#333',
  '--nutui-color-text': '#222',
  '--nutui-cell-description-color': '#222',
  color: '#000',
}
