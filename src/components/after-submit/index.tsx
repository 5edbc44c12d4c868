import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

/**
 * After a submission: the ways back to the tab pages (a subpackage page shows no tab bar): 办事 lists
 * everything the worker has in progress, 首页 starts something else.
 */
export default function AfterSubmitLinks() {
  return (
    <View className='after-submit'>
      <View className='link after-submit__link' onClick={() => void Taro.switchTab({ url: '/pages/cases/index' })}>去“办事”查看我的全部事项 ›</View>
      <View className='link after-submit__link' onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>回首页 ›</View>
    </View>
  )
}
