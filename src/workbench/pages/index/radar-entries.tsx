import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { MeOfficer } from '../../../services/account'

/** 企业风险雷达 on the workbench: a town or city federation's tool (never a grassroots union's, never a lawyer's). */
export function radarEntryShown(officer: MeOfficer): boolean {
  const type = officer.org.type
  return officer.role !== 'lawyer' && (type === 'town_federation' || type === 'city_federation')
}

export default function RadarEntries({ officer }: { officer: MeOfficer }) {
  if (!radarEntryShown(officer)) return null
  return (
    <View className='workbench__entries'>
      <Cell title='企业风险雷达' description='近 90 天诉求、欠薪、参保变化的风险排名，记录法律体检' extra='›' clickable
        onClick={() => void Taro.navigateTo({ url: '/radar/pages/index/index' })}
      />
    </View>
  )
}
