import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useDevIdentities } from '../../hooks/use-dev-identities'
import { CAPABILITIES, type Capability } from './capabilities'
import { withTextScale } from '../../components/text-scale'
import './index.scss'

function open(capability: Capability) {
  if (capability.url) {
    void Taro.navigateTo({ url: capability.url })
  } else {
    void Taro.showModal({ title: capability.title, content: '该功能即将开放，敬请期待。', showCancel: false, confirmText: '知道了' })
  }
}

function DevIdentityEntry() {
  const identities = useDevIdentities()
  if (!identities || identities.length === 0) return null
  return (
    <View className='link home__dev' onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
      切换演示身份（仅开发模式）›
    </View>
  )
}

function Home() {
  return (
    <View className='home'>
      <View className='home__banner'>
        <Text className='home__title'>职工服务</Text>
        <Text className='home__subtitle'>入会、维权、互助，工会就在身边</Text>
      </View>
      <View className='home__grid'>
        {CAPABILITIES.map((c) => (
          <View
            key={c.key}
            className={`home__tile ${c.url ? '' : 'home__tile--soon'}`}
            onClick={() => open(c)}
          >
            <Text className='home__tile-title'>{c.title}</Text>
            <Text className='home__tile-hint'>{c.hint}</Text>
            {c.url ? null : <Text className='home__soon'>即将开放</Text>}
          </View>
        ))}
      </View>
      {process.env.TARO_ENV === 'h5' ? <DevIdentityEntry /> : null}
    </View>
  )
}

export default withTextScale(Home)
