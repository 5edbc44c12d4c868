import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CATEGORY_LABELS } from '../../../../types/grievance-labels'
import FieldError from '../../../components/field-error'
import PhotoPicker from '../../../components/photo-picker'
import { isPhotoField, useReport } from '../../hooks/use-report'
import { DESCRIPTION_MAX } from '../../report-form'
import CategorySection from './category-section'
import ConfirmStep from './confirm-step'
import CountSection from './count-section'
import PrivacySection from './privacy-section'
import SubmittedStep from './submitted-step'
import UnitSection from './unit-section'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

/** Fields shown next to their input; anything else the server names is listed above the button. */
const KNOWN_FIELDS = ['enterpriseId', 'enterpriseName', 'townId', 'category', 'affectedCount', 'privacy', 'contact', 'contact.name', 'contact.phone', 'description']

/** 我要维权: the report form a tired worker can finish in two minutes, then confirm, then the receipt. */
function ReportPage() {
  const { form, update, joining, setJoining, step, setStep, fields, error, busy, review, send, submitted, photos, prefilled } = useReport()
  if (step === 'done' && submitted) return <SubmittedStep submitted={submitted} />
  if (step === 'confirm') {
    return (
      <ConfirmStep form={form} joining={joining !== null} photoCount={joining ? 0 : photos.fileIds.length} busy={busy} error={error}
        onSend={() => void send()} onBack={() => setStep('form')}
      />
    )
  }
  const otherFields = Object.entries(fields).filter(([key]) => !KNOWN_FIELDS.includes(key) && !isPhotoField(key))

  return (
    <View className='report'>
      <View className='section report__intro'>
        <Text>遇到欠薪、社保、安全等问题，告诉工会。工会须在规定时间内受理，超时会自动交给上一级工会。</Text>
        {prefilled ? <Text className='report__prefilled'>已按您的法律咨询填好了部分内容，请核对、补全，确认后才会提交。</Text> : null}
      </View>
      {joining ? (
        <View className='section report__collective'>
          <Text className='section-title'>一起反映</Text>
          <Text>
            {form.enterprise?.name} · {form.category ? CATEGORY_LABELS[form.category] : ''} · 已有 {joining.participantCount} 位职工反映
          </Text>
          <View className='link' onClick={() => setJoining(null)}>不一起反映，自己单独反映</View>
        </View>
      ) : (
        <View>
          <UnitSection form={form} update={update} fields={fields} />
          <CategorySection form={form} update={update} fields={fields} onJoin={setJoining} />
        </View>
      )}
      <CountSection form={form} update={update} fields={fields} joining={joining !== null} />
      <PrivacySection form={form} update={update} fields={fields} title={joining ? '谁能看到您的名字？' : '4. 谁能看到您的名字？'} />
      {joining ? null : (
        <View className='section'>
          <Text className='section-title'>5. 发生了什么？</Text>
          <Textarea
            className={`report__textarea ${fields.description ? 'text-input--invalid' : ''}`}
            value={form.description}
            maxlength={DESCRIPTION_MAX}
            placeholder='比如：从几月开始、多少钱、单位怎么说的'
            aria-label='问题描述'
            onInput={(e) => update({ description: e.detail.value })}
          />
          <Text className='report__counter'>{form.description.length}/{DESCRIPTION_MAX}</Text>
          <FieldError fields={fields} name='description' />
          <PhotoPicker photos={photos} error={fields.attachments}
            note={form.privacy === 'anonymous'
              ? '照片只有处理这条诉求的工会能看到。您选了匿名：请不要上传能看出您是谁的照片，比如带名字的工资条。'
              : '欠条、工资条、考勤记录、现场照片都可以。照片只有处理这条诉求的工会能看到。'}
          />
        </View>
      )}

      {otherFields.map(([key, message]) => <Text key={key} className='field-error report__other'>{message}</Text>)}
      {Object.keys(fields).length > 0 ? <Text className='field-error report__other'>有内容需要修改，请看上面的红色提示。</Text> : null}
      <View className='report__actions'>
        <Button type='primary' size='large' block onClick={() => void review()}>下一步：确认</Button>
      </View>
    </View>
  )
}

export default withTextScale(ReportPage)
