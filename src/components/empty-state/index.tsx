import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './index.scss'

/** An honest "nothing here" block: what is empty, why, and (optionally) what to do next. */
export default function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <View className='empty-state'>
      <Text className='empty-state__title'>{title}</Text>
      {hint ? <Text className='empty-state__hint'>{hint}</Text> : null}
      {children}
    </View>
  )
}
