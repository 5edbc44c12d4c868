import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import ErrorNotice from '../../../components/error-notice'
import { useRecord } from '../../../hooks/use-record'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { legalApi } from '../../../services/legal'
import Consultation from '../../components/consultation'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/** One of my consultations (by id): refreshed when the worker comes back to it (an answer may have arrived). */
function ConsultationPage() {
  const { id } = useRouter().params
  const { state, reload } = useRecord(id, legalApi.get, '没有找到这条咨询')
  useShownAgain(() => void reload())
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  return <Consultation view={state.view} consult={{ id: state.view.id }} reload={reload} />
}

export default withTextScale(ConsultationPage)
