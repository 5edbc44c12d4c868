import { View, Text } from '@tarojs/components'
import type { Org } from '../../../types/directory'
import { OCCUPATIONS } from '../../../types/membership-labels'
import Choice from '../../components/choice'
import EnterprisePicker from '../../components/enterprise-picker'
import FieldError from '../../components/field-error'
import EmployerBlindSwitch from './employer-blind-switch'
import type { WorkplaceForm, WorkplaceMode } from './workplace-form'
import './workplace-picker.scss'

type Props = {
  title: string
  form: WorkplaceForm
  update: (patch: Partial<WorkplaceForm>) => void
  fields: Record<string, string>
  /** The town federations (`directory.listTowns`), loaded once by the page. */
  towns: Org[]
}

const MODES: [WorkplaceMode, string][] = [['directory', '搜索单位'], ['typed', '直接填写'], ['none', '无固定单位 / 新就业形态']]

/**
 * 工作单位: find it in the directory (name or credit code), or type its name and pick the town, or say 无固定单位
 * and give the occupation and the town one lives in. With an employer, the 入会不惊动单位 switch follows.
 */
export default function WorkplacePicker({ title, form, update, fields, towns }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>{title}</Text>
      <View className='mworkplace__row'>
        {MODES.map(([mode, label]) => (
          <Choice key={mode} compact title={label} on={form.mode === mode} onClick={() => update({ mode })} />
        ))}
      </View>

      <EnterprisePicker block='mworkplace' mode={form.mode} value={form} update={update} fields={fields} towns={towns} />

      {form.mode === 'none' ? (
        <View>
          <Text className='mworkplace__label'>您做什么工作？</Text>
          <View className='mworkplace__row'>
            {OCCUPATIONS.map((o) => (
              <Choice key={o} compact title={o} on={form.occupation === o} onClick={() => update({ occupation: o })} />
            ))}
          </View>
          <FieldError fields={fields} name='occupation' />
          <Text className='mworkplace__label'>您住在哪个镇（街道）？</Text>
          <View className='mworkplace__row'>
            {towns.map((t) => (
              <Choice key={t.id} compact title={t.name} on={form.residenceTownId === t.id} onClick={() => update({ residenceTownId: t.id })} />
            ))}
          </View>
          <FieldError fields={fields} name='residenceTownId' />
        </View>
      ) : null}
      <FieldError fields={fields} name='enterpriseId' />
      <FieldError fields={fields} name='noFixedEmployer' />

      {form.mode === 'none' ? null : <EmployerBlindSwitch on={form.employerBlind} onChange={(on) => update({ employerBlind: on })} />}
      <FieldError fields={fields} name='employerBlind' />
    </View>
  )
}
