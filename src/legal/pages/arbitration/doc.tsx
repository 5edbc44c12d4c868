import { View, Text } from '@tarojs/components'
import { draftLines, type Draft } from '../../arbitration'

/** The application as it will be printed (or copied): the title, then one paragraph per line. */
export default function ArbitrationDoc({ draft }: { draft: Draft }) {
  const [title, ...lines] = draftLines(draft)
  return (
    <View className='arb__doc'>
      <Text className='arb__title'>{title}</Text>
      {lines.map((line, i) => <Text key={i} className='arb__line'>{line}</Text>)}
    </View>
  )
}
