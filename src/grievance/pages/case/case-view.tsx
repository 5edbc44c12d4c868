import { View } from '@tarojs/components'
import ErrorNotice from '../../../components/error-notice'
import { useMe } from '../../../hooks/use-me'
import { useRecord } from '../../../hooks/use-record'
import { grievanceApi, isOfficerView } from '../../../services/grievance'
import Messages from '../../components/messages'
import { useMessages } from '../../hooks/use-messages'
import CaseBody from './case-body'
import OfficerPanel from './officer-panel'
import ReporterCard from './reporter-card'
import WorkerPanel from './worker-panel'
import './index.scss'

type Props = {
  id: string | undefined
  /** After an action changed the case (the desktop queue beside it reloads). */
  onChanged?: () => void
}

/**
 * One case: its own page on a phone, the detail pane beside the queue on a desk. The server answers with the
 * worker's view or the officer's view; this follows its shape.
 */
export default function CaseView({ id, onChanged }: Props) {
  const { state, reload } = useRecord(id, grievanceApi.get, '没有找到这条诉求')
  const messages = useMessages(id)
  const me = useMe()
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { view } = state
  const officerOrgId = me.state.status === 'ready' ? me.state.me.officer?.orgId ?? null : null
  // An action changes the case and often adds a message: refresh both.
  const reloadAll = async () => {
    await Promise.all([reload(), messages.reload()])
    onChanged?.()
  }
  const conversation = (
    <Messages state={messages.state} orgNames={view.orgNames}
      viewer={isOfficerView(view) ? { kind: 'officer', orgId: officerOrgId, reporters: view.reporters } : { kind: 'worker' }}
      loadMore={() => void messages.loadMore()} reload={() => void messages.reload()}
    />
  )
  return (
    <View className='case'>
      <CaseBody view={view} viewer={isOfficerView(view) ? 'officer' : 'worker'} refresh={reload} />
      {isOfficerView(view) ? (
        <View>
          <ReporterCard caseId={view.id} reporters={view.reporters} />
          {conversation}
          <OfficerPanel view={view} officerOrgId={officerOrgId} reload={reloadAll} />
        </View>
      ) : (
        <View>
          {conversation}
          <WorkerPanel view={view} reload={reloadAll} />
        </View>
      )}
    </View>
  )
}
