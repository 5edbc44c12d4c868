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
  const admin = me.state.status === 'ready' && me.state.me.officer?.role === 'admin'
  return (
    <DeskLayout active='organising'>
      <EntryDetail creditCode={decodeURIComponent(params.creditCode ?? '')} openid={openid} admin={admin} />
    </DeskLayout>
  )
}

export default withTextScale(EntryPage)
