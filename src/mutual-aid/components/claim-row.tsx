import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BENEFIT_LABELS, CLAIM_STATUS_LABELS } from '../../../types/mutual-aid-labels'
import type { ClaimRow as Row } from '../../services/mutual-aid'
import { timeLabel, yuan } from '../format'
import { MUTUAL_AID } from '../links'

/** One claim in a list (the member's, or an officer's queue): what, where, status, amount, and the decide-by. */
type Props = { row: Row; officer?: boolean; on?: boolean; onOpen?: (id: string) => void }

export default function ClaimRow({ row, officer, on, onOpen }: Props) {
  const open = () => (onOpen ? onOpen(row.id) : void Taro.navigateTo({ url: `${MUTUAL_AID.claim}?id=${encodeURIComponent(row.id)}` }))
  return (
    <View className={`ma__row-card ${row.overdue ? 'ma__row-card--late' : ''} ${on ? 'ma__row-card--on' : ''}`} role='button' onClick={open}>
      <View className='ma__row-head'>
        <Text className='ma__v'>{row.benefit ? `${BENEFIT_LABELS[row.benefit]}互助` : `会员 ${row.memberNo ?? ''}`}</Text>
        <Text className={`ma__status ma__status--${row.status}`}>{row.paidLabel ?? CLAIM_STATUS_LABELS[row.status]}</Text>
      </View>
      <Text className='muted'>
        {timeLabel(row.createdAt)} 提交 · {row.status === 'paid' ? '' : '预估 '}{yuan(row.payable)}{officer && row.accountMasked ? ` · 收款 ${row.accountMasked}` : ''}
      </Text>
      <View className='ma__tags'>
        {row.sampled ? <Text className='ma__tag'>抽检：需两位干部审批{row.approvals ? `（已批 ${row.approvals}）` : ''}</Text> : null}
        {row.overdue ? <Text className='ma__tag ma__tag--red'>已超期</Text> : null}
        {row.decideByLabel && officer ? <Text className='ma__tag'>{row.decideByLabel} 前审批</Text> : null}
      </View>
    </View>
  )
}
