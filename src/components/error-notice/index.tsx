import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../types/envelope'
import './index.scss'

/** The envelope's Chinese message, with a retry button when the failure may be temporary. */
export default function ErrorNotice({ error, onRetry }: { error: ErrorBody; onRetry?: () => void }) {
  return (
    <View className='error-notice' role='alert'>
      <Text className='error-notice__message'>{error.message}</Text>
      {error.requestId ? <Text className='error-notice__id'>编号：{error.requestId}</Text> : null}
      {onRetry ? (
        <Button className='error-notice__retry' size='normal' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
