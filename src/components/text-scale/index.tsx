import type { ComponentType, CSSProperties, ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useTextScale } from '../../hooks/use-text-scale'
import { LARGE_TEXT_PAGE_STYLE } from '../../services/text-size'

/**
 * 大字模式 in the mini-program (docs/decisions/0015): the page's content inside a View that carries `--text-scale`
 * and the darker colours when the device is in 大字模式 (app.scss `.text-scale` declares the root sizes again here,
 * so that they see the variable). Only a style changes when the switch on 我的 is used; open pages follow at once.
 */
export function TextScaleRoot({ children }: { children?: ReactNode }) {
  const large = useTextScale()
  return (
    <View className='text-scale' style={large ? (LARGE_TEXT_PAGE_STYLE as CSSProperties) : undefined}>
      {children}
    </View>
  )
}

/**
 * Every page's default export goes through this (tests/ui/text-scale.test.tsx checks each page in app.config.ts).
 * H5 scales every rpx from the root font size (config/root-size.ts), so there the page is returned untouched.
 */
export function withTextScale<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  if (process.env.TARO_ENV !== 'weapp') return Page
  function TextScaledPage(props: P) {
    return (
      <TextScaleRoot>
        <Page {...props} />
      </TextScaleRoot>
    )
  }
  TextScaledPage.displayName = `withTextScale(${Page.displayName ?? Page.name})`
  return TextScaledPage
}
