import { View, Text } from '@tarojs/components'
import Choice from '../../components/choice'
import type { PlanView } from '../../services/mutual-aid'
import { dayLabel, planTitle, yuan } from '../format'

/** Which plan an officer acts on: each plan as a card with its year, fee and enrolment window. */
export default function PlanPicker({ plans, value, onChange }: { plans: PlanView[]; value: string | null; onChange: (id: string) => void }) {
  if (plans.length === 0) return <Text className='muted'>还没有互助计划，请市总工会管理员先设置计划。</Text>
  return (
    <View role='radiogroup' aria-label='互助计划'>
      {plans.map((p) => (
        <Choice key={p.id} title={planTitle(p)} on={value === p.id} onClick={() => onChange(p.id)}
          hint={`每人每年 ${yuan(p.feePerPerson)} · 登记期 ${dayLabel(p.enrolFrom)} 至 ${dayLabel(p.enrolTo)}`}
        />
      ))}
    </View>
  )
}

/** The plan open for enrolment today, else the newest. */
export function defaultPlan(plans: PlanView[], today: string): string | null {
  return (plans.find((p) => p.enrolFrom <= today && today <= p.enrolTo) ?? plans[0])?.id ?? null
}
