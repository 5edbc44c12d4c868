import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useDevIdentities } from '../../hooks/use-dev-identities'
import { getDevOpenid, setDevOpenid } from '../../services/dev-identity'
import './index.scss'

/**
 * H5 + development host only: pick a demo identity; api.ts then sends it as `x-dev-openid`.
 * Renders nothing when the host has no `/dev/identities` (production, weapp).
 */
export default function DevIdentitySwitcher({ onChange }: { onChange: () => void }) {
  const identities = useDevIdentities()
  const [current, setCurrent] = useState(getDevOpenid())
  if (!identities || identities.length === 0) return null

  const choose = (openid: string | null) => {
    setDevOpenid(openid)
    setCurrent(openid)
    onChange()
  }

  return (
    <View className='section dev-switcher'>
      <Text className='section-title'>演示身份（仅开发模式）</Text>
      {identities.map((identity) => (
        <View
          key={identity.openid}
          className={`dev-switcher__item ${identity.openid === current ? 'dev-switcher__item--on' : ''}`}
          onClick={() => choose(identity.openid)}
        >
          <Text className='dev-switcher__label'>{identity.label}</Text>
          <Text className='dev-switcher__openid'>{identity.openid}</Text>
        </View>
      ))}
      {current ? (
        <View className='link' onClick={() => choose(null)}>
          不使用演示身份
        </View>
      ) : null}
    </View>
  )
}
