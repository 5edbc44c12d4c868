import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import { BENEFIT_LABELS } from '../../../../types/mutual-aid-labels'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { mutualAidApi, type PlanView } from '../../../services/mutual-aid'
import { dayLabel, percent, planTitle, shanghaiToday, yuan } from '../../format'
import { emptyPlan, toPlanForm, type PlanForm } from '../../plan-form'
import PlanEditor from './plan-editor'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

function PlanCard({ plan, onEdit }: { plan: PlanView; onEdit: () => void }) {
  return (
    <View className='ma__row-card' role='button' onClick={onEdit}>
      <View className='ma__row-head'>
        <Text className='ma__v'>{planTitle(plan)}</Text>
        {plan.locked ? <Text className='ma__tag'>已有理赔 · 金额规则已锁定</Text> : null}
      </View>
      <Text className='muted'>保障 {dayLabel(plan.coverFrom)} 至 {dayLabel(plan.coverTo)} · 登记 {dayLabel(plan.enrolFrom)} 至 {dayLabel(plan.enrolTo)}</Text>
      <Text className='muted'>
        每人 {yuan(plan.feePerPerson)} · 年度最高 {yuan(plan.annualCap)} · 抽检 {percent(plan.sampleRate)} · {plan.benefits.map((b) => BENEFIT_LABELS[b.kind]).join('、')}
      </Text>
    </View>
  )
}

/** 互助计划 (city admin): the plans by year; a new year is a new plan, no code change. */
function PlansPage() {
  const [plans, setPlans] = useState<PlanView[] | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const [editing, setEditing] = useState<{ form: PlanForm; locked: boolean } | null>(null)
  const load = useCallback(async () => {
    const res = await mutualAidApi.plans()
    if (res.ok) setPlans(res.data.items)
    else setError(res.error)
  }, [])
  useEffect(() => void load(), [load])
  if (editing) {
    const done = async () => {
      setEditing(null)
      await load()
    }
    return <DeskLayout active='mutual-aid'><PlanEditor initial={editing.form} locked={editing.locked} onDone={done} onCancel={() => setEditing(null)} /></DeskLayout>
  }
  const year = Number(shanghaiToday().slice(0, 4)) + 1
  return (
    <DeskLayout active='mutual-aid'>
      <View className='ma'>
        {error ? <ErrorNotice error={error} onRetry={() => void load()} /> : null}
        {plans && plans.length === 0 ? <EmptyState title='还没有互助计划' hint='新建一个计划：年度、会费、期限、额度和保障项目。' /> : null}
        <View className='ma__list'>
          {(plans ?? []).map((p) => <PlanCard key={p.id} plan={p} onEdit={() => setEditing({ form: toPlanForm(p), locked: p.locked })} />)}
        </View>
        <View className='ma__actions'>
          <Button type='primary' size='large' block onClick={() => setEditing({ form: emptyPlan(year), locked: false })}>新建计划</Button>
        </View>
      </View>
    </DeskLayout>
  )
}

export default withTextScale(PlansPage)
