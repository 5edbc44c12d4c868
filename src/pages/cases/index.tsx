import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../components/empty-state'
import './index.scss'

/** My cases. No capability creates cases yet, so the list is honestly empty. */
export default function Cases() {
  return (
    <View className='cases'>
      <EmptyState title='您还没有办理中的事项' hint='入会申请、法律咨询、互助申请和维权反映提交后，会在这里显示办理进度。'>
        <Button type='primary' size='large' onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
          去首页看看
        </Button>
      </EmptyState>
    </View>
  )
}
