import { View, Text, Button, Picker } from '@tarojs/components'
import { dueLabel, monthLabel } from '../../../../types/arrears-labels'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { withTextScale } from '../../../components/text-scale'
import { ConfirmCard, FilingForm } from './filing-form'
import History from './history'
import { useFiling } from './use-filing'
import '../../arrears.scss'

/**
 * 欠薪零报告 (issue 13 §1): the filing union's monthly report for its enterprise (a joint union picks which of the
 * enterprises it covers; the town, those with neither union). The due time, the form, a read-back before sending, and
 * the enterprise's own reports.
 */
function FilePage() {
  const f = useFiling()
  const { mine } = f
  let body
  if (f.loadError) body = <ErrorNotice error={f.loadError} onRetry={() => void f.reload()} />
  else if (!mine || !f.month) body = <Text className='muted'>正在加载…</Text>
  else if (mine.enterprises.length === 0) body = <EmptyState title='您的工会没有需要报送的企业' hint='企业工会为本企业报送；联合工会为所覆盖的企业报送；两者都没有的企业由镇（街道）总工会报送。' />
  else {
    const names = mine.enterprises.map((e) => e.name)
    const current = mine.enterprises.find((e) => e.id === f.enterpriseId) ?? mine.enterprises[0]
    body = (
      <View className='arr'>
        <Text className='arr__title'>欠薪零报告</Text>
        <View className='arr__due' role='status'>{monthLabel(mine.month)}的报告须在 {dueLabel(mine.dueBy)} 前报送{mine.dueByEstimated ? '（按周末估算，节假日安排公布后可能调整）' : ''}</View>
        {mine.enterprises.length > 1 ? (
          <Picker mode='selector' range={names} value={Math.max(0, names.indexOf(current.name))} onChange={(e) => f.pick(mine.enterprises[Number(e.detail.value)].id)}>
            <View className='text-input' aria-label='报送企业'>{current.name} ▾</View>
          </Picker>
        ) : <Text className='arr__label'>{current.name}</Text>}
        {f.done ? (
          <View className='arr__done' role='status'>
            {monthLabel(f.done.month)}已报送{f.done.refiled ? '（已更新此前的报告）' : ''}。{f.done.caseId ? '已生成欠薪预警诉求，由工会按时受理。' : ''}
          </View>
        ) : null}
        {f.sendError && !f.sendError.fields ? <ErrorNotice error={f.sendError} /> : null}
        {f.confirming ? (
          <ConfirmCard filing={f.confirming} name={current.name} sending={f.sending} onSend={() => void f.send()} onBack={f.cancel} />
        ) : (
          <View>
            <FilingForm month={f.month} latest={mine.month} onMonth={f.setMonth} draft={f.draft} edit={f.edit} fields={f.fields} />
            <View className='arr__actions'><Button type='primary' onClick={f.review}>下一步：确认</Button></View>
          </View>
        )}
        <Text className='arr__label'>报送记录</Text>
        <History reports={mine.reports} />
      </View>
    )
  }
  return <DeskLayout active='arrears-file'>{body}</DeskLayout>
}

export default withTextScale(FilePage)
