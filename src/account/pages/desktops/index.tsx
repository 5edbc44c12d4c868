import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { DesktopSessionView } from '../../../../types/desktop-login'
import type { ErrorBody } from '../../../../types/envelope'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import PagedList from '../../../components/paged-list'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { codeFromScan, desktopApi } from '../../../services/desktop-login'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
const when = (iso: string) => `${iso.slice(5, 10).replace('-', '月')}日 ${iso.slice(11, 16)}`

/** Officers: sign a desktop in by scanning its QR, and see (and end) the desktops signed in as them. */
function Desktops() {
  const { state, reload, loadMore } = usePaged<DesktopSessionView>(desktopApi.sessions)
  const [error, setError] = useState<ErrorBody | null>(null)
  useShownAgain(() => void reload())

  const scan = async () => {
    setError(null)
    let text: string | undefined
    try {
      text = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
    } catch {
      return // cancelled
    }
    const code = codeFromScan(text)
    if (!code) return setError({ code: 'ACCOUNT.DESKTOP_CODE_INVALID', message: '这不是电脑登录二维码，请扫描电脑登录页上的二维码' })
    void Taro.navigateTo({ url: `/account/pages/desktop-confirm/index?code=${code}` })
  }

  const end = async (s: DesktopSessionView) => {
    const answer = await Taro.showModal({
      title: s.current ? '退出本机' : '退出该电脑',
      content: s.current ? '退出后本机需要重新扫码登录。' : '退出后，这台电脑需要重新扫码才能进入工作台。',
      confirmText: '退出',
      cancelText: '取消',
    })
    if (!answer.confirm) return
    setError(null)
    const res = await desktopApi.end(s.id)
    if (!res.ok) return setError(res.error)
    if (s.current) {
      await desktopApi.signOut()
      return void Taro.redirectTo({ url: '/account/pages/desktop-login/index' })
    }
    void reload()
  }

  return (
    <View className='desktops'>
      {IS_WEAPP ? (
        <View className='section desktops__scan'>
          <Text className='muted'>在电脑浏览器打开工作台登录页，用这里扫描页面上的二维码。</Text>
          <Button type='primary' size='large' block onClick={() => void scan()}>
            扫码登录电脑
          </Button>
        </View>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <Text className='section-title desktops__heading'>已登录的电脑</Text>
      <PagedList state={state} reload={reload} loadMore={loadMore} empty={<EmptyState title='没有已登录的电脑' />}>
        {state.items.map((s) => (
          <View key={s.id} className='section desktops__item'>
            <View className='desktops__info'>
              <Text className='desktops__device'>{s.device ?? '电脑浏览器'}{s.current ? '（本机）' : ''}</Text>
              <Text className='muted'>{when(s.createdAt)} 登录 · {when(s.expiresAt)} 自动退出</Text>
            </View>
            <Button size='large' onClick={() => void end(s)}>
              {s.current ? '退出本机' : '退出该电脑'}
            </Button>
          </View>
        ))}
      </PagedList>
    </View>
  )
}

export default withTextScale(Desktops)
