import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useEnterpriseSearch } from '../../../directory/hooks/use-enterprise-search'
import { useTowns } from '../../../directory/hooks/use-towns'
import Choice from '../../components/choice'
import FieldError from '../../components/field-error'
import type { ReportForm, UnitMode } from '../../report-form'

type Props = { form: ReportForm; update: (patch: Partial<ReportForm>) => void; fields: Record<string, string> }

const MODES: [UnitMode, string][] = [['directory', '搜索单位'], ['typed', '直接填写'], ['unsure', '不确定']]

/** 单位: find it in the directory, or type its name and pick the town, or say 不确定. */
export default function UnitSection({ form, update, fields }: Props) {
  const towns = useTowns()
  const { state, search } = useEnterpriseSearch()
  const [q, setQ] = useState('')
  const townName = (id: string) => towns.find((t) => t.id === id)?.name ?? ''

  return (
    <View className='section'>
      <Text className='section-title'>1. 您在哪个单位工作？</Text>
      <View className='report__row'>
        {MODES.map(([mode, title]) => (
          <Choice key={mode} compact title={title} on={form.unitMode === mode} onClick={() => update({ unitMode: mode })} />
        ))}
      </View>

      {form.unitMode === 'directory' && form.enterprise ? (
        <View className='report__picked'>
          <Text className='report__picked-name'>{form.enterprise.name}</Text>
          <Text className='muted'>{townName(form.enterprise.townId)}</Text>
          <View className='link' onClick={() => update({ enterprise: null })}>重新选择</View>
        </View>
      ) : null}
      {form.unitMode === 'directory' && !form.enterprise ? (
        <View>
          <View className='report__search'>
            <Input
              className={`text-input report__grow ${state.fields.q ? 'text-input--invalid' : ''}`}
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
            <View key={e.id} className='report__hit' onClick={() => update({ enterprise: e })}>
              <Text className='report__picked-name'>{e.name}</Text>
              <Text className='muted'>{townName(e.townId)} · 点此选择</Text>
            </View>
          ))}
        </View>
      ) : null}

      {form.unitMode === 'typed' ? (
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
          <Text className='report__label'>单位在哪个镇（街道）？</Text>
          <View className='report__row'>
            {[{ id: null, name: '不知道' }, ...towns].map((t) => (
              <Choice key={t.id ?? 'none'} compact title={t.name} on={form.townId === t.id} onClick={() => update({ townId: t.id })} />
            ))}
          </View>
          <FieldError fields={fields} name='townId' />
        </View>
      ) : null}
      {form.unitMode === 'unsure' ? <Text className='muted'>没关系，工会会帮您确认该由哪里处理。</Text> : null}
      <FieldError fields={fields} name='enterpriseId' />
    </View>
  )
}
