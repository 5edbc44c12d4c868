import { View, Text } from '@tarojs/components'
import type { Refusal } from '../refusals'

/** A claim that was not filed: why, in plain words, and what to do now. */
export default function RefusalNotice({ refusal }: { refusal: Refusal }) {
  return (
    <View className='section ma__refusal' role='alert'>
      <Text className='ma__refusal-title'>没有提交：{refusal.message}</Text>
      {refusal.todo ? <Text className='ma__refusal-todo'>怎么办：{refusal.todo}</Text> : null}
    </View>
  )
}
