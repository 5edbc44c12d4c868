import { useCallback } from 'react'
import { View } from '@tarojs/components'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { mutualAidApi } from '../../../services/mutual-aid'
import ClaimRow from '../../components/claim-row'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

/** 我的互助申请: the member's claims, newest first. */
function MinePage() {
  const fetchPage = useCallback((after?: string) => mutualAidApi.mine(after), [])
  const { state, reload, loadMore } = usePaged(fetchPage)
  useShownAgain(() => void reload())
  return (
    <View className='ma'>
      <PagedList state={state} reload={reload} loadMore={loadMore} empty={<EmptyState title='还没有互助金申请' hint='住院出院后，在“我的互助保障”里申请。' />}>
        <View className='ma__list'>{state.items.map((r) => <ClaimRow key={r.id} row={r} />)}</View>
      </PagedList>
    </View>
  )
}

export default withTextScale(MinePage)
