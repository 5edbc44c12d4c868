import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import { useShownAgain } from '../../../hooks/use-shown-again'
import ConsultDeskView from './consult-desk-view'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'

/** 解答咨询: one consultation for a lawyer of the holding org (stacked on a phone, two columns at a desk). */
function DeskConsultationPage() {
  const { id } = useRouter().params
  // Back on the page (a colleague may have claimed or answered meanwhile): load it afresh.
  const [shown, setShown] = useState(0)
  useShownAgain(() => setShown((n) => n + 1))
  return (
    <DeskLayout active='legal'>
      <View className='legal ldesk'>
        <ConsultDeskView key={shown} id={id} />
      </View>
    </DeskLayout>
  )
}

export default withTextScale(DeskConsultationPage)
