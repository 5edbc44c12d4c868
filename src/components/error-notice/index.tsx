import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../types/envelope'
import './index.scss'

/** Failures that may pass by themselves; retrying anything else would only repeat the same answer. */
const TRANSIENT = ['NETWORK', 'INTERNAL', 'RATE_LIMITED']

/** The envelope's Chinese message, with a retry button when the failure may be temporary. */
export default function ErrorNotice({ error, onRetry }: { error: ErrorBody; onRetry?: () => void }) {
  const canRetry = onRetry && TRANSIENT.includes(error.code)
  return (
    <View className='error-notice' role='alert'>
      <Text className='error-notice__message'>{error.message}</Text>
      {error.requestId ? <Text className='error-notice__id'>编号：{error.requestId}</Text> : null}
      {canRetry ? (
        <Button className='error-notice__retry' size='normal' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
