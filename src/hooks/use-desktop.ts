import { useEffect, useState } from 'react'
import { DESKTOP_MIN_WIDTH } from '../services/text-size'

const QUERY = `(min-width: ${DESKTOP_MIN_WIDTH}px)`

/** True on an H5 window at least 1024px wide (a desk), following resizes. Always false in the mini-program. */
export function useDesktop(): boolean {
  const [desktop, setDesktop] = useState(isDesktop)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof window.matchMedia !== 'function') return
    const media = window.matchMedia(QUERY)
    const onChange = () => setDesktop(media.matches)
    onChange()
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [])
  return desktop
}

function isDesktop(): boolean {
  // No matchMedia (jsdom, old webviews): a phone.
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches
}
