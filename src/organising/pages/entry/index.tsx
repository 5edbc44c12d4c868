import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import { useMe } from '../../../hooks/use-me'
import { EntryDetail } from '../../components/entry-detail'
import '../../organising.scss'
import { withTextScale } from '../../../components/text-scale'

/** One row of the list on its own page (a phone, or a reminder in the inbox). */
function EntryPage() {
  const { params } = useRouter()
  const me = useMe()
  const openid = me.state.status === 'ready' ? me.state.me.openid : null
  return (
    <DeskLayout active='organising'>
      <EntryDetail creditCode={decodeURIComponent(params.creditCode ?? '')} openid={openid} />
    </DeskLayout>
  )
}

export default withTextScale(EntryPage)
