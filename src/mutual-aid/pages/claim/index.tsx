import { useRouter } from '@tarojs/taro'
import { ClaimDetail } from './detail'
import { withTextScale } from '../../../components/text-scale'

function ClaimPage() {
  const { id } = useRouter().params
  return <ClaimDetail id={id} />
}

export default withTextScale(ClaimPage)
