import { View, Text } from '@tarojs/components'
import Choice from '../../../components/choice'
import EnterprisePicker from '../../../components/enterprise-picker'
import FieldError from '../../../components/field-error'
import { useTowns } from '../../../hooks/use-towns'
import type { ReportForm, UnitMode } from '../../report-form'

type Props = { form: ReportForm; update: (patch: Partial<ReportForm>) => void; fields: Record<string, string> }

const MODES: [UnitMode, string][] = [['directory', '搜索单位'], ['typed', '直接填写'], ['unsure', '不确定']]

/** 单位: find it in the directory, or type its name and pick the town, or say 不确定. */
export default function UnitSection({ form, update, fields }: Props) {
  const towns = useTowns()

  return (
    <View className='section'>
      <Text className='section-title'>1. 您在哪个单位工作？</Text>
      <View className='report__row'>
        {MODES.map(([mode, title]) => (
          <Choice key={mode} compact title={title} on={form.unitMode === mode} onClick={() => update({ unitMode: mode })} />
        ))}
      </View>

      <EnterprisePicker block='report' mode={form.unitMode} value={form} update={update} fields={fields} towns={towns} />
      {form.unitMode === 'unsure' ? <Text className='muted'>没关系，工会会帮您确认该由哪里处理。</Text> : null}
      <FieldError fields={fields} name='enterpriseId' />
    </View>
  )
}
