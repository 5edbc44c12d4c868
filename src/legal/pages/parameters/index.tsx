import { useCallback, useEffect, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import Tabs from '../../../components/tabs'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { useMe } from '../../../hooks/use-me'
import { legalDeskApi, type LegalParameters } from '../../../services/legal'
import { parseYuan } from '../../format'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'

type Draft = { localAverageMonthlyWage: string; minimumMonthlyWage: string; aidIncomeThreshold: string }
const KEYS: [keyof Draft, string, string][] = [
  ['localAverageMonthlyWage', '当地月平均工资（元）', '经济补偿“三倍封顶”的基数'],
  ['minimumMonthlyWage', '最低月工资（元）', ''],
  ['aidIncomeThreshold', '法律援助收入标准（元，可不填）', '家庭人均月收入不超过它即符合经济困难标准；不填则等于最低月工资'],
]
const toDraft = (p: LegalParameters | null): Draft => ({
  localAverageMonthlyWage: p ? String(p.localAverageMonthlyWage) : '', minimumMonthlyWage: p ? String(p.minimumMonthlyWage) : '', aidIncomeThreshold: p ? String(p.aidIncomeThreshold) : '',
})

/** 年度工资参数 (city admin): per year, like the working-day calendar; the calculators and the aid means test read them. */
function ParametersPage() {
  const me = useMe()
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(thisYear)
  const [stored, setStored] = useState<{ p: LegalParameters | null; error: ErrorBody | null; loading: boolean }>({ p: null, error: null, loading: true })
  const [draft, setDraft] = useState<Draft>(toDraft(null))
  const load = useCallback(async () => {
    setStored((s) => ({ ...s, loading: true }))
    const res = await legalDeskApi.parametersFor(year)
    const p = res.ok ? res.data : null
    setStored({ p, error: res.ok || res.error.code === 'LEGAL.NO_PARAMETERS' ? null : res.error, loading: false })
    setDraft(toDraft(p))
  }, [year])
  useEffect(() => void load(), [load])
  const action = useConfirmedAction(load)
  if (me.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (me.state.status === 'error') return <ErrorNotice error={me.state.error} onRetry={() => void me.reload()} />
  const officer = me.state.me.officer
  if (!officer) return <EmptyState title='仅对工会干部开放' />
  const mayEdit = officer.role === 'admin' && officer.org.type === 'city_federation'

  const save = () => {
    const problems: Record<string, string> = {}
    const num = (k: keyof Draft) => parseYuan(draft[k])
    if (!num('localAverageMonthlyWage')) problems.localAverageMonthlyWage = '请填写当地月平均工资（大于 0）'
    if (!num('minimumMonthlyWage')) problems.minimumMonthlyWage = '请填写最低月工资（大于 0）'
    if (draft.aidIncomeThreshold.trim() && num('aidIncomeThreshold') === null) problems.aidIncomeThreshold = '援助收入标准应为金额（元）'
    if (Object.keys(problems).length) return action.setFields(problems)
    const threshold = num('aidIncomeThreshold')
    void action.run({ title: `保存 ${year} 年参数？`, content: '计算器和法律援助经济审查立即按新数值计算。' }, () => legalDeskApi.setParameters({
      year, localAverageMonthlyWage: num('localAverageMonthlyWage')!, minimumMonthlyWage: num('minimumMonthlyWage')!, ...(threshold !== null ? { aidIncomeThreshold: threshold } : {}),
    }), '已保存')
  }
  const years: [string, string][] = [thisYear - 1, thisYear, thisYear + 1].map((y) => [String(y), `${y} 年`])
  return (
    <DeskLayout active='legal-params'>
      <View className='legal ldesk'>
        <Tabs tabs={years} value={String(year)} onChange={(y) => setYear(Number(y))} />
        <View className='section'>
          <Text className='section-title'>{year} 年工资参数</Text>
          {stored.loading ? <Text className='muted'>正在加载…</Text> : null}
          {!stored.loading && !stored.p ? <Text className='legal__warn'>{year} 年还没有设置。没有当年参数时，计算器和援助审查使用上一年的。</Text> : null}
          {stored.p?.demo ? <Text className='legal__warn'>当前是演示数值，请按本市公布的标准修改。</Text> : null}
          {stored.error ? <ErrorNotice error={stored.error} onRetry={() => void load()} /> : null}
          {KEYS.map(([key, label, hint]) => (
            <View key={key}>
              <Text className='legal__label'>{label}</Text>
              {hint ? <Text className='muted'>{hint}</Text> : null}
              <Input className={`text-input ${action.fields[key] ? 'text-input--invalid' : ''}`} type='digit' value={draft[key]} disabled={!mayEdit} aria-label={label}
                maxlength={10} onInput={(e) => setDraft((d) => ({ ...d, [key]: e.detail.value }))}
              />
              <FieldError fields={action.fields} name={key} />
            </View>
          ))}
          {action.error ? <ErrorNotice error={action.error} /> : null}
          {mayEdit ? <Button type='primary' size='large' block loading={action.busy} onClick={save}>保存</Button>
            : <Text className='muted'>工资参数由市总工会管理员设置。</Text>}
        </View>
      </View>
    </DeskLayout>
  )
}

export default withTextScale(ParametersPage)
