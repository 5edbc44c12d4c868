import { View, Text } from '@tarojs/components'
import { EMPLOYER_BLIND_EXPLANATION } from '../../../types/membership-labels'
import './employer-blind-switch.scss'

type Props = { on: boolean; onChange: (on: boolean) => void }

/** 入会不惊动单位: a whole-row switch (easy to hit), with the plain explanation always in view. */
export default function EmployerBlindSwitch({ on, onChange }: Props) {
  return (
    <View className={`mblind ${on ? 'mblind--on' : ''}`} role='switch' aria-checked={on} aria-label='入会不惊动单位' onClick={() => onChange(!on)}>
      <View className='mblind__head'>
        <Text className='mblind__title'>入会不惊动单位</Text>
        <View className='mblind__track'>
          <Text className='mblind__state'>{on ? '已开启' : '未开启'}</Text>
        </View>
      </View>
      <Text className='mblind__hint'>{EMPLOYER_BLIND_EXPLANATION}</Text>
    </View>
  )
}
