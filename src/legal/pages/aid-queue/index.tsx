import { useCallback, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import { useDesktop } from '../../../hooks/use-desktop'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { legalAidApi } from '../../../services/legal'
import AidQueueCard, { urgentFirst } from './queue-card'
import AidQueueDesk from './queue-desk'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'
import '../../aid.scss'

/** 法律援助审查: undecided applications of the officer's org, masked, urgent first, then the earliest decide-by. */
function AidQueuePage() {
  const fetchPage = useCallback((after?: string) => legalAidApi.queue(after), [])
  const { state, reload, loadMore } = usePaged(fetchPage)
  const desktop = useDesktop()
  useShownAgain(() => void reload())
  const rows = urgentFirst(state.items)
  const list = (content: ReactNode) => (
    <PagedList state={state} reload={reload} loadMore={loadMore}
      empty={<EmptyState title='没有待审查的援助申请' hint='新的申请到达后会出现在这里，紧急的和期限近的在前。' />}
    >
      {content}
    </PagedList>
  )
  if (desktop) return <AidQueueDesk rows={rows} more={!!state.next} list={list} onChanged={() => void reload()} />
  return <View className='legal ldesk'>{list(<View className='ldesk__list'>{rows.map((a) => <AidQueueCard key={a.id} a={a} />)}</View>)}</View>
}

export default withTextScale(AidQueuePage)
