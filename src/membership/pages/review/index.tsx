import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import ReviewView from './review-view'
import { withTextScale } from '../../../components/text-scale'

/** One application by id; on a desk, beside the officer's navigation. */
function ReviewPage() {
  const { id } = useRouter().params
  return (
    <DeskLayout active='membership'>
      <ReviewView id={id} />
    </DeskLayout>
  )
}

export default withTextScale(ReviewPage)
