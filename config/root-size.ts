import {
  DESKTOP_MIN_WIDTH, DESKTOP_ROOT_PX, LARGE_TEXT_CLASS, LARGE_TEXT_KEY, LARGE_TEXT_SCALE, TEXT_SIZE_EVENT,
} from '../src/services/text-size'

/**
 * The H5 root font size (Taro turns every rpx into rem: 1rem = 40rpx). Replaces Taro's default script, which
 * follows min(width, height) up to 40px, so a 1280×800 desktop drew 32rpx text at 32px. Here:
 * - phones and tablets (< 1024px wide): Taro's rule unchanged, 40 × min(w, h) / 750, clamped to 20–40px;
 * - desktops (≥ 1024px wide): a fixed 20px (as on a 375px phone), so rpx no longer grows with the window;
 * - 大字模式 (localStorage `union.largeText` = '1'): × 1.25, and a class on <html> for the contrast rules.
 * It runs before the app (no flash of small text), on resize, and on the `union-text-size` event.
 */
export const rootSizeScript = `!function(n){var d=n.document.documentElement;function big(){try{return n.localStorage.getItem(${JSON.stringify(LARGE_TEXT_KEY)})==="1"}catch(e){return false}}function f(){var r=d.getBoundingClientRect(),w=Math.min.apply(Math,[r.width,r.height].filter(function(v){return Boolean(v)})),x=r.width>=${DESKTOP_MIN_WIDTH}?${DESKTOP_ROOT_PX}:Math.min(40,Math.max(20,40*w/750)),l=big();d.classList.toggle(${JSON.stringify(LARGE_TEXT_CLASS)},l);d.style.fontSize=(l?x*${LARGE_TEXT_SCALE}:x)+"px"}n.addEventListener("resize",function(){f();setTimeout(f,500)});n.addEventListener(${JSON.stringify(TEXT_SIZE_EVENT)},f);f()}(window);`
