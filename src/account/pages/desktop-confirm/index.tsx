import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useMe } from '../../../hooks/use-me'
import { codeFromScan, desktopApi } from '../../../services/desktop-login'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

type Step = { status: 'asking' } | { status: 'sending' } | { status: 'done' } | { status: 'failed'; error: ErrorBody }

/**
 * Reached by scanning the desktop's QR (扫码登录电脑 on the 电脑端登录 page, `?code=`), or by WeChat itself when the
 * QR's link is registered as a 普通链接二维码 (`?q=` holds the link). The officer confirms the sign-in here.
 */
function DesktopConfirm() {
  const { params } = useRouter()
  const code = codeFromScan(params.code) ?? codeFromScan(params.q)
  const { state, reload } = useMe()
  const [step, setStep] = useState<Step>({ status: 'asking' })

  if (!code) return <EmptyState title='没有读到电脑登录码' hint='请在电脑上刷新二维码，再用“扫码登录电脑”重新扫描。' />
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { officer } = state.me
  if (!officer) return <EmptyState title='只有工会干部可以在电脑上登录工作台' hint='如您是工会干部，请先在“我的”页面填写邀请码。' />

  const confirm = async () => {
    setStep({ status: 'sending' })
    const res = await desktopApi.confirm(code)
    setStep(res.ok ? { status: 'done' } : { status: 'failed', error: res.error })
  }

  if (step.status === 'done') {
    return (
      <View className='section desktop-confirm'>
        <Text className='desktop-confirm__title'>已确认</Text>
        <Text className='desktop-confirm__text'>电脑将自动进入工作台。用完后请在“电脑端登录”里退出该电脑。</Text>
        <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: '/account/pages/desktops/index' })}>
          查看已登录的电脑
        </Button>
      </View>
    )
  }

  return (
    <View className='section desktop-confirm'>
      <Text className='desktop-confirm__title'>在电脑上登录 {officer.org.name} 工作台？</Text>
      <Text className='desktop-confirm__text'>请确认电脑就在您面前，登录页是您本人刚刚打开的。确认后，这台电脑可以查看和办理本单位的事项。</Text>
      {step.status === 'failed' ? <ErrorNotice error={step.error} /> : null}
      <View className='desktop-confirm__actions'>
        <Button type='primary' size='large' block loading={step.status === 'sending'} disabled={step.status === 'failed'} onClick={() => void confirm()}>
          确认登录
        </Button>
        <Button size='large' block onClick={() => void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' }))}>
          取消
        </Button>
      </View>
    </View>
  )
}

export default withTextScale(DesktopConfirm)
