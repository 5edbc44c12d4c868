import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { MeOfficer } from '../../../services/account'

/** 清单式建会 on the workbench: the city, town federations and area committees (never a grassroots union or a lawyer). */
export function organisingEntryShown(officer: MeOfficer): boolean {
  return officer.role !== 'lawyer' && ['city_federation', 'town_federation', 'area_committee'].includes(officer.org.type)
}

export default function OrganisingEntries({ officer }: { officer: MeOfficer }) {
  if (!organisingEntryShown(officer)) return null
  const go = (url: string) => () => void Taro.navigateTo({ url })
  const importer = officer.role === 'admin' && officer.org.type !== 'area_committee'
  return (
    <View className='workbench__entries'>
      <Cell title='建会清单' description='参保 25 人以上的未建会企业：联系人、进展、下次联系提醒' extra='›' clickable onClick={go('/organising/pages/list/index')} />
      {importer && <Cell title='导入参保清单' description='CSV 或 XLSX，逐行检查，有错则整份不导入' extra='›' clickable onClick={go('/organising/pages/import/index')} />}
      <Cell title='建会进度' description='各镇街清单企业、今年建会数、参保职工覆盖率' extra='›' clickable onClick={go('/organising/pages/progress/index')} />
    </View>
  )
}
