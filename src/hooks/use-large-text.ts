import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { LARGE_TEXT_KEY, TEXT_SIZE_EVENT } from '../services/text-size'

/**
 * Whether this device is in 大字模式. H5: localStorage, read by the root-size script before the app loads.
 * Weapp: Taro storage, followed by every page's wrapper (src/components/text-scale).
 */
export function readLargeText(): boolean {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      return Taro.getStorageSync(LARGE_TEXT_KEY) === '1'
    } catch {
      return false // storage unreadable: the normal size
    }
  }
  if (process.env.TARO_ENV !== 'h5') return false
  try {
    return window.localStorage.getItem(LARGE_TEXT_KEY) === '1'
  } catch {
    return false // storage blocked (private mode): the normal size
  }
}

/** Remembers the choice on the device and applies it at once (the root-size script or the open pages listen). */
export function writeLargeText(on: boolean) {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      if (on) Taro.setStorageSync(LARGE_TEXT_KEY, '1')
      else Taro.removeStorageSync(LARGE_TEXT_KEY)
    } catch {
      // not remembered, but the open pages still change
    }
    Taro.eventCenter.trigger(TEXT_SIZE_EVENT, on)
    return
  }
  if (process.env.TARO_ENV !== 'h5') return
  try {
    if (on) window.localStorage.setItem(LARGE_TEXT_KEY, '1')
    else window.localStorage.removeItem(LARGE_TEXT_KEY)
  } catch {
    return // storage blocked (private mode): the root-size script could not read it either
  }
  window.dispatchEvent(new Event(TEXT_SIZE_EVENT))
}

/** 大字模式 on 我的: the current setting and a switch. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readLargeText)
  const set = useCallback((next: boolean) => {
    writeLargeText(next)
    setOn(next)
  }, [])
  return [on, set]
}
