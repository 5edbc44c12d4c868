import { View, ScrollView } from '@tarojs/components'
import './index.scss'

type Props<K extends string> = { tabs: [K, string][]; value: K; onChange: (key: K) => void }

/** A row of filter tabs as large pills, scrolling sideways when they do not fit. */
export default function Tabs<K extends string>({ tabs, value, onChange }: Props<K>) {
  return (
    <ScrollView scrollX className='tabs'>
      {tabs.map(([key, label]) => (
        <View key={key} className={`tabs__tab ${key === value ? 'tabs__tab--on' : ''}`} role='tab' aria-selected={key === value} onClick={() => onChange(key)}>
          {label}
        </View>
      ))}
    </ScrollView>
  )
}
