import { View, Text } from '@tarojs/components'
import { useLargeText } from '../../hooks/use-large-text'

/** 大字模式 (适老化): bigger text, more contrast, larger buttons; remembered on this device. */
export default function LargeTextSwitch() {
  const [on, setOn] = useLargeText()
  return (
    <View className='section me__large' role='switch' aria-checked={on} aria-label='大字模式' onClick={() => setOn(!on)}>
      <View className='me__large-text'>
        <Text className='me__large-title'>大字模式</Text>
        <Text className='muted'>字更大、颜色更深、按钮更大。只对这台手机或电脑有效。</Text>
      </View>
      <View className={`me__toggle ${on ? 'me__toggle--on' : ''}`}>
        <View className='me__knob' />
      </View>
    </View>
  )
}
