import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Choice from '../../components/choice'
import FieldError from '../../components/field-error'
import type { ConfirmedAction } from '../../hooks/use-confirmed-action'
import { legalApi, type ConsultRef } from '../../services/legal'
import './rate-form.scss'

const SCORES: [number, string][] = [[1, '很不满意'], [2, '不满意'], [3, '一般'], [4, '满意'], [5, '很满意']]

/** 评价 (once): 1–5 as five large buttons with words, and 解决了 / 没解决. */
export default function RateForm({ consult, action }: { consult: ConsultRef; action: ConfirmedAction }) {
  const [score, setScore] = useState<number | null>(null)
  const [solved, setSolved] = useState<boolean | null>(null)
  const ready = score !== null && solved !== null
  return (
    <View className='section'>
      <Text className='section-title'>律师的答复有帮助吗？</Text>
      <View className='rate__scores'>
        {SCORES.map(([n, label]) => (
          <View key={n} className={`rate__score ${score === n ? 'rate__score--on' : ''}`} role='radio' aria-checked={score === n} onClick={() => setScore(n)}>
            <Text className='rate__n'>{n} 分</Text>
            <Text className='rate__label'>{label}</Text>
          </View>
        ))}
      </View>
      <FieldError fields={action.fields} name='score' />
      <View className='legal__row'>
        <Choice compact title='问题解决了' on={solved === true} onClick={() => setSolved(true)} />
        <Choice compact title='还没解决' on={solved === false} onClick={() => setSolved(false)} />
      </View>
      <FieldError fields={action.fields} name='solved' />
      <Button type='primary' size='large' block disabled={!ready} loading={action.busy} onClick={() => void action.run(
        { title: '提交评价？', content: '每条咨询只能评价一次，提交后不能修改。' }, () => legalApi.rate(consult, score ?? 0, solved ?? false), '谢谢您的评价')}
      >
        提交评价
      </Button>
    </View>
  )
}
