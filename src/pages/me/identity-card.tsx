import { View, Text } from '@tarojs/components'
import type { Me } from '../../services/account'
import { ROLE_LABELS, orgTypeLabel } from '../../services/labels'

/** Who the caller is: a worker, or an officer with their org and role. */
export default function IdentityCard({ me }: { me: Me }) {
  const { officer } = me
  return (
    <View className='section me__card'>
      {officer ? (
        <>
          <Text className='me__name'>{officer.name}</Text>
          <Text className='me__org'>{officer.org.name}</Text>
          <Text className='muted'>
            {orgTypeLabel(officer.org)} · {ROLE_LABELS[officer.role]}
          </Text>
        </>
      ) : (
        <>
          <Text className='me__name'>职工用户</Text>
          <Text className='muted'>您以微信身份使用本服务，无需另行注册。</Text>
        </>
      )}
      <Text className='me__openid'>用户编号：{maskOpenid(me.openid)}</Text>
    </View>
  )
}

/** Enough to tell accounts apart on a support call, not enough to copy someone's identity. */
function maskOpenid(openid: string): string {
  return openid.length <= 8 ? openid : `${openid.slice(0, 4)}****${openid.slice(-4)}`
}
