import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import MineList, { RECEIPT_URL, REPORT_URL } from '../../grievance/components/mine-list'
import { useMine } from '../../grievance/hooks/use-mine'
import { withTextScale } from '../../components/text-scale'
import './index.scss'

const INBOX_URL = '/grievance/pages/inbox/index'

/** 办事: the worker's cases. Today these are 维权诉求; joining, legal questions and claims will join the list. */
function Cases() {
  const { state, reload, loadMore } = useMine()
  return (
    <View className='cases'>
      <View className='cases__actions'>
        <View className='cases__action cases__action--primary' onClick={() => void Taro.navigateTo({ url: REPORT_URL })}>
          <Text>我要维权</Text>
        </View>
        <View className='cases__action' onClick={() => void Taro.navigateTo({ url: RECEIPT_URL })}>
          <Text>用回执码查询</Text>
        </View>
        <View className='cases__action' onClick={() => void Taro.navigateTo({ url: INBOX_URL })}>
          <Text>消息</Text>
        </View>
      </View>
      <Text className='cases__title'>我的诉求</Text>
      <MineList state={state} reload={() => void reload()} loadMore={() => void loadMore()} />
    </View>
  )
}

export default withTextScale(Cases)
