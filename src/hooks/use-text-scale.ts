import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { TEXT_SIZE_EVENT } from '../services/text-size'
import { readLargeText } from './use-large-text'

/**
 * Whether the page should draw in 大字模式: the remembered setting, then every change made on 我的 while this page is
 * open (tab pages and pages lower in the stack stay mounted, so they follow at once, not on the next visit).
 */
export function useTextScale(): boolean {
  const [large, setLarge] = useState(readLargeText)
  useEffect(() => {
    const follow = () => setLarge(readLargeText())
    if (process.env.TARO_ENV === 'weapp') {
      Taro.eventCenter.on(TEXT_SIZE_EVENT, follow)
      return () => void Taro.eventCenter.off(TEXT_SIZE_EVENT, follow)
    }
    if (process.env.TARO_ENV !== 'h5') return undefined
    window.addEventListener(TEXT_SIZE_EVENT, follow)
    return () => window.removeEventListener(TEXT_SIZE_EVENT, follow)
  }, [])
  return large
}
