import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import type { MemberView } from '../../../../types/membership-views'
import ErrorNotice from '../../../components/error-notice'
import { workplaceText, type WorkplaceForm } from '../../components/workplace-form'
import { STATUS_URL } from '../../hooks/use-apply'

type Props = {
  form: WorkplaceForm
  member: MemberView
  townName: (id: string) => string
  busy: boolean
  error: ErrorBody | null
  onSend: () => void
  onBack: () => void
}

/** Read it back: the new workplace, who decides (the new union), and that the old union is only told. */
export default function ConfirmStep({ form, member, townName, busy, error, onSend, onBack }: Props) {
  return (
    <View className='mtransfer'>
      <View className='section'>
        <Text className='section-title'>请确认会籍转接</Text>
        <View className='mtransfer__kv'>
          <Text className='mtransfer__k'>现在的工会</Text>
          <Text className='mtransfer__v'>{member.orgName}</Text>
        </View>
        <View className='mtransfer__kv'>
          <Text className='mtransfer__k'>新的单位</Text>
          <Text className='mtransfer__v'>{workplaceText(form, townName)}</Text>
        </View>
        {form.mode === 'none' ? null : (
          <View className='mtransfer__kv'>
            <Text className='mtransfer__k'>不惊动单位</Text>
            <Text className='mtransfer__v'>{form.employerBlind ? '是，直接交给镇（街道）总工会' : '否'}</Text>
          </View>
        )}
      </View>
      <View className='section mtransfer__notice'>
        <Text className='section-title'>谁来办理</Text>
        <Text className='mtransfer__line'>系统按新单位找到负责的工会，由新工会审核接收。</Text>
        <Text className='mtransfer__line'>原工会（{member.orgName}）只会收到通知，不需要它同意。</Text>
        <Text className='mtransfer__line'>以前的会籍记录都会保留。</Text>
      </View>
      {error ? <ErrorNotice error={error} onRetry={onSend} /> : null}
      {error?.code === 'MEMBERSHIP.ALREADY_APPLIED' ? (
        <View className='link mtransfer__link' onClick={() => void Taro.navigateTo({ url: STATUS_URL })}>查看审核进度 ›</View>
      ) : null}
      <View className='mtransfer__actions'>
        <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={onSend}>确认转接</Button>
        <Button size='large' block disabled={busy} onClick={onBack}>返回修改</Button>
      </View>
    </View>
  )
}
