import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import { useShownAgain } from '../../../hooks/use-shown-again'
import AidCaseView from './aid-view'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'
import '../../aid.scss'

/** One legal-aid application: the applicant's status page, or the deciding officer's page (the server answers by who asks). */
function AidPage() {
  const { id } = useRouter().params
  // Back on the page (material supplied, a decision made elsewhere): load it afresh.
  const [shown, setShown] = useState(0)
  useShownAgain(() => setShown((n) => n + 1))
  return (
    <DeskLayout active='legal-aid'>
      <View className='legal ldesk aid'>
        <AidCaseView key={shown} id={id} />
      </View>
    </DeskLayout>
  )
}

export default withTextScale(AidPage)
