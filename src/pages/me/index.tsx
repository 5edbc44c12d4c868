import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import DevIdentitySwitcher from '../../components/dev-identity-switcher'
import ErrorNotice from '../../components/error-notice'
import { useMe } from '../../hooks/use-me'
import IdentityCard from './identity-card'
import LargeTextSwitch from './large-text-switch'
import { withTextScale } from '../../components/text-scale'
import './index.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

function MePage() {
  const { state, reload } = useMe()
  const officer = state.status === 'ready' ? state.me.officer : null
  return (
    <View className='me'>
      {state.status === 'loading' ? <View className='section muted'>正在加载…</View> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' ? <IdentityCard me={state.me} /> : null}
      {/* H5 scales every rpx from the root (config/root-size.ts), the mini-program each page (components/text-scale). */}
      <LargeTextSwitch />

      <View className='me__entries'>
        <Cell title='消息' description='诉求进展、回访和本单位提醒' extra='›' clickable onClick={go('/grievance/pages/inbox/index')} />
        {officer ? <Cell title='工作台' description={officer.role === 'admin' ? '单位目录、邀请干部' : '单位目录'} extra='›' clickable onClick={go('/workbench/pages/index/index')} /> : null}
        <Cell title='我的会籍' description='入会申请进度、会籍转接、退会' extra='›' clickable onClick={go('/membership/pages/status/index')} />
        <Cell title='电子会员证' description='出示会员身份' extra='›' clickable onClick={go('/membership/pages/card/index')} />
        {state.status === 'ready' && !officer ? (
          <Cell title='我是工会干部' description='填写邀请码，开通工作台' extra='›' clickable onClick={go('/account/pages/redeem/index')} />
        ) : null}
        {process.env.TARO_ENV === 'h5' && state.status !== 'loading' && !officer ? (
          <Cell title='工会干部电脑登录' description='用小程序扫码，在电脑上进入工作台' extra='›' clickable onClick={go('/account/pages/desktop-login/index')} />
        ) : null}
      </View>

      {process.env.TARO_ENV === 'h5' ? <DevIdentitySwitcher onChange={() => void reload()} /> : null}
    </View>
  )
}

export default withTextScale(MePage)
