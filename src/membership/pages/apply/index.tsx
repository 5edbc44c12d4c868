import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useTowns } from '../../../hooks/use-towns'
import WorkplacePicker from '../../components/workplace-picker'
import { STATUS_URL, TRANSFER_URL, useApply, type Blocked } from '../../hooks/use-apply'
import { pendingOf, useMyMembership } from '../../hooks/use-my-membership'
import AlreadyPanel from './already-panel'
import ConsentSection from './consent-section'
import PersonSection from './person-section'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

/** Fields shown next to their input; anything else the server names is listed above the button. */
const KNOWN_FIELDS = [
  'name', 'idNumber', 'phone', 'enterpriseId', 'enterpriseName', 'townId', 'noFixedEmployer', 'occupation', 'residenceTownId',
  'employerBlind', 'consents', 'consents.idNumber', 'consents.shareWithUnion',
]

function BlockedNotice({ blocked }: { blocked: Blocked }) {
  const member = blocked.code === 'MEMBERSHIP.ALREADY_MEMBER'
  return (
    <View className='section apply__already' role='alert'>
      <Text>{blocked.message}</Text>
      <Button type='primary' block onClick={() => void Taro.navigateTo({ url: member ? TRANSFER_URL : STATUS_URL })}>
        {member ? '会籍转接' : '查看审核进度'}
      </Button>
    </View>
  )
}

/** 我要入会: only what a union needs; a member or a waiting applicant is sent on instead of filling it again. */
function ApplyPage() {
  const mine = useMyMembership()
  const towns = useTowns()
  const { form, update, updateWorkplace, fields, error, blocked, busy, send } = useApply()
  if (mine.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (mine.state.status === 'ready') {
    const member = mine.state.member?.status === 'left' ? null : mine.state.member
    const pending = pendingOf(mine.state.applications)
    if (member || pending) return <AlreadyPanel member={member} pending={pending} />
  }
  const otherFields = Object.entries(fields).filter(([key]) => !KNOWN_FIELDS.includes(key))

  return (
    <View className='apply'>
      {mine.state.status === 'error' ? <ErrorNotice error={mine.state.error} onRetry={() => void mine.reload()} /> : null}
      <View className='section apply__intro'>
        <Text>填写以下信息申请加入工会，系统按规则交给负责的工会审核，并告诉您最晚审核日期。只问工会必需的信息。</Text>
      </View>
      <PersonSection form={form} update={update} fields={fields} />
      <WorkplacePicker title='2. 您在哪里工作？' form={form.workplace} update={updateWorkplace} fields={fields} towns={towns} />
      <ConsentSection form={form} update={update} fields={fields} />

      {otherFields.map(([key, message]) => <Text key={key} className='field-error apply__other'>{message}</Text>)}
      {Object.keys(fields).length > 0 ? <Text className='field-error apply__other'>有内容需要修改，请看上面的红色提示。</Text> : null}
      {blocked ? <BlockedNotice blocked={blocked} /> : null}
      {error ? <ErrorNotice error={error} onRetry={() => void send()} /> : null}
      <View className='apply__actions'>
        <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void send()}>
          提交入会申请
        </Button>
      </View>
    </View>
  )
}

export default withTextScale(ApplyPage)
