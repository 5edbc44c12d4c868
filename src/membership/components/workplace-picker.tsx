import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { Org } from '../../../types/directory'
import { OCCUPATIONS } from '../../../types/membership-labels'
import ErrorNotice from '../../components/error-notice'
import { useEnterpriseSearch } from '../../directory/hooks/use-enterprise-search'
import Choice from '../../grievance/components/choice'
import FieldError from '../../grievance/components/field-error'
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
  const { state, search } = useEnterpriseSearch()
  const [q, setQ] = useState('')
  const townName = (id: string) => towns.find((t) => t.id === id)?.name ?? ''

  return (
    <View className='section'>
      <Text className='section-title'>{title}</Text>
      <View className='mworkplace__row'>
        {MODES.map(([mode, label]) => (
          <Choice key={mode} compact title={label} on={form.mode === mode} onClick={() => update({ mode })} />
        ))}
      </View>

      {form.mode === 'directory' && form.enterprise ? (
        <View className='mworkplace__picked'>
          <Text className='mworkplace__name'>{form.enterprise.name}</Text>
          <Text className='muted'>{townName(form.enterprise.townId)}</Text>
          <View className='link' onClick={() => update({ enterprise: null })}>重新选择</View>
        </View>
      ) : null}
      {form.mode === 'directory' && !form.enterprise ? (
        <View>
          <View className='mworkplace__search'>
            <Input
              className={`text-input mworkplace__grow ${state.fields.q ? 'text-input--invalid' : ''}`}
              value={q}
              placeholder='单位名称或统一社会信用代码'
              aria-label='搜索单位'
              confirmType='search'
              onInput={(e) => setQ(e.detail.value)}
              onConfirm={() => void search(q)}
            />
            <Button type='primary' onClick={() => void search(q)}>搜索</Button>
          </View>
          <FieldError fields={state.fields} name='q' />
          {state.error ? <ErrorNotice error={state.error} /> : null}
          {state.status === 'loading' ? <Text className='muted'>正在查询…</Text> : null}
          {state.status === 'done' && !state.error && state.items.length === 0 && !state.fields.q ? (
            <Text className='muted'>没有找到这个单位，可以改选“直接填写”。</Text>
          ) : null}
          {state.items.map((e) => (
            <View key={e.id} className='mworkplace__hit' onClick={() => update({ enterprise: e })}>
              <Text className='mworkplace__name'>{e.name}</Text>
              <Text className='muted'>{townName(e.townId)} · 点此选择</Text>
            </View>
          ))}
        </View>
      ) : null}

      {form.mode === 'typed' ? (
        <View>
          <Input
            className={`text-input ${fields.enterpriseName ? 'text-input--invalid' : ''}`}
            value={form.enterpriseName}
            placeholder='单位名称'
            aria-label='单位名称'
            maxlength={100}
            onInput={(e) => update({ enterpriseName: e.detail.value })}
          />
          <FieldError fields={fields} name='enterpriseName' />
          <Text className='mworkplace__label'>单位在哪个镇（街道）？</Text>
          <View className='mworkplace__row'>
            {[{ id: null, name: '不知道' }, ...towns].map((t) => (
              <Choice key={t.id ?? 'none'} compact title={t.name} on={form.townId === t.id} onClick={() => update({ townId: t.id })} />
            ))}
          </View>
          <FieldError fields={fields} name='townId' />
        </View>
      ) : null}

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
