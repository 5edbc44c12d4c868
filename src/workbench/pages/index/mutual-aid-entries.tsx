import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { MeOfficer } from '../../../services/account'

type Entry = { title: string; description: string; url: string }

/**
 * 医疗互助 on the workbench (paths as in src/mutual-aid/links.ts: a subpackage does not import another). Unions
 * enrol their members and check documents; town and city federations confirm fees, approve and record payments;
 * the city's admins keep the plans. Lawyers have no mutual-aid work.
 */
export function mutualAidEntries(officer: MeOfficer): Entry[] {
  if (officer.role === 'lawyer') return []
  const type = officer.org.type
  const federation = type === 'town_federation' || type === 'city_federation'
  const entries: Entry[] = [
    { title: '互助理赔', description: federation ? '待审批、待支付的互助金申请' : '会员的互助金申请：审核材料', url: '/mutual-aid/pages/queue/index' },
    { title: '互助参保登记', description: '从会员名单登记参保，可一次登记全部会员', url: '/mutual-aid/pages/enrol/index' },
  ]
  if (federation) entries.push({ title: '确认互助会费', description: '收到银行转账后确认缴费，保障随即生效', url: '/mutual-aid/pages/payments/index' })
  entries.push({ title: '互助统计', description: '参保、会费、理赔、赔付率，可导出 CSV', url: '/mutual-aid/pages/stats/index' })
  if (officer.role === 'admin' && type === 'city_federation') entries.push({ title: '互助计划', description: '年度计划：会费、期限、额度、保障项目', url: '/mutual-aid/pages/plans/index' })
  return entries
}

export default function MutualAidEntries({ officer }: { officer: MeOfficer }) {
  const entries = mutualAidEntries(officer)
  if (entries.length === 0) return null
  return (
    <View className='workbench__entries'>
      {entries.map((e) => (
        <Cell key={e.url} title={e.title} description={e.description} extra='›' clickable onClick={() => void Taro.navigateTo({ url: e.url })} />
      ))}
    </View>
  )
}
