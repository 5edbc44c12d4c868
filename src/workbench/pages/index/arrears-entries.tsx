import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { MeOfficer } from '../../../services/account'

/**
 * 欠薪零报告 on the workbench (issue 13 §1): every union below the city files (an enterprise union for its enterprise,
 * a joint union for those it covers, a town for those with neither); a town and the orgs in it see the month board.
 * Lawyers have none of it.
 */
export default function ArrearsEntries({ officer }: { officer: MeOfficer }) {
  if (officer.role === 'lawyer') return null
  const type = officer.org.type
  const files = type === 'enterprise_union' || type === 'joint_union' || type === 'town_federation'
  const board = type !== 'enterprise_union'
  return (
    <View className='workbench__entries'>
      {files ? <Cell title='欠薪零报告' description='每月报送本企业有无欠薪，次月第 5 个工作日前' extra='›' clickable
        onClick={() => void Taro.navigateTo({ url: '/arrears/pages/file/index' })}
      /> : null}
      {board ? <Cell title='欠薪预警看板' description='各企业本月已报、未报、逾期、有欠薪，按片区汇总，可导出' extra='›' clickable
        onClick={() => void Taro.navigateTo({ url: '/arrears/pages/board/index' })}
      /> : null}
    </View>
  )
}
