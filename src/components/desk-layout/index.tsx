import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useDesktop } from '../../hooks/use-desktop'
import DeskNav from './desk-nav'
import type { DeskSection } from './nav'
import './index.scss'

export type { DeskSection } from './nav'

type Props = {
  /** Which entry of the navigation this page belongs to. */
  active: DeskSection
  /** The page (on a desk: the list). */
  children: ReactNode
  /** On a desk, shown beside the list; null when nothing is open. Phones never see it (they open a page). */
  detail?: ReactNode
  /** The detail pane's 关闭 (Esc does the same where the page uses useListDetail). */
  onCloseDetail?: () => void
}

/**
 * An officer page on a desktop (H5, ≥ 1024px): the officer's navigation on the left, the page, and a detail
 * pane beside it when one is open; each column scrolls by itself. On phones and in the mini-program: the page
 * exactly as before.
 */
export default function DeskLayout({ active, children, detail, onCloseDetail }: Props) {
  const desktop = useDesktop()
  if (process.env.TARO_ENV !== 'h5' || !desktop) return <>{children}</>
  return (
    <View className='desk'>
      <DeskNav active={active} />
      <View className={`desk__main ${detail ? 'desk__main--split' : ''}`}>{children}</View>
      {detail ? (
        <View className='desk__detail' role='region' aria-label='详情'>
          {onCloseDetail ? <View className='desk__close' onClick={onCloseDetail}>关闭（Esc）</View> : null}
          {detail}
        </View>
      ) : null}
    </View>
  )
}
