import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import { ANSWER_WITHIN_HOURS, LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import ErrorNotice from '../../../components/error-notice'
import { unitText, type AskForm } from '../../ask-form'
import { useSuggestions } from '../../hooks/use-suggestions'
import { LEGAL } from '../../links'
import { PRIVACY } from './privacy-section'

type Props = {
  form: AskForm
  townName: (id: string) => string
  photoCount: number
  busy: boolean
  error: ErrorBody | null
  onSend: () => void
  onBack: () => void
}

/** Read it back before sending; published answers that match come first: the question may be answered already. */
export default function ConfirmStep({ form, townName, photoCount, busy, error, onSend, onBack }: Props) {
  const suggestions = useSuggestions(form.question, form.category)
  const [open, setOpen] = useState<string | null>(null)
  const privacy = PRIVACY.find(([mode]) => mode === form.privacy)
  const rows: [string, string][] = [
    ['问题类别', form.category ? LEGAL_CATEGORY_LABELS[form.category] : ''],
    ['单位和镇', unitText(form, townName)],
    ['实名/匿名', privacy ? privacy[1] : ''],
  ]
  if (form.privacy === 'named' && form.name.trim()) rows.push(['姓名', form.name.trim()])
  if (form.privacy === 'named' && form.phone.trim()) rows.push(['手机号', form.phone.trim()])
  if (photoCount > 0) rows.push(['照片', `${photoCount} 张`])
  return (
    <View className='legal'>
      {suggestions.items.length > 0 ? (
        <View className='section legal__intro ask__suggestions'>
          <Text className='section-title'>这些回答可能帮到你</Text>
          {suggestions.items.map((a) => (
            <View key={a.id} className='ask__suggest' onClick={() => setOpen(open === a.id ? null : a.id)}>
              <Text className='ask__suggest-title'>{a.title}</Text>
              <Text className='muted'>{a.categoryLabel} · {open === a.id ? '收起' : '点开看答复'}</Text>
              {open === a.id ? <Text className='ask__suggest-body'>{a.body}</Text> : null}
            </View>
          ))}
          <View className='link' onClick={() => void Taro.redirectTo({ url: LEGAL.knowledge })}>问题已经解决了，去看更多法律知识 ›</View>
        </View>
      ) : null}
      <View className='section'>
        <Text className='section-title'>请确认您的咨询</Text>
        {rows.map(([label, value]) => (
          <View key={label} className='legal__kv'>
            <Text className='legal__k'>{label}</Text>
            <Text className='legal__v'>{value}</Text>
          </View>
        ))}
        <Text className='legal__quote'>{form.question.trim()}</Text>
        {privacy ? <Text className='muted'>{privacy[2]}</Text> : null}
        <Text className='legal__deadline'>提交后 {ANSWER_WITHIN_HOURS} 小时内答复</Text>
      </View>
      {error ? <ErrorNotice error={error} onRetry={onSend} /> : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={onSend}>确认提交</Button>
        <Button size='large' block disabled={busy} onClick={onBack}>返回修改</Button>
      </View>
    </View>
  )
}
