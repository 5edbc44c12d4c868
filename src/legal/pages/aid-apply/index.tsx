import { useState } from 'react'
import { View, Text, Textarea, Input } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { LEGAL_CATEGORIES, LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import PhotoPicker from '../../../components/photo-picker'
import { useTowns } from '../../../hooks/use-towns'
import { AID_CONSENT } from '../../aid-labels'
import { FACTS_MAX, prefillAid, previewMeansTest } from '../../aid-form'
import DateField from '../../components/date-field'
import { useAidApply } from '../../hooks/use-aid-apply'
import { useParameters } from '../../hooks/use-parameters'
import { LEGAL } from '../../links'
import ConfirmStep from './confirm-step'
import DoneStep from './done-step'
import { HelpSection, MeansSection, UnitSection } from './sections'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../aid.scss'

const KNOWN = ['category', 'enterpriseId', 'enterpriseName', 'townId', 'claimAmount', 'help', 'migrantWorker', 'hardship', 'householdIncomePerPerson',
  'facts', 'limitationDeadline', 'applicant', 'applicant.name', 'applicant.phone', 'consents', 'consents.shareWithUnion']
const isPhoto = (key: string) => key === 'attachments' || key.startsWith('attachments.')

/** 申请法律援助: what happened and what help is wanted, the means test worked out on the page, confirm, then the decide-by date. */
function AidApplyPage() {
  const params = useRouter().params
  const [initial] = useState(() => prefillAid(params))
  const { form, update, step, setStep, fields, error, busy, review, send, result, photos } = useAidApply(initial)
  const towns = useTowns()
  const { params: yearParams, error: paramsError } = useParameters(true)
  const outcome = previewMeansTest(form, yearParams?.aidIncomeThreshold ?? null)
  const townName = (id: string) => towns.find((t) => t.id === id)?.name ?? ''
  if (step === 'done' && result) return <DoneStep result={result} />
  if (step === 'confirm') {
    const unit = form.unitMode === 'directory' && form.enterprise ? form.enterprise.name
      : form.unitMode === 'typed' ? [form.enterpriseName.trim(), form.townId ? townName(form.townId) : ''].filter(Boolean).join(' · ') || '没有填写' : '没有填写'
    return <ConfirmStep form={form} unit={unit} outcome={outcome} photoCount={photos.fileIds.length} busy={busy} error={error} onSend={() => void send()} onBack={() => setStep('form')} />
  }
  const text = (key: 'claimAmount' | 'name' | 'phone', label: string, field: string, props: { type?: 'digit' | 'number'; maxlength: number; placeholder: string }) => (
    <View>
      <Text className='legal__label'>{label}</Text>
      <Input className={`text-input ${fields[field] ? 'text-input--invalid' : ''}`} value={form[key]} aria-label={label} {...props} onInput={(e) => update({ [key]: e.detail.value })} />
      <FieldError fields={fields} name={field} />
    </View>
  )
  const others = Object.entries(fields).filter(([key]) => !KNOWN.includes(key) && !isPhoto(key))
  return (
    <View className='legal aid'>
      <View className='section legal__intro'>
        <Text>工会律师可以免费为您代写文书、调解、代理仲裁或诉讼。提交后 7 个工作日内作出是否援助的决定。</Text>
        {params.from === 'legal' ? <Text className='muted'>已填入您在咨询或工具里的内容，请核对、修改。</Text> : null}
      </View>
      <View className='section'>
        <Text className='section-title'>1. 问题属于哪一类？</Text>
        <View className='legal__row'>
          {LEGAL_CATEGORIES.map((c) => <Choice key={c} compact title={LEGAL_CATEGORY_LABELS[c]} on={form.category === c} onClick={() => update({ category: c })} />)}
        </View>
        <FieldError fields={fields} name='category' />
      </View>
      <UnitSection form={form} update={update} fields={fields} towns={towns} />
      <View className='section'>
        <Text className='section-title'>3. 想要回多少钱？</Text>
        {text('claimAmount', '请求金额（元）', 'claimAmount', { type: 'digit', maxlength: 12, placeholder: '比如欠的工资、补偿金，没有金额填 0' })}
      </View>
      <HelpSection form={form} update={update} fields={fields} />
      <MeansSection form={form} update={update} fields={fields} params={yearParams} outcome={outcome} />
      {paramsError ? <ErrorNotice error={paramsError} /> : null}
      <View className='section'>
        <Text className='section-title'>6. 事情经过</Text>
        <Textarea className={`legal__textarea ${fields.facts ? 'text-input--invalid' : ''}`} value={form.facts} maxlength={FACTS_MAX} aria-label='事情经过'
          placeholder='什么时候、在哪里、发生了什么，单位怎么说的' onInput={(e) => update({ facts: e.detail.value })}
        />
        <FieldError fields={fields} name='facts' />
        <PhotoPicker photos={photos} error={fields.attachments} note='劳动合同、工资条、聊天记录的照片都可以。只有审查和承办的工会能看到。' />
      </View>
      <View className='section'>
        <DateField label='7. 仲裁时效截止日（可以不填）' value={form.limitationDeadline} onChange={(d) => update({ limitationDeadline: d })} fields={fields} name='limitationDeadline' />
        {form.limitationDeadline ? <View className='link' onClick={() => update({ limitationDeadline: '' })}>清除日期</View>
          : <View className='link' onClick={() => void Taro.navigateTo({ url: LEGAL.limitation })}>不知道？用“仲裁时效”算一算 ›</View>}
      </View>
      <View className='section'>
        <Text className='section-title'>8. 申请人</Text>
        {text('name', '姓名', 'applicant.name', { maxlength: 50, placeholder: '请填写姓名' })}
        {text('phone', '手机号', 'applicant.phone', { type: 'number', maxlength: 13, placeholder: '11 位手机号' })}
        <View className={`choice aid__consent ${form.consent ? 'choice--on' : ''}`} role='checkbox' aria-checked={form.consent} onClick={() => update({ consent: !form.consent })}>
          <View className='choice__head'><Text className='choice__mark'>{form.consent ? '☑' : '☐'}</Text><Text className='choice__title'>同意提供给工会</Text></View>
          <Text className='choice__hint'>{AID_CONSENT}</Text>
        </View>
        <FieldError fields={fields} name='consents.shareWithUnion' />
      </View>
      {others.map(([key, message]) => <Text key={key} className='field-error legal__other'>{message}</Text>)}
      {Object.keys(fields).length > 0 ? <Text className='field-error legal__other'>有内容需要修改，请看上面的红色提示。</Text> : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block onClick={review}>下一步：确认</Button>
      </View>
    </View>
  )
}

export default withTextScale(AidApplyPage)
