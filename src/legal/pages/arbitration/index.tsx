import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useTowns } from '../../../hooks/use-towns'
import { draftFromParams, draftText, type Draft } from '../../arbitration'
import DateField from '../../components/date-field'
import { shanghaiToday } from '../../format'
import ArbitrationDoc from './doc'
import DraftForm from './draft-form'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/**
 * 劳动仲裁申请书: filled from a calculator or a consultation (page parameters), completed by the worker, then
 * printed (H5: the browser's print, with print CSS) or copied (weapp) to print elsewhere or write out by hand.
 */
function ArbitrationPage() {
  const { params } = useRouter()
  const [draft, setDraft] = useState<Draft>(() => draftFromParams(params, shanghaiToday()))
  const [preview, setPreview] = useState(false)
  const towns = useTowns()
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const copy = () => void Taro.setClipboardData({ data: draftText(draft) })

  if (preview) {
    return (
      <View className='legal arb'>
        <ArbitrationDoc draft={draft} />
        <View className='legal__actions arb__noprint'>
          {process.env.TARO_ENV === 'h5' ? <Button type='primary' size='large' block onClick={() => window.print()}>打印</Button> : null}
          <Button type={process.env.TARO_ENV === 'h5' ? 'default' : 'primary'} size='large' block onClick={copy}>复制全文</Button>
          <Button size='large' block onClick={() => setPreview(false)}>返回修改</Button>
          <Text className='muted'>打印一式两份（被申请人每多一个加一份），签名后连同证据复印件交到仲裁委员会。仲裁不收费。</Text>
        </View>
      </View>
    )
  }
  return (
    <View className='legal arb'>
      <View className='section legal__intro arb__noprint'>
        <Text>按提示填好，生成可以打印的劳动仲裁申请书。没填的地方会留空，可以打印后手写。</Text>
      </View>
      <DraftForm draft={draft} update={update} towns={towns} />
      <View className='section arb__noprint'>
        <DateField label='申请日期' value={draft.date} onChange={(d) => update({ date: d })} fields={{}} name='date' />
      </View>
      <View className='legal__actions arb__noprint'>
        <Button type='primary' size='large' block onClick={() => setPreview(true)}>生成申请书</Button>
      </View>
    </View>
  )
}

export default withTextScale(ArbitrationPage)
