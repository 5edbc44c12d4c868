import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { Enterprise, Org } from '../../../types/directory'
import { useEnterpriseSearch } from '../../hooks/use-enterprise-search'
import Choice from '../choice'
import ErrorNotice from '../error-notice'
import FieldError from '../field-error'
import './index.scss'

/** The part of a form that names an employer: picked from the directory, or typed with its town. */
export type EnterpriseValue = { enterprise: Enterprise | null; enterpriseName: string; townId: string | null }

type Props = {
  /** How the employer is given; any other mode of the page's own (不确定, 无固定单位) shows nothing here. */
  mode: string
  value: EnterpriseValue
  update: (patch: Partial<EnterpriseValue>) => void
  fields: Record<string, string>
  /** The town federations (`directory.listTowns`). */
  towns: Org[]
  /** The page's BEM block, mixed into the result and picked cards (`report__hit`): the browser journeys tap them. */
  block: string
}

/**
 * 搜索单位 (name or credit code, a result tapped to pick it) or 直接填写 (name and the town, or 不知道). Stays mounted
 * while the page switches modes, so the typed query and the results survive a detour.
 */
export default function EnterprisePicker({ mode, value, update, fields, towns, block }: Props) {
  const { state, search } = useEnterpriseSearch()
  const [q, setQ] = useState('')
  const townName = (id: string) => towns.find((t) => t.id === id)?.name ?? ''

  if (mode === 'directory' && value.enterprise) {
    return (
      <View className={`epicker__picked ${block}__picked`}>
        <Text className='epicker__name'>{value.enterprise.name}</Text>
        <Text className='muted'>{townName(value.enterprise.townId)}</Text>
        <View className='link' onClick={() => update({ enterprise: null })}>重新选择</View>
      </View>
    )
  }
  if (mode === 'directory') {
    return (
      <View>
        <View className='epicker__search'>
          <Input
            className={`text-input epicker__grow ${state.fields.q ? 'text-input--invalid' : ''}`}
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
          <View key={e.id} className={`epicker__hit ${block}__hit`} onClick={() => update({ enterprise: e })}>
            <Text className='epicker__name'>{e.name}</Text>
            <Text className='muted'>{townName(e.townId)} · 点此选择</Text>
          </View>
        ))}
      </View>
    )
  }
  if (mode !== 'typed') return null
  return (
    <View>
      <Input
        className={`text-input ${fields.enterpriseName ? 'text-input--invalid' : ''}`}
        value={value.enterpriseName}
        placeholder='单位名称'
        aria-label='单位名称'
        maxlength={100}
        onInput={(e) => update({ enterpriseName: e.detail.value })}
      />
      <FieldError fields={fields} name='enterpriseName' />
      <Text className='epicker__label'>单位在哪个镇（街道）？</Text>
      <View className='epicker__row'>
        {[{ id: null, name: '不知道' }, ...towns].map((t) => (
          <Choice key={t.id ?? 'none'} compact title={t.name} on={value.townId === t.id} onClick={() => update({ townId: t.id })} />
        ))}
      </View>
      <FieldError fields={fields} name='townId' />
    </View>
  )
}
