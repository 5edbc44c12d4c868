/**
 * The calculator forms as the worker fills them (text in inputs), checked and turned into the pure calculators'
 * inputs (types/legal/calculators.ts, the same code `legal.calculate` runs). Messages match the server's schemas.
 */
import {
  compensation,
  noContractPay,
  overtimePay,
  type CalcResult,
  type CompensationVariant,
} from '../../types/legal/calculators'
import { parseHours, parseYuan } from './format'

export type Checked = { result: CalcResult; claim: string } | { fields: Record<string, string> }
type Values = Record<string, string>

function money(v: Values, key: string, label: string, out: Record<string, string>, positive = false): number {
  const n = parseYuan(v[key] ?? '')
  if (!(v[key] ?? '').trim()) out[key] = `请填写${label}`
  else if (n === null) out[key] = `${label}应为数字，最多保留两位小数`
  else if (positive && n <= 0) out[key] = `${label}应大于 0`
  return n ?? 0
}
function hours(v: Values, key: string, label: string, out: Record<string, string>): number {
  const n = parseHours(v[key] ?? '')
  if (n === null) out[key] = `${label}应为 0–2000 的数字，最多保留两位小数`
  return n ?? 0
}
function day(v: Values, key: string, label: string, out: Record<string, string>): string {
  if (!v[key]) out[key] = `请填写${label}`
  return v[key] ?? ''
}
const done = (out: Record<string, string>, make: () => Checked): Checked => (Object.keys(out).length ? { fields: out } : make())

export function checkOvertime(v: Values): Checked {
  const out: Record<string, string> = {}
  const input = {
    monthlyWage: money(v, 'monthlyWage', '月工资', out),
    weekdayHours: hours(v, 'weekdayHours', '工作日延长工时', out),
    restDayHours: hours(v, 'restDayHours', '休息日加班时长', out),
    holidayHours: hours(v, 'holidayHours', '法定节假日加班时长', out),
  }
  return done(out, () => ({ result: overtimePay(input), claim: '支付加班费' }))
}

export function checkNoContract(v: Values): Checked {
  const out: Record<string, string> = {}
  const monthlyWage = money(v, 'monthlyWage', '月工资', out)
  const startDate = day(v, 'startDate', '入职日期', out)
  const asOf = day(v, 'asOf', '计算截止日期', out)
  const signedDate = v.signed === 'yes' ? day(v, 'signedDate', '签订合同日期', out) : undefined
  if (startDate && signedDate && signedDate < startDate) out.signedDate = '签订合同日期不能早于入职日期'
  if (startDate && asOf && asOf < startDate) out.asOf = '计算截止日期不能早于入职日期'
  return done(out, () => ({ result: noContractPay({ monthlyWage, startDate, asOf, ...(signedDate ? { signedDate } : {}) }), claim: '支付未签订书面劳动合同的二倍工资差额' }))
}

export const VARIANTS: [CompensationVariant, string, string][] = [
  ['N', '经济补偿 N', '协商解除、合同到期单位不续签、单位裁员等'],
  ['N+1', 'N+1', '单位因您不能胜任等原因解除，没有提前 30 天书面通知'],
  ['2N', '赔偿金 2N', '单位违法解除或终止劳动合同'],
]
const VARIANT_CLAIMS: Record<CompensationVariant, string> = {
  N: '支付解除劳动合同经济补偿',
  'N+1': '支付解除劳动合同经济补偿及代通知金',
  '2N': '支付违法解除劳动合同赔偿金',
}

export function checkCompensation(v: Values): Checked {
  const out: Record<string, string> = {}
  const monthlyWage = money(v, 'monthlyWage', '月工资', out)
  const localAverageMonthlyWage = money(v, 'localAverageMonthlyWage', '当地月平均工资', out, true)
  const startDate = day(v, 'startDate', '入职日期', out)
  const endDate = day(v, 'endDate', '离职日期', out)
  if (startDate && endDate && endDate < startDate) out.endDate = '离职日期不能早于入职日期'
  const variant = VARIANTS.find(([k]) => k === v.variant)?.[0]
  if (!variant) out.variant = '请选择计算方式：N、N+1 或 2N'
  return done(out, () => ({
    result: compensation({ monthlyWage, localAverageMonthlyWage, startDate, endDate, variant: variant as CompensationVariant }),
    claim: VARIANT_CLAIMS[variant as CompensationVariant],
  }))
}
