import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Enterprise } from '../../../../types/directory'

function unionStatus(e: Enterprise): string {
  if (e.unionId) return '已建立企业工会'
  if (e.jointUnionId) return '由联合工会覆盖'
  return '尚未建立工会，由所在镇街总工会联系'
}

/** One search hit; tapping opens the union that covers the enterprise (its own, its joint union, or its town). */
export default function EnterpriseItem({ enterprise, townName }: { enterprise: Enterprise; townName?: string }) {
  const orgId = enterprise.unionId ?? enterprise.jointUnionId ?? enterprise.townId
  return (
    <View
      className='search__item'
      onClick={() => void Taro.navigateTo({ url: `/directory/pages/org/index?id=${encodeURIComponent(orgId)}` })}
    >
      <Text className='search__item-name'>{enterprise.name}</Text>
      <Text className='search__item-meta'>统一社会信用代码：{enterprise.creditCode}</Text>
      <Text className='search__item-meta'>
        {townName ?? enterprise.townId} · 职工 {enterprise.staff} 人
      </Text>
      <Text className={`search__item-union ${enterprise.unionId || enterprise.jointUnionId ? '' : 'search__item-union--none'}`}>
        {unionStatus(enterprise)} ›
      </Text>
    </View>
  )
}
