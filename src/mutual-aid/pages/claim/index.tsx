import { useRouter } from '@tarojs/taro'
import { ClaimDetail } from './detail'

export default function ClaimPage() {
  const { id } = useRouter().params
  return <ClaimDetail id={id} />
}
