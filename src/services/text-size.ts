/**
 * The H5 page scale and 大字模式 (large text). On H5 every rpx is a rem, so the root font size scales the whole
 * page: config/root-size.ts sets it before the app loads (and again on resize or on TEXT_SIZE_EVENT), from
 * these constants. Zod-free and Taro-free: the build config imports it too.
 */

/** localStorage key: '1' when the device is in 大字模式. */
export const LARGE_TEXT_KEY = 'union.largeText'
/** Dispatched on window after the setting changes: the root-size script applies it at once. */
export const TEXT_SIZE_EVENT = 'union-text-size'
/** From this viewport width the page is a desktop: the scale is fixed instead of following the width. */
export const DESKTOP_MIN_WIDTH = 1024
/** Root font size on a desktop: 32rpx body text = 16px, however wide the window. */
export const DESKTOP_ROOT_PX = 20
/** 大字模式 multiplies the root: 32rpx body text is 20.8px on a 390px phone, 88rpx targets 57px. */
export const LARGE_TEXT_SCALE = 1.25
/** The class on <html> in 大字模式 (higher contrast rules in app.scss). */
export const LARGE_TEXT_CLASS = 'large-text'
