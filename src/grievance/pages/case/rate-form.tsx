import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { grievanceApi } from '../../../services/grievance'
import FieldError from '../../../components/field-error'
import type { ConfirmedAction } from '../../../hooks/use-confirmed-action'

const SCORES: [number, string][] = [[1, '很不满意'], [2, '不满意'], [3, '一般'], [4, '满意'], [5, '很满意']]

/** 评价: 1–5 as five large buttons with words, and an optional comment (the union does not see who wrote it). */
export default function RateForm({ id, action }: { id: string; action: ConfirmedAction }) {
  const [score, setScore] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  return (
    <View className='section'>
      <Text className='section-title'>给这次办理打个分</Text>
      <View className='case__scores'>
        {SCORES.map(([n, label]) => (
          <View key={n} className={`case__score ${score === n ? 'case__score--on' : ''}`} role='radio' aria-checked={score === n} onClick={() => setScore(n)}>
            <Text className='case__score-n'>{n} 分</Text>
            <Text className='case__score-label'>{label}</Text>
          </View>
        ))}
      </View>
      <FieldError fields={action.fields} name='score' />
      <Input
        className={`text-input case__comment ${action.fields.comment ? 'text-input--invalid' : ''}`}
        value={comment}
        maxlength={200}
        placeholder='想说的话（可以不填）'
        aria-label='评价'
        onInput={(e) => setComment(e.detail.value)}
      />
      <FieldError fields={action.fields} name='comment' />
      <View className='case__submit'>
        <Button type='primary' block disabled={score === null} loading={action.busy} onClick={() => void action.run(
          null, () => grievanceApi.rate({ id, score: score ?? 0, ...(comment.trim() ? { comment } : {}) }), '谢谢您的评价')}
        >
          提交评价
        </Button>
      </View>
    </View>
  )
}
