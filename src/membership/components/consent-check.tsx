import { View, Text } from '@tarojs/components'
import './consent-check.scss'

type Props = { text: string; on: boolean; onChange: (on: boolean) => void; invalid: boolean }

/** One explicit consent: its full text beside a large box, unchecked until the worker taps it. */
export default function ConsentCheck({ text, on, onChange, invalid }: Props) {
  return (
    <View
      className={`mconsent ${on ? 'mconsent--on' : ''} ${invalid ? 'mconsent--invalid' : ''}`}
      role='checkbox'
      aria-checked={on}
      onClick={() => onChange(!on)}
    >
      <Text className='mconsent__box'>{on ? '✓' : ''}</Text>
      <Text className='mconsent__text'>{text}</Text>
    </View>
  )
}
