import { useCallback, useEffect, useState } from 'react'
import { View, Text, Input, Textarea, Button } from '@tarojs/components'
import { FINDINGS_MAX, RADAR_TEXT, type RadarRowView, type RadarVisitView } from '../../../../types/radar-labels'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { radarApi } from '../../../services/radar'

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
const newRequestId = () => `rv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

type Props = { townId: string; row: RadarRowView; onSaved: () => Promise<void> }

/** One enterprise: why it scores, its 法律体检 visits, and the form that records one (after a confirmation). */
export default function RadarDetail({ townId, row, onSaved }: Props) {
  const [visits, setVisits] = useState<RadarVisitView[]>([])
  const [date, setDate] = useState(today)
  const [findings, setFindings] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const loadVisits = useCallback(async () => {
    const res = await radarApi.visits({ townId, enterpriseId: row.enterpriseId })
    if (res.ok) setVisits(res.data.items)
  }, [townId, row.enterpriseId])
  useEffect(() => void loadVisits(), [loadVisits])
  const action = useConfirmedAction(async () => {
    await Promise.all([loadVisits(), onSaved()])
  })

  async function save() {
    const text = findings.trim()
    if (!text) return action.setFields({ findings: '请填写体检发现' })
    if (text.length > FINDINGS_MAX) return action.setFields({ findings: `体检发现不能超过 ${FINDINGS_MAX} 个字` })
    const done = await action.run(
      { title: RADAR_TEXT.visitConfirm, content: `${row.name}，${date}` },
      () => radarApi.visit({ enterpriseId: row.enterpriseId, date, findings: text, requestId }),
      RADAR_TEXT.visitSaved,
    )
    if (done) {
      setFindings('')
      setRequestId(newRequestId())
    }
  }

  return (
    <View className='radar-detail'>
      <Text className='radar-detail__name'>{row.name}</Text>
      <Text className={`radar-detail__score ${row.overThreshold ? 'radar__score--over' : ''}`}>风险分 {row.score}{row.overThreshold ? '（已超过预警线）' : ''}</Text>
      <View className='radar-detail__reasons' role='list' aria-label='评分原因'>
        {row.reasons.map((r) => (
          <View key={r.text} role='listitem' className='radar-detail__reason'><Text>{r.text}</Text><Text className='muted'> +{r.points}</Text></View>
        ))}
      </View>
      <Text className='radar-detail__heading'>{RADAR_TEXT.visitTitle}记录</Text>
      {visits.length === 0 ? <Text className='muted'>还没有法律体检记录</Text> : visits.map((v) => (
        <View key={v.id} className='radar-detail__visit'><Text className='radar-detail__visit-date'>{v.date}</Text><Text>{v.findings}</Text></View>
      ))}
      <Text className='radar-detail__heading'>记录一次{RADAR_TEXT.visitTitle}</Text>
      <Text className='radar__label'>体检日期（年-月-日）</Text>
      <Input className='text-input' value={date} aria-label='体检日期' onInput={(e) => setDate(e.detail.value.trim())} />
      <FieldError fields={action.fields} name='date' />
      <Text className='radar__label'>体检发现</Text>
      <Textarea className='text-input radar-detail__findings' value={findings} maxlength={FINDINGS_MAX} aria-label='体检发现'
        placeholder='例如：工资发放、劳动合同、社保缴纳、安全生产的情况和整改建议' onInput={(e) => setFindings(e.detail.value)}
      />
      <Text className='muted'>{findings.trim().length}/{FINDINGS_MAX}</Text>
      <FieldError fields={action.fields} name='findings' />
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button className='radar-detail__save' type='primary' disabled={action.busy} onClick={() => void save()}>记录体检</Button>
    </View>
  )
}
