import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import MineList, { RECEIPT_URL, REPORT_URL } from '../../components/mine-list'
import { useMine } from '../../hooks/use-mine'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

/** 我的诉求: every case the worker reported or joined, refreshed when the page shows again. */
function MinePage() {
  const { state, reload, loadMore } = useMine()
  return (
    <View className='mine'>
      <View className='mine__actions'>
        <Button type='primary' onClick={() => void Taro.navigateTo({ url: REPORT_URL })}>我要维权</Button>
        <Button onClick={() => void Taro.navigateTo({ url: RECEIPT_URL })}>用回执码查询</Button>
      </View>
      <MineList state={state} reload={() => void reload()} loadMore={() => void loadMore()} />
    </View>
  )
}

export default withTextScale(MinePage)
