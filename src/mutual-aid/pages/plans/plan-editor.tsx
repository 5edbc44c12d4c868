import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi } from '../../../services/mutual-aid'
import DateField from '../../components/date-field'
import TextField from '../../components/text-field'
import { checkPlan, formKeyOf, MONEY_KEYS, nextVersion, toPlan, type PlanForm } from '../../plan-form'

type Props = { initial: PlanForm; locked: boolean; onDone: () => Promise<void>; onCancel: () => void }

/** One plan: windows, caps, sample rate, and the benefits list. A locked plan keeps its money rules; say why. */
export default function PlanEditor({ initial, locked: wasLocked, onDone, onCancel }: Props) {
  const [f, setF] = useState<PlanForm>(initial)
  const [locked, setLocked] = useState(wasLocked)
  const action = useConfirmedAction(onDone)
  const set = (patch: Partial<PlanForm>) => setF((x) => ({ ...x, ...patch }))
  const field = (key: keyof PlanForm, label: string, type: 'text' | 'digit' | 'number' = 'digit', hint?: string) => (
    <View className={locked && MONEY_KEYS.includes(key) ? 'ma__locked' : ''}>
      <TextField label={label} name={key} type={type} hint={hint} value={String(f[key] ?? '')} fields={action.fields} onChange={(v) => !(locked && MONEY_KEYS.includes(key)) && set({ [key]: v })} />
    </View>
  )
  const save = async () => {
    const problems = checkPlan(f)
    if (Object.keys(problems).length) return action.setFields(problems)
    // The server names fields by path (`plan.benefits.0.ratio`): shown under the form's own inputs.
    const send = async () => {
      const res = await mutualAidApi.savePlan(toPlan(f))
      const named = !res.ok && res.error.fields ? Object.fromEntries(Object.entries(res.error.fields).map(([k, v]) => [formKeyOf(k, f), v])) : null
      return named && !res.ok ? { ...res, error: { ...res.error, fields: named } } : res
    }
    await action.run({ title: f.id ? '保存修改？' : '新建计划？', content: '保存后，工会和会员看到的计划随即更新。' }, send, '已保存')
  }
  const dates = (key: 'coverFrom' | 'coverTo' | 'enrolFrom' | 'enrolTo', label: string) =>
    <DateField label={label} name={key} value={f[key]} fields={action.fields} onChange={(d) => set({ [key]: d })} />
  return (
    <View className='ma'>
      {locked ? (
        <View className='section ma__intro' role='note'>
          <Text>这个计划已经有理赔，会费、额度、起付线、比例等金额规则不能再修改：已提交的申请按提交时的规则计算，改了会对不上。要调整，请另存为新版本。</Text>
          <Button block onClick={() => { setF(nextVersion(f)); setLocked(false) }}>另存为新版本</Button>
        </View>
      ) : null}
      <View className='section'>
        <Text className='section-title'>基本信息</Text>
        {field('name', '计划名称', 'text')}
        {field('year', '年度', 'number')}
        {field('feePerPerson', '每人每年会费（元）')}
      </View>
      <View className='section'>
        <Text className='section-title'>期限</Text>
        {dates('coverFrom', '保障开始日期')}
        {dates('coverTo', '保障结束日期')}
        {dates('enrolFrom', '登记开始日期')}
        {dates('enrolTo', '登记截止日期')}
        {field('waitingDays', '等待期（天）', 'number', '登记期后参保的，从登记日起算')}
        {field('claimWithinDays', '申请期限（出院后天数）', 'number')}
      </View>
      <View className='section'>
        <Text className='section-title'>额度与复核</Text>
        {field('annualCap', '每人年度最高互助金（元）')}
        {field('reviewThreshold', '复核金额线（元）', 'digit', '达到这个金额的申请需要两位干部审批')}
        {field('samplePercent', '随机抽检比例（%）', 'digit', '按比例随机抽取申请，由第二位干部复核')}
      </View>
      <View className='section'>
        <Text className='section-title'>保障项目</Text>
        <View className='ma__row'>
          <Choice compact title='住院' on={f.inpatient} onClick={() => !locked && set({ inpatient: !f.inpatient })} />
          <Choice compact title='重大疾病' on={f.critical} onClick={() => !locked && set({ critical: !f.critical })} />
        </View>
        <FieldError fields={action.fields} name='benefits' />
        {f.inpatient ? <View>{field('deductible', '住院起付线（元）')}{field('ratioPercent', '互助比例（%）')}{field('perStayCap', '每次住院最高（元）')}</View> : null}
        {f.critical ? (
          <View className={locked ? 'ma__locked' : ''}>
            {field('lumpSum', '重大疾病一次性互助金（元）')}
            <Text className='ma__label'>重大疾病病种（一行一种）</Text>
            <Textarea className='ma__textarea' value={f.diseases} maxlength={5000} aria-label='重大疾病病种' onInput={(e) => !locked && set({ diseases: e.detail.value })} />
            <FieldError fields={action.fields} name='diseases' />
          </View>
        ) : null}
      </View>
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <View className='ma__actions'>
        <Button type='primary' size='large' block loading={action.busy} onClick={() => void save()}>保存</Button>
        <Button size='large' block onClick={onCancel}>返回</Button>
      </View>
    </View>
  )
}
