import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import type { CalcResult } from '../../../../types/legal/calculators'
import { checkCompensation, checkNoContract, checkOvertime, type Checked } from '../../calc-forms'
import CalcResultView from '../../components/calc-result'
import { shanghaiToday } from '../../format'
import { useParameters } from '../../hooks/use-parameters'
import { arbitrationUrl, LEGAL } from '../../links'
import { CompensationFields, NoContractFields, OvertimeFields } from './forms'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

type Kind = 'overtime' | 'no_contract' | 'compensation'
const KINDS: Record<Kind, { title: string; intro: string; check: (v: Record<string, string>) => Checked }> = {
  overtime: { title: '加班费', intro: '小时工资 = 月工资 ÷ 21.75 ÷ 8；工作日加班按 150%、休息日 200%、法定节假日 300% 支付。', check: checkOvertime },
  no_contract: { title: '未签合同二倍工资', intro: '入职满一个月还没签书面劳动合同的，单位每月要多付一倍工资，最多 11 个月。', check: checkNoContract },
  compensation: {
    title: '经济补偿',
    intro: '每工作满一年支付一个月工资；六个月以上不满一年按一年，不满六个月按半个月。2008 年以前的工作年限本计算器不处理。',
    check: checkCompensation,
  },
}

/** 加班费 / 未签合同二倍工资 / 经济补偿, computed on the device; the result shows its lines and legal basis. */
function CalculatorPage() {
  const raw = useRouter().params.kind
  const kind: Kind = raw === 'no_contract' || raw === 'compensation' ? raw : 'overtime'
  const spec = KINDS[kind]
  const today = shanghaiToday()
  const [values, setValues] = useState<Record<string, string>>(kind === 'no_contract' ? { asOf: today, signed: 'no' } : {})
  const [fields, setFields] = useState<Record<string, string>>({})
  const [out, setOut] = useState<{ result: CalcResult; claim: string } | null>(null)
  const { params, error } = useParameters(kind === 'compensation')
  useEffect(() => {
    if (params) setValues((v) => (v.localAverageMonthlyWage ? v : { ...v, localAverageMonthlyWage: String(params.localAverageMonthlyWage) }))
  }, [params])

  const set = (patch: Record<string, string>) => {
    setValues((v) => ({ ...v, ...patch }))
    setFields((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !(k in patch))))
    setOut(null)
  }
  const compute = () => {
    const checked = spec.check(values)
    if ('fields' in checked) return setFields(checked.fields)
    setFields({})
    setOut(checked)
  }
  const form = { values, set, fields }
  return (
    <View className='legal'>
      <View className='section legal__intro'>
        <Text className='section-title'>{spec.title}</Text>
        <Text>{spec.intro}</Text>
      </View>
      {kind === 'overtime' ? <OvertimeFields {...form} /> : null}
      {kind === 'no_contract' ? <NoContractFields {...form} today={today} /> : null}
      {kind === 'compensation' ? <CompensationFields {...form} params={params} /> : null}
      {error && kind === 'compensation' ? <ErrorNotice error={{ ...error, message: `${error.message}。可以自己填写当地月平均工资。` }} /> : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block onClick={compute}>计算</Button>
      </View>
      {out ? (
        <View>
          <CalcResultView title={`${spec.title}：计算结果`} result={out.result} />
          <View className='legal__actions'>
            <Button size='large' block onClick={() => void Taro.navigateTo({ url: arbitrationUrl({ claims: [{ text: out.claim, amount: out.result.amount }] }) })}>
              写进劳动仲裁申请书
            </Button>
            <Button size='large' block onClick={() => void Taro.navigateTo({ url: LEGAL.ask })}>拿不准？问律师</Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}

export default withTextScale(CalculatorPage)
