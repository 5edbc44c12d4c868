import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { grievanceApi, type OfficerCaseView } from '../../../services/grievance'
import { withPhotos } from '../../../components/photo-picker/photo-format'
import ResolveForm from './resolve-form'
import TextActionForm from './text-action-form'
import { askForNews } from '../../../services/subscribe'
import TransferForm from './transfer-form'

type Mode = 'none' | 'reply' | 'info' | 'transfer' | 'resolve'
type Props = { view: OfficerCaseView; officerOrgId: string | null; reload: () => Promise<void> }

/** The officer's casework on one case; every step that cannot be undone asks first. */
export default function OfficerPanel({ view, officerOrgId, reload }: Props) {
  const action = useConfirmedAction(reload)
  const [mode, setMode] = useState<Mode>('none')
  const open = ['pending', 'accepted', 'awaiting_info'].includes(view.status)
  const working = view.status === 'accepted' || view.status === 'awaiting_info'
  const canAccept = view.status === 'pending' || (view.supervisedForMe && open)
  const finish = (ok: boolean) => ok && setMode('none')
  const toggle = (m: Mode) => setMode(mode === m ? 'none' : m)

  if (!open) return <View className='section muted'>这条诉求已办结，无需再操作。</View>
  return (
    <View className='section case__panel'>
      <Text className='section-title'>办理</Text>
      {view.supervisedForMe ? <Text className='case__flag'>这是下级工会超期未办结的诉求，本级督办；受理即接手办理。</Text> : null}
      {canAccept ? (
        <Button type='primary' size='large' block loading={action.busy} onClick={() => void action.run(
          { title: '受理这条诉求？', content: view.supervisedForMe ? '受理后由本级工会接手，须在 15 天内办结。' : '受理后须在 15 天内办结，职工会收到通知。' },
          () => grievanceApi.accept(view.id), '已受理')}
        >
          {view.supervisedForMe ? '督办接手' : '受理'}
        </Button>
      ) : null}
      <View className='case__modes'>
        {working ? <Button onClick={() => toggle('reply')}>回复职工</Button> : null}
        {view.status === 'accepted' ? <Button onClick={() => toggle('info')}>请职工补充情况</Button> : null}
        <Button onClick={() => toggle('transfer')}>转办</Button>
        {working ? <Button onClick={() => toggle('resolve')}>办结</Button> : null}
      </View>
      {mode === 'reply' ? (
        <TextActionForm label='回复内容' placeholder='职工会在诉求页面看到这段回复' max={1000} field='text' action={action}
          confirm={{ title: '发送回复？', content: '回复发出后不能撤回。' }} submitText='发送回复' done='已回复'
          onTap={() => void askForNews(['officer'])}
          send={(text, attachments, requestId) => grievanceApi.reply({ id: view.id, text, requestId, ...withPhotos(attachments) })} onDone={finish}
          photoNote='可以附上照片（比如整改通知），职工和处理这条诉求的工会能看到。'
        />
      ) : null}
      {mode === 'info' ? (
        <TextActionForm label='需要补充的情况' placeholder='例如：请提供工资条或考勤记录' max={500} field='question' action={action}
          confirm={{ title: '请职工补充情况？', content: '等待职工补充期间，办结期限暂停计算。' }} submitText='发送' done='已发送'
          send={(question) => grievanceApi.requestInfo({ id: view.id, question })} onDone={finish}
        />
      ) : null}
      {mode === 'transfer' ? <TransferForm view={view} officerOrgId={officerOrgId} action={action} onDone={finish} /> : null}
      {mode === 'resolve' ? <ResolveForm view={view} action={action} onDone={finish} /> : null}
      {action.error ? <ErrorNotice error={action.error} /> : null}
    </View>
  )
}
