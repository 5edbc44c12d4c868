import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import ReviewView from './review-view'

/** One application by id; on a desk, beside the officer's navigation. */
export default function ReviewPage() {
  const { id } = useRouter().params
  return (
    <DeskLayout active='membership'>
      <ReviewView id={id} />
    </DeskLayout>
  )
}
