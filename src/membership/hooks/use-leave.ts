import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import { membershipApi } from '../../services/membership'

/** 退会, behind a confirmation dialog (it ends the card at once), then the page reloads the membership. */
export function useLeave(reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ErrorBody | null>(null)

  const leave = useCallback(
    async (orgName: string) => {
      const answer = await Taro.showModal({
        title: '确认退会？',
        content: `退出${orgName}后，电子会员证随即失效，会员权益也随之停止。`,
        confirmText: '确认退会',
        cancelText: '再想想',
      })
      if (!answer.confirm) return
      setBusy(true)
      setError(null)
      const res = await membershipApi.leave()
      setBusy(false)
      if (!res.ok) return setError(res.error)
      void Taro.showToast({ title: '已退会', icon: 'success' })
      await reload()
    },
    [reload],
  )
  return { busy, error, leave }
}
