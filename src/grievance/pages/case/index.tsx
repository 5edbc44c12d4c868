import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import CaseView from './case-view'
import { withTextScale } from '../../../components/text-scale'

/** One case by id: on a desk, beside the officer's navigation (none for a worker). */
function CasePage() {
  const { id } = useRouter().params
  return (
    <DeskLayout active='grievance'>
      <CaseView id={id} />
    </DeskLayout>
  )
}

export default withTextScale(CasePage)
