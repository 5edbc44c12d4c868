import { View, Text, Input, Textarea } from '@tarojs/components'
import type { Org } from '../../../../types/directory'
import Choice from '../../../components/choice'
import EnterprisePicker from '../../../components/enterprise-picker'
import type { Draft } from '../../arbitration'

type Props = { draft: Draft; update: (patch: Partial<Draft>) => void; towns: Org[] }

/** The worker fills the applicant; the respondent comes from the directory (name and credit code) or is typed. */
export default function DraftForm({ draft, update, towns }: Props) {
  const text = (key: 'name' | 'idNumber' | 'address' | 'phone' | 'creditCode' | 'respondentAddress' | 'representative' | 'commission', label: string, max = 100) => (
    <View>
      <Text className='legal__label'>{label}</Text>
      <Input className='text-input' value={draft[key]} maxlength={max} placeholder={label} aria-label={label} onInput={(e) => update({ [key]: e.detail.value })} />
    </View>
  )
  const setClaim = (i: number, patch: Partial<Draft['claims'][number]> | null) =>
    update({ claims: patch === null ? draft.claims.filter((_, j) => j !== i) : draft.claims.map((c, j) => (j === i ? { ...c, ...patch } : c)) })
  return (
    <View className='arb__noprint'>
      <View className='section'>
        <Text className='section-title'>申请人（您自己）</Text>
        <Text className='muted'>这些内容只保存在这个页面上，不会上传。不想在手机上填的，可以打印后手写。</Text>
        {text('name', '姓名', 50)}
        <View className='legal__row'>
          {(['男', '女'] as const).map((g) => <Choice key={g} compact title={g} on={draft.gender === g} onClick={() => update({ gender: g })} />)}
        </View>
        {text('idNumber', '身份证号码', 18)}
        {text('address', '住址')}
        {text('phone', '联系电话', 20)}
      </View>
      <View className='section'>
        <Text className='section-title'>被申请人（单位）</Text>
        <View className='legal__row'>
          <Choice compact title='搜索单位' on={draft.unitMode === 'directory'} onClick={() => update({ unitMode: 'directory' })} />
          <Choice compact title='直接填写' on={draft.unitMode === 'typed'} onClick={() => update({ unitMode: 'typed' })} />
        </View>
        <EnterprisePicker block='arb' mode={draft.unitMode} value={draft} update={update} fields={{}} towns={towns} />
        {draft.unitMode === 'directory' && draft.enterprise ? <Text className='muted'>统一社会信用代码：{draft.enterprise.creditCode}</Text> : null}
        {draft.unitMode === 'typed' ? text('creditCode', '统一社会信用代码（可以不填）', 18) : null}
        {text('respondentAddress', '单位地址')}
        {text('representative', '法定代表人或负责人', 50)}
      </View>
      <View className='section'>
        <Text className='section-title'>仲裁请求</Text>
        {draft.claims.map((c, i) => (
          <View key={i} className='arb__claim'>
            <Input className='text-input' value={c.text} maxlength={200} aria-label={`第 ${i + 1} 项请求`} onInput={(e) => setClaim(i, { text: e.detail.value })} />
            <Input className='text-input arb__amount' type='digit' value={c.amount === null ? '' : String(c.amount)} placeholder='金额' aria-label={`第 ${i + 1} 项金额`}
              onInput={(e) => setClaim(i, { amount: /^\d+(\.\d{1,2})?$/.test(e.detail.value) ? Number(e.detail.value) : null })}
            />
            <View className='arb__remove' role='button' onClick={() => setClaim(i, null)}>删除</View>
          </View>
        ))}
        <View className='link' onClick={() => update({ claims: [...draft.claims, { text: '', amount: null }] })}>＋ 添加一项请求</View>
      </View>
      <View className='section'>
        <Text className='section-title'>事实和理由</Text>
        <Textarea className='legal__textarea' value={draft.facts} maxlength={4000} aria-label='事实和理由'
          placeholder='什么时候入职、做什么工作、工资多少，发生了什么，单位怎么说的' onInput={(e) => update({ facts: e.detail.value })}
        />
        {text('commission', '交给哪个仲裁委员会')}
      </View>
    </View>
  )
}
