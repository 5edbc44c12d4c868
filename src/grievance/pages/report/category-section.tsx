import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CATEGORY_HINTS, CATEGORY_LABELS, GRIEVANCE_CATEGORIES } from '../../../../types/grievance-labels'
import type { Collective } from '../../../services/grievance'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import { useCollective } from '../../hooks/use-collective'
import type { ReportForm } from '../../report-form'

type Props = {
  form: ReportForm
  update: (patch: Partial<ReportForm>) => void
  fields: Record<string, string>
  onJoin: (c: Collective) => void
}

/** 问题类型, each with one plain sentence; and, when co-workers already reported the same, "我也遇到了". */
export default function CategorySection({ form, update, fields, onJoin }: Props) {
  const collective = useCollective(form.unitMode === 'directory' ? form.enterprise?.id ?? null : null, form.category)
  return (
    <View className='section'>
      <Text className='section-title'>2. 遇到了什么问题？</Text>
      {GRIEVANCE_CATEGORIES.map((c) => (
        <Choice key={c} title={CATEGORY_LABELS[c]} hint={CATEGORY_HINTS[c]} on={form.category === c} onClick={() => update({ category: c })} />
      ))}
      <FieldError fields={fields} name='category' />
      {collective ? (
        <View className='report__collective'>
          <Text className='report__collective-text'>
            这个单位已有 {collective.participantCount} 位职工反映了同样的问题，正在办理中。如果是同一件事，可以一起反映。
          </Text>
          <Text className='muted'>一起反映不会让别人知道您是谁，也看不到别人是谁。</Text>
          <Button type='primary' block onClick={() => onJoin(collective)}>我也遇到了</Button>
        </View>
      ) : null}
    </View>
  )
}
