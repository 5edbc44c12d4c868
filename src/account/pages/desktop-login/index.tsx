import { useMemo } from 'react'
import { View, Text, Image } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { qrDataUrl } from '../../../components/qr-data-url'
import { confirmLink } from '../../../services/desktop-login'
import { useDesktopLogin } from '../../hooks/use-desktop-login'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`

/**
 * H5 only (app.config.ts): an officer signs in to 工作台 on a desktop browser by scanning this QR with the
 * mini-program and confirming there. No password: the QR holds a one-time code valid for 2 minutes.
 */
function DesktopLogin() {
  const { state, refresh } = useDesktopLogin()
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  const code = state.status === 'showing' ? state.code : null
  const src = useMemo(() => (code ? qrDataUrl(confirmLink(origin, code)) : ''), [code, origin])

  return (
    <View className='desktop-login'>
      <View className='desktop-login__card'>
        <Text className='desktop-login__title'>工会干部电脑登录</Text>
        <View className='desktop-login__steps'>
          <Text>1. 在手机上打开微信“职工服务”小程序</Text>
          <Text>2. 进入 我的 → 工作台 → 电脑端登录，点“扫码登录电脑”</Text>
          <Text>3. 扫描下方二维码，在手机上点“确认登录”</Text>
        </View>

        <View className='desktop-login__qr'>
          {state.status === 'showing' ? <Image className='desktop-login__img' src={src} mode='aspectFit' aria-label='电脑登录二维码' /> : null}
          {state.status === 'starting' ? <Text className='desktop-login__wait'>正在生成二维码…</Text> : null}
          {state.status === 'signing-in' ? <Text className='desktop-login__wait'>已确认，正在登录…</Text> : null}
          {state.status === 'expired' ? (
            <View className='desktop-login__expired' role='button' onClick={() => void refresh()}>
              <Text>已过期，点击刷新</Text>
            </View>
          ) : null}
        </View>

        {state.status === 'showing' ? (
          <Text className='desktop-login__countdown'>二维码 {clock(state.secondsLeft)} 后过期，扫码后请在手机上确认</Text>
        ) : null}
        {state.status === 'failed' ? (
          <View className='desktop-login__failed'>
            <ErrorNotice error={state.error} />
            <Button type='primary' size='large' onClick={() => void refresh()}>
              刷新二维码
            </Button>
          </View>
        ) : null}
        <Text className='muted desktop-login__note'>只有工会干部可以这样登录。用完请在小程序“电脑端登录”里退出该电脑。</Text>
      </View>
    </View>
  )
}

export default withTextScale(DesktopLogin)
