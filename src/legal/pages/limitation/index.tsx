import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { LEGAL_CATEGORIES, LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import DateField from '../../components/date-field'
import { shanghaiToday } from '../../format'
import { useLimitation } from '../../hooks/use-limitation'
import ClockResult from './result'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/** 仲裁时效: the last day to apply for labour arbitration, computed on the device from the dates the worker gives. */
function LimitationPage() {
  const { calendar, form, update, fields, result, compute, remind, askReminders } = useLimitation()
  const today = shanghaiToday()
  const wage = form.category === 'wage'
  const setInterruption = (i: number, day: string | null) =>
    update({ interruptions: day === null ? form.interruptions.filter((_, j) => j !== i) : form.interruptions.map((d, j) => (j === i ? day : d)) })
  return (
    <View className='legal'>
      <View className='section legal__intro'>
        <Text>劳动争议要在一年内申请仲裁（劳动争议调解仲裁法第二十七条）。填几个日期，马上算出最晚哪一天。</Text>
      </View>
      <View className='section'>
        <Text className='section-title'>1. 什么问题？</Text>
        <View className='legal__row'>
          {LEGAL_CATEGORIES.map((c) => <Choice key={c} compact title={LEGAL_CATEGORY_LABELS[c]} on={form.category === c} onClick={() => update({ category: c })} />)}
        </View>
        <FieldError fields={fields} name='category' />
      </View>
      <View className='section'>
        <Text className='section-title'>2. 日期</Text>
        <DateField label={wage ? '哪天开始欠薪（或少发）？' : '哪天知道（或应当知道）自己的权利被侵害？'} value={form.knewAt} end={today}
          onChange={(d) => update({ knewAt: d })} fields={fields} name='knewAt'
        />
        {wage ? (
          <View>
            <Text className='legal__label'>现在还在这个单位上班吗？</Text>
            <View className='legal__row'>
              <Choice compact title='还在上班' on={form.employed} onClick={() => update({ employed: true })} />
              <Choice compact title='已经离职' on={!form.employed} onClick={() => update({ employed: false })} />
            </View>
            {form.employed ? null : <DateField label='哪天离职（劳动关系终止）？' value={form.endedAt} onChange={(d) => update({ endedAt: d })} fields={fields} name='employmentEndedAt' />}
          </View>
        ) : null}
      </View>
      <View className='section'>
        <Text className='section-title'>3. 之后有没有讨要或投诉过？（可以不填）</Text>
        <Text className='muted'>向单位讨要过、向劳动监察等部门投诉过、单位答应付钱的日子，时效从那天起重新算一年。</Text>
        {form.interruptions.map((d, i) => (
          <View key={i} className='clock__interruption'>
            <DateField label={`第 ${i + 1} 次`} value={d} end={today} onChange={(day) => setInterruption(i, day)} fields={fields} name={`interruptions.${i}`} />
            <View className='clock__remove' role='button' onClick={() => setInterruption(i, null)}>删除</View>
          </View>
        ))}
        {form.interruptions.length < 20 ? <View className='link' onClick={() => update({ interruptions: [...form.interruptions, ''] })}>＋ 添加一个日期</View> : null}
      </View>
      {calendar.error ? <ErrorNotice error={{ ...calendar.error, message: `节假日安排没有读取成功，暂按周末推算：${calendar.error.message}` }} onRetry={calendar.retry} /> : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block loading={calendar.status === 'loading'} disabled={calendar.status === 'loading'} onClick={compute}>
          {calendar.status === 'loading' ? '正在读取节假日安排…' : '计算'}
        </Button>
      </View>
      {result && form.category ? <ClockResult result={result} category={form.category} remind={remind} onRemind={() => void askReminders()} /> : null}
    </View>
  )
}

export default withTextScale(LimitationPage)
