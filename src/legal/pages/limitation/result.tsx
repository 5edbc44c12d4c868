import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { dayLabel } from '../../../../types/legal/days'
import type { Limitation } from '../../../../types/legal/limitation'
import ErrorNotice from '../../../components/error-notice'
import type { LegalCategory } from '../../../../types/legal-labels'
import type { useLimitation } from '../../hooks/use-limitation'
import { aidFormUrl } from '../../links'

type Props = { result: Limitation & { estimated: boolean }; category: LegalCategory; remind: ReturnType<typeof useLimitation>['remind']; onRemind: () => void }

/** The deadline, how many days are left, why (formula lines and the statute), reminders, and legal aid when it is urgent. */
export default function ClockResult({ result, category, remind, onRemind }: Props) {
  const { deadline, daysLeft } = result
  return (
    <View className={`section ${result.urgent ? 'clock__urgent' : ''}`}>
      <Text className='section-title'>计算结果</Text>
      {deadline === null ? <Text className='legal__big'>目前还没有开始计算时效</Text> : (
        <View>
          <Text>最晚在这一天申请劳动仲裁：</Text>
          <Text className='clock__deadline'>{dayLabel(deadline)}</Text>
          <Text className='legal__big'>{result.expired ? '已经过了截止日' : `还有 ${daysLeft} 天`}</Text>
          {result.estimated ? <Text className='muted'>（{deadline.slice(0, 4)} 年的节假日安排还没有载入，遇节假日是否顺延按周末推算，请以仲裁委为准）</Text> : null}
        </View>
      )}
      {result.basis.map((line) => <Text key={line} className='clock__basis'>{line}</Text>)}
      {result.urgent ? (
        <View>
          <Text className='legal__warn'>不到 7 天了！请马上申请仲裁。可以申请法律援助：情况紧急的，可以先提供援助、再补审查（《法律援助法》第四十四条）。</Text>
          <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: aidFormUrl({ category, limitationDeadline: deadline }) })}>
            申请法律援助
          </Button>
        </View>
      ) : null}
      {deadline !== null && !result.expired ? (
        <View className='legal__actions'>
          {remind.done ? (
            <Text className='clock__reminders'>
              {remind.done.reminders.length
                ? `已设置提醒：${remind.done.reminders.map((r) => `${dayLabel(r.dueDay)}（截止前 ${r.daysBefore} 天）`).join('、')}，到时在“消息”里提醒您。`
                : '离截止日太近，来不及提前提醒了，请尽快行动。'}
            </Text>
          ) : (
            <Button size='large' block loading={remind.busy} onClick={onRemind}>提醒我（截止前 60、30、7 天）</Button>
          )}
          {remind.error ? <ErrorNotice error={remind.error} onRetry={onRemind} /> : null}
        </View>
      ) : null}
    </View>
  )
}
