import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import { CATEGORY_LABELS, PRIVACY_EXPLANATIONS, PRIVACY_LABELS } from '../../../../types/grievance-labels'
import ErrorNotice from '../../../components/error-notice'
import { usePreview } from '../../hooks/use-preview'
import { needsContact, type ReportForm } from '../../report-form'

type Props = {
  form: ReportForm
  joining: boolean
  photoCount: number
  busy: boolean
  error: ErrorBody | null
  onSend: () => void
  onBack: () => void
}

function unitText(f: ReportForm): string {
  if (f.unitMode === 'directory') return f.enterprise?.name ?? ''
  if (f.unitMode === 'typed') return f.enterpriseName.trim()
  return '不确定'
}

/**
 * Read it back before sending, with the receiving union, why, and by when — from the server's routing rules
 * (`grievance.preview`); the client does not guess it.
 */
export default function ConfirmStep({ form, joining, photoCount, busy, error, onSend, onBack }: Props) {
  const rows: [string, string][] = [
    ['单位', unitText(form)],
    ['问题类型', form.category ? CATEGORY_LABELS[form.category] : ''],
    joining ? ['反映方式', '和同事一起反映'] : ['情况紧急', form.urgent ? '是，有生命或健康危险' : '否'],
    ['受影响人数', `${form.affectedCount} 人`],
    ['隐私方式', form.privacy ? PRIVACY_LABELS[form.privacy] : ''],
  ]
  if (needsContact(form)) rows.push(['姓名', form.name.trim()], ['手机号', form.phone.trim()])
  if (photoCount > 0) rows.push(['照片', `${photoCount} 张（只有处理的工会能看到）`])
  const preview = usePreview(form, !joining)
  return (
    <View className='report'>
      <View className='section'>
        <Text className='section-title'>请确认您要反映的情况</Text>
        {rows.map(([label, value]) => (
          <View key={label} className='report__kv'>
            <Text className='report__k'>{label}</Text>
            <Text className='report__v'>{value}</Text>
          </View>
        ))}
        {joining ? null : <Text className='report__k'>发生了什么</Text>}
        {joining ? null : <Text className='report__quote'>{form.description.trim()}</Text>}
      </View>
      {form.privacy ? (
        <View className='section report__notice'>
          <Text className='section-title'>谁能看到您的名字</Text>
          <Text>{PRIVACY_EXPLANATIONS[form.privacy]}</Text>
        </View>
      ) : null}
      <View className='section'>
        {preview ? (
          <View className='report__route'>
            <Text className='section-title'>将由 {preview.orgName} 受理</Text>
            <Text>{preview.routeExplanation}</Text>
            <Text className='report__deadline'>
              现在提交，须在 {preview.acceptByLabel} 前受理{preview.acceptByEstimated ? '（节假日安排未公布，按周末估算）' : ''}
            </Text>
          </View>
        ) : (
          <Text>提交后，系统按规则把诉求交给负责的工会，并马上告诉您由哪个工会受理、最晚什么时候必须受理。</Text>
        )}
      </View>
      {error ? <ErrorNotice error={error} onRetry={onSend} /> : null}
      <View className='report__actions'>
        <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={onSend}>
          确认提交
        </Button>
        <Button size='large' block disabled={busy} onClick={onBack}>
          返回修改
        </Button>
      </View>
    </View>
  )
}
