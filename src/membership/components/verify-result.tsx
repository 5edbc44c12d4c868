import { View, Text } from '@tarojs/components'
import type { VerifyReason } from '../../../types/membership-views'
import type { Checked } from '../hooks/use-card-verify'
import './verify-result.scss'

/** What the staff member at the door needs: one big word, and what to do about it. */
export const VERIFY_LABELS: Record<VerifyReason, { title: string; hint: string; tone: 'ok' | 'warn' | 'bad' }> = {
  valid: { title: '有效', hint: '会员身份有效。', tone: 'ok' },
  expired: { title: '已过期', hint: '二维码已过期（可能是截图）。请对方打开会员证，出示正在更新的二维码。', tone: 'warn' },
  forged: { title: '伪造或无效', hint: '签名不正确，不是工会签发的会员证。', tone: 'bad' },
  malformed: { title: '伪造或无效', hint: '这不是工会会员证的二维码。', tone: 'bad' },
  suspended: { title: '已暂停', hint: '会籍已被所在工会暂停，暂不能享受会员服务。', tone: 'bad' },
  left: { title: '已退会', hint: '对方已退出工会，会员证已失效。', tone: 'bad' },
  unknown_member: { title: '查无此会员', hint: '签名正确，但系统中没有这位会员。', tone: 'bad' },
}

export default function VerifyResult({ result, pending, note }: { result: Checked; pending: boolean; note: string | null }) {
  const label = VERIFY_LABELS[result.reason]
  return (
    <View className={`verify-result verify-result--${label.tone}`} role='status'>
      <Text className='verify-result__title'>{label.title}</Text>
      <Text className='verify-result__hint'>{label.hint}</Text>
      {result.member ? (
        <View className='verify-result__member'>
          <Text className='verify-result__name'>{result.member.nameMasked}</Text>
          <Text className='verify-result__line'>{result.member.orgName}</Text>
          <Text className='verify-result__line'>会员号 {result.member.memberNo}</Text>
        </View>
      ) : null}
      <Text className='verify-result__mode'>
        {result.mode === 'online' ? '联网核验（含最新会籍状态）' : '离线核验（本机公钥验证签名）'}
        {pending ? ' · 正在联网核验…' : ''}
      </Text>
      {note ? <Text className='verify-result__note'>{note}</Text> : null}
    </View>
  )
}
