import { View, Text } from '@tarojs/components'
import type { Org } from '../../../../types/directory'
import Choice from '../../../components/choice'
import EnterprisePicker from '../../../components/enterprise-picker'
import FieldError from '../../../components/field-error'
import type { AskForm, UnitMode } from '../../ask-form'

type Props = { form: AskForm; update: (patch: Partial<AskForm>) => void; fields: Record<string, string>; towns: Org[] }

const MODES: [UnitMode, string][] = [['none', '不填'], ['directory', '搜索单位'], ['typed', '直接填写']]

/** Optional: the employer (directory or typed) and/or its town, so a town's own lawyers can answer. */
export default function UnitSection({ form, update, fields, towns }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>3. 单位和所在镇（街道）（可以不填）</Text>
      <Text className='muted'>填了镇（街道），当地工会有律师的就由当地律师解答；单位不会知道您来咨询。</Text>
      <View className='legal__row'>
        {MODES.map(([mode, title]) => (
          <Choice key={mode} compact title={title} on={form.unitMode === mode} onClick={() => update({ unitMode: mode })} />
        ))}
      </View>
      <EnterprisePicker block='ask' mode={form.unitMode} value={form} update={update} fields={fields} towns={towns} />
      <FieldError fields={fields} name='enterpriseId' />
      <FieldError fields={fields} name='townId' />
    </View>
  )
}
