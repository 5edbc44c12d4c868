import { View, Text, Input } from '@tarojs/components'
import type { Org } from '../../../../types/directory'
import { AID_HELP, AID_HELP_LABELS, MEANS_TEST_LABELS, type MeansTest } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import EnterprisePicker from '../../../components/enterprise-picker'
import FieldError from '../../../components/field-error'
import type { LegalParameters } from '../../../services/legal'
import type { AidForm } from '../../aid-form'
import type { UnitMode } from '../../ask-form'

type Props = { form: AidForm; update: (patch: Partial<AidForm>) => void; fields: Record<string, string> }

const MODES: [UnitMode, string][] = [['none', '不填'], ['directory', '搜索单位'], ['typed', '直接填写']]

export function UnitSection({ form, update, fields, towns }: Props & { towns: Org[] }) {
  return (
    <View className='section'>
      <Text className='section-title'>2. 和哪个单位的争议？</Text>
      <Text className='muted'>填了镇（街道），由当地总工会审查；单位不会知道您申请了援助。</Text>
      <View className='legal__row'>
        {MODES.map(([mode, title]) => <Choice key={mode} compact title={title} on={form.unitMode === mode} onClick={() => update({ unitMode: mode })} />)}
      </View>
      <EnterprisePicker block='aid' mode={form.unitMode} value={form} update={update} fields={fields} towns={towns} />
      <FieldError fields={fields} name='enterpriseId' />
    </View>
  )
}

/** 需要的帮助: one or more (a multi-select of large cards). */
export function HelpSection({ form, update, fields }: Props) {
  const toggle = (h: (typeof AID_HELP)[number]) =>
    update({ help: form.help.includes(h) ? form.help.filter((x) => x !== h) : AID_HELP.filter((x) => x === h || form.help.includes(x)) })
  return (
    <View className='section'>
      <Text className='section-title'>4. 需要工会律师帮您做什么？（可多选）</Text>
      <View className='legal__row' role='group' aria-label='需要的帮助'>
        {AID_HELP.map((h) => (
          <View key={h} className={`choice choice--compact ${form.help.includes(h) ? 'choice--on' : ''}`} role='checkbox' aria-checked={form.help.includes(h)} onClick={() => toggle(h)}>
            <View className='choice__head'>
              <Text className='choice__mark'>{form.help.includes(h) ? '☑' : '☐'}</Text>
              <Text className='choice__title'>{AID_HELP_LABELS[h]}</Text>
            </View>
          </View>
        ))}
      </View>
      <FieldError fields={fields} name='help' />
    </View>
  )
}

function YesNo({ title, hint, value, onChange, fields, name }: { title: string; hint: string; value: boolean | null; onChange: (v: boolean) => void; fields: Record<string, string>; name: string }) {
  return (
    <View className='legal__field'>
      <Text className='legal__label'>{title}</Text>
      <Text className='muted'>{hint}</Text>
      <View className='legal__row' role='radiogroup' aria-label={title}>
        <Choice compact title='是' on={value === true} onClick={() => onChange(true)} />
        <Choice compact title='否' on={value === false} onClick={() => onChange(false)} />
      </View>
      <FieldError fields={fields} name={name} />
    </View>
  )
}

/** 经济状况, and the means test the union will apply, worked out as the worker answers (before anything is sent). */
export function MeansSection({ form, update, fields, params, outcome }: Props & { params: LegalParameters | null; outcome: MeansTest | null }) {
  return (
    <View className='section'>
      <Text className='section-title'>5. 经济状况</Text>
      <YesNo title='是进城务工人员（农民工）吗？' hint='进城务工人员追讨工资或工伤赔偿，不审查经济状况。' value={form.migrantWorker}
        onChange={(v) => update({ migrantWorker: v })} fields={fields} name='migrantWorker'
      />
      <YesNo title='是工会建档的困难职工吗？' hint='困难职工不审查经济状况。' value={form.hardship} onChange={(v) => update({ hardship: v })} fields={fields} name='hardship' />
      <Text className='legal__label'>家庭人均月收入（元）</Text>
      <Input className={`text-input ${fields.householdIncomePerPerson ? 'text-input--invalid' : ''}`} type='digit' value={form.income} maxlength={12}
        placeholder='全家每月总收入 ÷ 家庭人口' aria-label='家庭人均月收入' onInput={(e) => update({ income: e.detail.value })}
      />
      <FieldError fields={fields} name='householdIncomePerPerson' />
      {params ? <Text className='muted'>{params.year} 年援助标准：家庭人均月收入不超过 {params.aidIncomeThreshold} 元{params.demo ? '（演示数值）' : ''}。</Text> : null}
      <View className={`aid__means aid__means--${outcome ?? 'none'}`} role='status'>
        <Text className='aid__means-title'>经济状况审查结果（预计）</Text>
        <Text>{outcome ? MEANS_TEST_LABELS[outcome] : '回答上面的问题后，这里会显示结果。'}</Text>
      </View>
    </View>
  )
}
