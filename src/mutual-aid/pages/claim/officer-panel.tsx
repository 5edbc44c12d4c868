import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ErrorBody } from '../../../../types/envelope'
import ErrorNotice from '../../../components/error-notice'
import { mutualAidApi, type ClaimView } from '../../../services/mutual-aid'
import { timeLabel } from '../../format'
import DecisionForm from './decision-form'
import PaidForm from './paid-form'
import ReviewForm from './review-form'

/** The account as officers see it: masked, with an audited 查看完整账号 (asked first: the reading is recorded). */
function Account({ view }: { view: ClaimView }) {
  const [full, setFull] = useState<string | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const reveal = async () => {
    const answer = await Taro.showModal({ title: '查看完整账号？', content: '查看会被记录（谁、何时）。只在转账时查看。', confirmText: '查看', cancelText: '取消' })
    if (!answer.confirm) return
    const res = await mutualAidApi.revealAccount(view.id)
    if (res.ok) setFull(`${res.data.accountNo.replace(/(\d{4})(?=\d)/g, '$1 ')}（${res.data.bankName} · ${res.data.accountName}）`)
    else setError(res.error)
  }
  return (
    <View className='section'>
      <Text className='section-title'>收款账户</Text>
      <Text className='ma__account'>{full ?? view.accountMasked}</Text>
      {error ? <ErrorNotice error={error} /> : null}
      {!full && view.mayApprove ? <View className='link' role='button' onClick={() => void reveal()}>查看完整账号</View> : null}
    </View>
  )
}

/** What the officer can do with this claim now: check documents, approve or reject, record the payment. */
export default function OfficerPanel({ view, reload }: { view: ClaimView; reload: () => Promise<void> }) {
  const approvals = view.approvals ?? []
  const waitingSecond = view.sampled && view.status === 'checked' && approvals.length === 1
  return (
    <View>
      <Account view={view} />
      {waitingSecond ? (
        <View className='section ma__second' role='status'>
          <Text>需要第二位干部复核：已有一位干部审批（{timeLabel(approvals[0].at)}），须由另一位干部再审批。</Text>
        </View>
      ) : null}
      {view.mayReview && view.status === 'submitted' ? <ReviewForm view={view} reload={reload} /> : null}
      {view.mayApprove && view.status === 'checked' ? <DecisionForm view={view} reload={reload} /> : null}
      {view.mayApprove && view.status === 'approved' ? <PaidForm view={view} reload={reload} /> : null}
    </View>
  )
}
