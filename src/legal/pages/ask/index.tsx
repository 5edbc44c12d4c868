import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { LEGAL_CATEGORIES, LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import PhotoPicker from '../../../components/photo-picker'
import { useTowns } from '../../../hooks/use-towns'
import { QUESTION_MAX, QUESTION_MIN } from '../../ask-form'
import { useAsk } from '../../hooks/use-ask'
import ConfirmStep from './confirm-step'
import DoneStep from './done-step'
import PrivacySection from './privacy-section'
import UnitSection from './unit-section'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/** Fields shown next to their input; anything else the server names is listed above the button. */
const KNOWN = ['category', 'question', 'privacy', 'contact', 'contact.name', 'contact.phone', 'enterpriseId', 'enterpriseName', 'townId']
const isPhoto = (key: string) => key === 'attachments' || key.startsWith('attachments.')

/** 问律师: a question a worker can write in two minutes, then confirm (with answers that may already help), then the receipt. */
function AskPage() {
  const { form, update, step, setStep, fields, error, busy, review, send, result, photos } = useAsk()
  const towns = useTowns()
  const townName = (id: string) => towns.find((t) => t.id === id)?.name ?? ''
  if (step === 'done' && result) return <DoneStep result={result} privacy={form.privacy ?? 'named'} />
  if (step === 'confirm') {
    return <ConfirmStep form={form} townName={townName} photoCount={photos.fileIds.length} busy={busy} error={error} onSend={() => void send()} onBack={() => setStep('form')} />
  }
  const length = form.question.trim().length
  const others = Object.entries(fields).filter(([key]) => !KNOWN.includes(key) && !isPhoto(key))
  return (
    <View className='legal'>
      <View className='section legal__intro'>
        <Text>工会律师免费解答劳动方面的法律问题，提问后 24 小时内答复。</Text>
      </View>
      <View className='section'>
        <Text className='section-title'>1. 问题属于哪一类？</Text>
        <View className='legal__row'>
          {LEGAL_CATEGORIES.map((c) => (
            <Choice key={c} compact title={LEGAL_CATEGORY_LABELS[c]} on={form.category === c} onClick={() => update({ category: c })} />
          ))}
        </View>
        <FieldError fields={fields} name='category' />
      </View>
      <View className='section'>
        <Text className='section-title'>2. 您想问什么？</Text>
        <Textarea className={`legal__textarea ${fields.question ? 'text-input--invalid' : ''}`} value={form.question} maxlength={QUESTION_MAX}
          placeholder='比如：在厂里干了三年，老板突然让我走，没给补偿，我能要多少？' aria-label='您的问题'
          onInput={(e) => update({ question: e.detail.value })}
        />
        <Text className={`legal__counter ${length < QUESTION_MIN ? 'legal__counter--short' : ''}`}>
          {length < QUESTION_MIN ? `还差 ${QUESTION_MIN - length} 个字 · ` : ''}{form.question.length}/{QUESTION_MAX}
        </Text>
        <FieldError fields={fields} name='question' />
      </View>
      <UnitSection form={form} update={update} fields={fields} towns={towns} />
      <PrivacySection form={form} update={update} fields={fields} />
      <View className='section'>
        <Text className='section-title'>5. 有照片吗？（可以不传）</Text>
        <PhotoPicker photos={photos} error={fields.attachments}
          note={form.privacy === 'anonymous'
            ? '照片只有解答的律师和工会能看到。您选了匿名：请不要上传能看出您是谁的照片，比如带名字的工资条。'
            : '劳动合同、工资条、聊天记录的照片都可以。照片只有解答的律师和工会能看到。'}
        />
      </View>
      {others.map(([key, message]) => <Text key={key} className='field-error legal__other'>{message}</Text>)}
      {Object.keys(fields).length > 0 ? <Text className='field-error legal__other'>有内容需要修改，请看上面的红色提示。</Text> : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block onClick={review}>下一步：确认</Button>
      </View>
    </View>
  )
}

export default withTextScale(AskPage)
