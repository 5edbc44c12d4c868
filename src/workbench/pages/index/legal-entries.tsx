import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { MeOfficer } from '../../../services/account'

type Entry = { title: string; description: string; url: string }

/**
 * 法律服务 on the workbench: only federations (town, city) hold consultations and aid applications. Lawyers answer
 * and decide; officers and admins also see the statistics; admins keep the knowledge base; the city's admins set
 * the year's wage parameters. (Paths as in src/legal/links.ts: a subpackage does not import another.)
 */
export function legalEntries(officer: MeOfficer): Entry[] {
  const type = officer.org.type
  if (type !== 'town_federation' && type !== 'city_federation') return []
  const entries: Entry[] = [
    { title: '法律咨询待办', description: '待接单、解答中的咨询，答复期限近的在前', url: '/legal/pages/desk/index' },
    { title: '法律援助审查', description: '待决定的援助申请，紧急的在前', url: '/legal/pages/aid-queue/index' },
  ]
  if (officer.role !== 'lawyer') entries.push({ title: '法律服务统计', description: '24 小时答复率、满意率，可导出 CSV', url: '/legal/pages/stats/index' })
  if (officer.role === 'admin') entries.push({ title: '知识库文章', description: '写普法文章，修改或下架已发布的问答', url: '/legal/pages/articles/index' })
  if (officer.role === 'admin' && type === 'city_federation') entries.push({ title: '年度工资参数', description: '当地平均工资、最低工资、援助收入标准', url: '/legal/pages/parameters/index' })
  return entries
}

export default function LegalEntries({ officer }: { officer: MeOfficer }) {
  const entries = legalEntries(officer)
  if (entries.length === 0) return null
  return (
    <View className='workbench__entries'>
      {entries.map((e) => (
        <Cell key={e.url} title={e.title} description={e.description} extra='›' clickable onClick={() => void Taro.navigateTo({ url: e.url })} />
      ))}
    </View>
  )
}
