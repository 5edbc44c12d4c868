import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { orgTypeLabel as typeLabel } from '../../../services/labels'
import { useOrg, useTownOrgs } from '../../hooks/use-org'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

const openOrg = (id: string) => () => void Taro.navigateTo({ url: `/directory/pages/org/index?id=${encodeURIComponent(id)}` })

function TownOrgs({ townId }: { townId: string }) {
  const { items, next, error, loadMore } = useTownOrgs(townId)
  return (
    <View className='section'>
      <Text className='section-title'>下属工会组织</Text>
      {error ? <ErrorNotice error={error} /> : null}
      {items.length === 0 && !error ? <Text className='muted'>暂无下属组织</Text> : null}
      {items.map((o) => (
        <View key={o.id} className='org__row' onClick={openOrg(o.id)}>
          <Text>{o.name}</Text>
          <Text className='muted'>{typeLabel(o)} ›</Text>
        </View>
      ))}
      {next ? <Button block onClick={() => void loadMore()}>加载更多</Button> : null}
    </View>
  )
}

function OrgPage() {
  const { id } = useRouter().params
  const { state, reload } = useOrg(id)
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { org, ancestors } = state
  return (
    <View className='org'>
      <View className='section'>
        <Text className='org__name'>{org.name}</Text>
        <Text className='muted'>{typeLabel(org)}</Text>
      </View>
      {ancestors.length > 0 ? (
        <View className='section'>
          <Text className='section-title'>上级工会</Text>
          {ancestors.map((a, i) => (
            <View key={a.id} className='org__row' style={{ paddingLeft: Taro.pxTransform(i * 24) }} onClick={openOrg(a.id)}>
              <Text>{a.name}</Text>
              <Text className='muted'>{typeLabel(a)} ›</Text>
            </View>
          ))}
        </View>
      ) : null}
      {org.type === 'town_federation' ? <TownOrgs townId={org.id} /> : null}
    </View>
  )
}

export default withTextScale(OrgPage)
