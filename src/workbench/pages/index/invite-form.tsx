import { useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { OfficerRole } from '../../../../types/directory'
import ErrorNotice from '../../../components/error-notice'
import type { MeOfficer } from '../../../services/account'
import { ROLES, ROLE_LABELS } from '../../../services/labels'
import { useCreateInvite, useInviteTargets } from '../../hooks/use-invite'

/** Admins create a one-time invite code; the invitee redeems it on 我的 → 我是工会干部. */
export default function InviteForm({ officer }: { officer: MeOfficer }) {
  const targets = useInviteTargets(officer)
  const [orgIndex, setOrgIndex] = useState(0)
  const [role, setRole] = useState<OfficerRole>('officer')
  const { state, create } = useCreateInvite()
  const org = targets[Math.min(orgIndex, targets.length - 1)]

  return (
    <View className='section'>
      <Text className='section-title'>邀请干部</Text>
      <Text className='muted'>所属组织</Text>
      <Picker mode='selector' range={targets.map((t) => t.name)} value={orgIndex} onChange={(e) => setOrgIndex(Number(e.detail.value))}>
        <View className='text-input workbench__picker'>{org.name} ▾</View>
      </Picker>
      <Text className='muted'>角色</Text>
      <View className='workbench__roles'>
        {ROLES.map((r) => (
          <View key={r} className={`workbench__role ${r === role ? 'workbench__role--on' : ''}`} onClick={() => setRole(r)}>
            {ROLE_LABELS[r]}
          </View>
        ))}
      </View>
      <Button type='primary' block loading={state.busy} onClick={() => void create(org.id, role)}>
        生成邀请码
      </Button>
      {state.error ? <ErrorNotice error={state.error} /> : null}
      {state.invite ? (
        <View className='workbench__invite'>
          <Text className='workbench__code' userSelect>{state.invite.code}</Text>
          <Text className='muted'>
            {org.name} · {ROLE_LABELS[role]} · 有效期至 {state.invite.expiresAt.slice(0, 16).replace('T', ' ')}
          </Text>
          <Button size='normal' onClick={() => void Taro.setClipboardData({ data: state.invite?.code ?? '' })}>
            复制邀请码
          </Button>
        </View>
      ) : null}
    </View>
  )
}
