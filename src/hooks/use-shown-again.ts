import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Runs `refresh` whenever the page shows again (back from a detail page, a tab switch), not on the first show:
 * the page has just loaded then.
 */
export function useShownAgain(refresh: () => void) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) refresh()
    shown.current = true
  })
}
