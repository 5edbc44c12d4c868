import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useTowns } from '../../../hooks/use-towns'
import WorkplacePicker from '../../components/workplace-picker'
import { STATUS_URL } from '../../hooks/use-apply'
import { pendingOf, useMyMembership } from '../../hooks/use-my-membership'
import { useTransfer } from '../../hooks/use-transfer'
import ConfirmStep from './confirm-step'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

/** 会籍转接: a member who changed jobs names the new workplace; the same routing picks the new union. */
function TransferPage() {
  const mine = useMyMembership()
  const towns = useTowns()
  const { form, update, step, setStep, fields, error, busy, review, send } = useTransfer()
  const townName = (id: string) => towns.find((t) => t.id === id)?.name ?? ''
  if (mine.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (mine.state.status === 'error') return <ErrorNotice error={mine.state.error} onRetry={() => void mine.reload()} />
  const { member, applications } = mine.state
  if (!member || member.status !== 'active') {
    return (
      <EmptyState
        title={member ? '会籍不是正常状态，不能转接' : '您还不是工会会员'}
        hint={member ? '请先查看我的会籍。' : '会籍转接是给已经入会、换了工作单位的职工办的。'}
      >
        <Button type='primary' size='large' onClick={go(member ? STATUS_URL : '/membership/pages/apply/index')}>
          {member ? '我的会籍' : '我要入会'}
        </Button>
      </EmptyState>
    )
  }
  const pending = pendingOf(applications)
  if (pending) {
    return (
      <View className='section mtransfer__notice'>
        <Text className='section-title'>已有一份申请正在审核</Text>
        <Text>由 {pending.assignedOrgName} 审核，须在 {pending.reviewByLabel} 前审核。审核结束后才能再办理转接。</Text>
        <Button type='primary' size='large' block onClick={go(STATUS_URL)}>查看审核进度</Button>
      </View>
    )
  }
  if (step === 'confirm') {
    return <ConfirmStep form={form} member={member} townName={townName} busy={busy} error={error} onSend={() => void send()} onBack={() => setStep('form')} />
  }
  const other = Object.entries(fields).filter(([key]) => !['enterpriseId', 'enterpriseName', 'townId', 'occupation', 'residenceTownId', 'noFixedEmployer', 'employerBlind'].includes(key))
  return (
    <View className='mtransfer'>
      <View className='section mtransfer__intro'>
        <Text>您现在是 {member.orgName} 的会员（会员号 {member.memberNo}）。换了工作单位，填写新单位，由新单位的工会接收，不需要重新入会。</Text>
      </View>
      <WorkplacePicker title='新的工作单位' form={form} update={update} fields={fields} towns={towns} />
      {other.map(([key, message]) => <Text key={key} className='field-error mtransfer__other'>{message}</Text>)}
      {error ? <ErrorNotice error={error} /> : null}
      <View className='mtransfer__actions'>
        <Button type='primary' size='large' block onClick={review}>下一步：确认</Button>
      </View>
    </View>
  )
}

export default withTextScale(TransferPage)
