import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import { AID_HELP_LABELS, LEGAL_CATEGORY_LABELS, MEANS_TEST_LABELS, type MeansTest } from '../../../../types/legal-labels'
import { yuanLabel } from '../../../../types/legal/money'
import ErrorNotice from '../../../components/error-notice'
import { parseYuan } from '../../format'
import type { AidForm } from '../../aid-form'

type Props = {
  form: AidForm
  unit: string
  outcome: MeansTest | null
  photoCount: number
  busy: boolean
  error: ErrorBody | null
  onSend: () => void
  onBack: () => void
}

/** Read it back before sending: every answer, the means-test outcome, and who will see it. */
export default function ConfirmStep({ form, unit, outcome, photoCount, busy, error, onSend, onBack }: Props) {
  const rows: [string, string][] = [
    ['问题类别', form.category ? LEGAL_CATEGORY_LABELS[form.category] : ''],
    ['单位', unit],
    ['请求金额', yuanLabel(parseYuan(form.claimAmount) ?? 0)],
    ['需要的帮助', form.help.map((h) => AID_HELP_LABELS[h]).join('、')],
    ['进城务工人员', form.migrantWorker ? '是' : '否'],
    ['困难职工', form.hardship ? '是' : '否'],
    ['家庭人均月收入', yuanLabel(parseYuan(form.income) ?? 0)],
    ['仲裁时效截止', form.limitationDeadline || '没有填写'],
    ['申请人', `${form.name.trim()} · ${form.phone.trim()}`],
  ]
  if (photoCount > 0) rows.push(['照片', `${photoCount} 张`])
  return (
    <View className='legal'>
      <View className='section'>
        <Text className='section-title'>请确认您的援助申请</Text>
        {rows.map(([label, value]) => (
          <View key={label} className='legal__kv'><Text className='legal__k'>{label}</Text><Text className='legal__v'>{value}</Text></View>
        ))}
        <Text className='legal__quote'>{form.facts.trim()}</Text>
      </View>
      <View className={`section aid__means aid__means--${outcome ?? 'none'}`}>
        <Text className='aid__means-title'>经济状况审查结果</Text>
        <Text>{outcome ? MEANS_TEST_LABELS[outcome] : '将由工会按当年标准审查'}</Text>
      </View>
      <View className='section'>
        <Text className='muted'>您已同意：把以上材料（含姓名、电话和收入）提供给受理的工会审查。单位不会知道。</Text>
      </View>
      {error ? <ErrorNotice error={error} onRetry={onSend} /> : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={onSend}>确认提交</Button>
        <Button size='large' block disabled={busy} onClick={onBack}>返回修改</Button>
      </View>
    </View>
  )
}
