import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { legalDeskApi, type DeskConsultView } from '../../../services/legal'

const lastOf = (v: DeskConsultView, kind: 'question' | 'answer') => [...v.messages].reverse().find((m) => m.kind === kind)?.text ?? ''

/**
 * 发布到知识库: the lawyer edits an anonymised copy of the question and the answer first (names, employers,
 * numbers out); the server refuses a mobile or ID number and says which text holds it.
 */
export default function PublishForm({ view, reload }: { view: DeskConsultView; reload: () => Promise<void> }) {
  const action = useConfirmedAction(reload)
  const [editing, setEditing] = useState(false)
  const [question, setQuestion] = useState('')
  const [answer, setAnswer] = useState('')
  const start = () => {
    setQuestion(lastOf(view, 'question'))
    setAnswer(lastOf(view, 'answer'))
    setEditing(true)
  }
  const publish = async () => {
    const missing = { ...(question.trim() ? {} : { question: '请填写公开的问题' }), ...(answer.trim() ? {} : { answer: '请填写公开的答复' }) }
    if (Object.keys(missing).length) return action.setFields(missing)
    const ok = await action.run({ title: '发布到知识库？', content: '所有人都能搜索到这段问答（不显示来源）。' },
      () => legalDeskApi.publish(view.id, question.trim(), answer.trim()), '已发布')
    if (ok) setEditing(false)
  }
  if (!editing) {
    return (
      <View className='section'>
        <Text className='section-title'>知识库</Text>
        <Text className='muted'>{view.published ? '已发布到知识库。再次发布会替换原来的内容。' : '把这条问答整理后公开，帮到有同样问题的职工。'}</Text>
        <Button size='large' block onClick={start}>{view.published ? '修改后重新发布' : '发布到知识库'}</Button>
      </View>
    )
  }
  const box = (name: 'question' | 'answer', label: string, value: string, set: (s: string) => void) => (
    <View>
      <Text className='legal__label'>{label}</Text>
      <Textarea className={`legal__textarea ${action.fields[name] ? 'text-input--invalid' : ''}`} value={value} maxlength={name === 'question' ? 2000 : 4000}
        aria-label={label} onInput={(e) => {
          set(e.detail.value)
          if (action.fields[name]) action.setFields({ ...action.fields, [name]: '' })
        }}
      />
      <FieldError fields={action.fields} name={name} />
    </View>
  )
  return (
    <View className='section'>
      <Text className='section-title'>发布到知识库：先改成匿名的问答</Text>
      <Text className='legal__warn'>请删去姓名、单位名称、电话、身份证号和能认出当事人的细节。</Text>
      {box('question', '公开的问题', question, setQuestion)}
      {box('answer', '公开的答复', answer, setAnswer)}
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' size='large' block loading={action.busy} onClick={() => void publish()}>发布</Button>
      <Button size='large' block onClick={() => setEditing(false)}>取消</Button>
    </View>
  )
}
