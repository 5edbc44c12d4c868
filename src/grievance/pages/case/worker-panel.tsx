import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { grievanceApi, type WorkerCaseView } from '../../../services/grievance'
import { groupedReceipt } from '../../format'
import { withPhotos } from '../../../components/photo-picker/photo-format'
import { askForNews } from '../../../services/subscribe'
import RateForm from './rate-form'
import TextActionForm from './text-action-form'

type Props = { view: WorkerCaseView; reload: () => Promise<void> }

/** The worker's side: write to the union (or answer its question), then confirm, rate, or reopen. */
export default function WorkerPanel({ view, reload }: Props) {
  const action = useConfirmedAction(reload)
  const [reopening, setReopening] = useState(false)
  const open = ['pending', 'accepted', 'awaiting_info'].includes(view.status)
  // A joiner follows the case and writes; confirming, rating, reopening and answering questions are the reporter's.
  const reporter = view.role !== 'joiner'
  const asked = view.status === 'awaiting_info' && reporter
  const done = reporter && (view.status === 'resolved' || view.status === 'closed')
  return (
    <View>
      {open ? (
        <View className={`section ${asked ? 'case__panel' : ''}`}>
          <Text className='section-title'>{asked ? '工会请您补充情况' : '给工会留言'}</Text>
          <TextActionForm label={asked ? '补充情况' : '留言内容'} placeholder='工会会在诉求里看到' max={1000}
            field='text' action={action} confirm={null} submitText='发送' done='已发送'
            onTap={() => void askForNews(['grievance'])}
            send={(text, attachments, requestId) => grievanceApi.reply({ id: view.id, text, requestId, ...withPhotos(attachments) })} onDone={() => undefined}
            photoNote='照片只有处理这条诉求的工会能看到。'
          />
        </View>
      ) : null}
      {view.status === 'resolved' && reporter ? (
        <View className='section case__panel'>
          <Text className='section-title'>问题解决了吗？</Text>
          <Button type='primary' size='large' block loading={action.busy} onClick={() => void action.run(
            { title: '确认问题已解决？', content: '确认后诉求结案。' }, () => grievanceApi.confirm(view.id), '已结案')}
          >
            已解决，确认结案
          </Button>
        </View>
      ) : null}
      {done && view.rating === null ? <RateForm id={view.id} action={action} /> : null}
      {done ? (
        <View className='section'>
          <View className='link' onClick={() => setReopening(!reopening)}>没有真正解决？重新打开（办结后 15 天内）</View>
          {reopening ? (
            <TextActionForm label='为什么没有解决' placeholder='比如：工资只补发了一部分' max={500} field='reason' action={action}
              confirm={{ title: '重新打开这条诉求？', content: '工会需要继续办理，并在 15 天内重新办结。' }} submitText='重新打开' done='已重新打开'
              send={(reason) => grievanceApi.reopen({ id: view.id, reason })} onDone={(ok) => ok && setReopening(false)}
            />
          ) : null}
        </View>
      ) : null}
      {action.error ? <ErrorNotice error={action.error} /> : null}
      {view.receipt ? (
        <View className='section'>
          <Text className='section-title'>回执码</Text>
          <View className='case__code'><Text userSelect>{groupedReceipt(view.receipt)}</Text></View>
          <Text className='muted'>换了手机或微信号，也能用回执码查看进展。请不要告诉别人。</Text>
        </View>
      ) : null}
    </View>
  )
}
