/**
 * Entitlement calculators (pure; the page and the `legal.calculate` action run this same code). Each result
 * lists its formula lines with the legal basis in Chinese. Amounts in yuan; exact in fen, rounded half-up once.
 */
import { addMonths, addYears, dayNumber } from './days'
import { divHalfUp, toFen, toYuan } from './money'

export type CalcLine = { label: string; amount: number | null; basis: string }
export type CalcResult = { amount: number; lines: CalcLine[]; warnings: string[] }

const ART_44 = '《劳动法》第四十四条'
const ART_82 = '《劳动合同法》第八十二条、《劳动合同法实施条例》第六条、第七条'
const ART_47 = '《劳动合同法》第四十七条'
/** 21.75 days × 8 hours: the monthly hours that give the hourly wage (劳社部发〔2008〕3号). */
const MONTH_HOURS_X100 = 17_400n

export type OvertimeInput = { monthlyWage: number; weekdayHours: number; restDayHours: number; holidayHours: number }

/** 加班费: hourly = monthly ÷ 21.75 ÷ 8; pay = hourly × (1.5 × weekday + 2 × rest day + 3 × holiday hours). */
export function overtimePay(i: OvertimeInput): CalcResult {
  const wage = toFen(i.monthlyWage)
  // Hours × 100 and rates × 100 are integers: pay (fen) = wage × H × R ÷ (17,400 × 100).
  const part = (hours: number, rateX100: bigint) => wage * BigInt(Math.round(hours * 100)) * rateX100
  const den = MONTH_HOURS_X100 * 100n
  const parts = [part(i.weekdayHours, 150n), part(i.restDayHours, 200n), part(i.holidayHours, 300n)]
  const total = divHalfUp(parts.reduce((a, b) => a + b, 0n), den)
  const piece = (p: bigint) => toYuan(divHalfUp(p, den))
  return {
    amount: toYuan(total),
    lines: [
      { label: `小时工资 = ${i.monthlyWage} ÷ 21.75 ÷ 8`, amount: toYuan(divHalfUp(wage * 100n, MONTH_HOURS_X100)), basis: '《关于职工全年月平均工作时间和工资折算问题的通知》' },
      { label: `工作日延长工作 ${i.weekdayHours} 小时 × 150%`, amount: piece(parts[0]), basis: ART_44 },
      { label: `休息日加班 ${i.restDayHours} 小时 × 200%`, amount: piece(parts[1]), basis: ART_44 },
      { label: `法定节假日加班 ${i.holidayHours} 小时 × 300%`, amount: piece(parts[2]), basis: ART_44 },
      { label: '加班费合计', amount: toYuan(total), basis: ART_44 },
    ],
    warnings: ['休息日加班已安排补休的，不再支付 200% 加班费；法定节假日加班不能用补休代替。'],
  }
}

export type NoContractInput = { monthlyWage: number; startDate: string; signedDate?: string; asOf: string }

/**
 * 未签书面劳动合同的二倍工资差额: one extra monthly wage a month from the day after the first month of
 * employment to the day before signing (or `asOf`), ending at the latest the day before the one-year mark
 * (≤ 11 months). Whole months count whole; a partial month pro rata by that month's calendar days.
 */
export function noContractPay(i: NoContractInput): CalcResult {
  const from = addMonths(i.startDate, 1)
  const lastDay = Math.min(
    i.signedDate ? dayNumber(i.signedDate) - 1 : dayNumber(i.asOf),
    dayNumber(addYears(i.startDate, 1)) - 1,
  )
  let months = 0
  while (months < 11 && dayNumber(addMonths(from, months + 1)) - 1 <= lastDay) months++
  const partStart = dayNumber(addMonths(from, months))
  const partDays = Math.max(0, lastDay - partStart + 1)
  const monthDays = dayNumber(addMonths(from, months + 1)) - partStart
  const wage = toFen(i.monthlyWage)
  const total = lastDay < dayNumber(from) ? 0n : wage * BigInt(months) + divHalfUp(wage * BigInt(partDays), BigInt(monthDays))
  const period = lastDay < dayNumber(from) ? '入职一个月内已签订书面合同，没有二倍工资差额' : `应付二倍工资的期间：${from} 起，整月 ${months} 个月${partDays ? `又 ${partDays} 天（该月共 ${monthDays} 天，按天折算）` : ''}`
  return {
    amount: toYuan(total),
    lines: [
      { label: period, amount: null, basis: ART_82 },
      { label: `每月另付一倍工资 ${i.monthlyWage} 元，合计`, amount: toYuan(total), basis: ART_82 },
    ],
    warnings: lastDay >= dayNumber(addYears(i.startDate, 1)) - 1
      ? ['用工满一年仍未签订书面合同的，视为已订立无固定期限劳动合同，二倍工资最多计 11 个月。']
      : [],
  }
}

export type CompensationVariant = 'N' | 'N+1' | '2N'
export type CompensationInput = { monthlyWage: number; localAverageMonthlyWage: number; startDate: string; endDate: string; variant: CompensationVariant }

/** 经济补偿 N / N+1 / 赔偿金 2N, with the 3× local average wage cap (base and at most 12 years). */
export function compensation(i: CompensationInput): CalcResult {
  let whole = 0
  while (dayNumber(addYears(i.startDate, whole + 1)) <= dayNumber(i.endDate)) whole++
  const restStart = addYears(i.startDate, whole)
  const rest = dayNumber(addMonths(restStart, 6)) <= dayNumber(i.endDate) ? 1 : dayNumber(i.endDate) > dayNumber(restStart) ? 0.5 : 0
  const high = i.monthlyWage > 3 * i.localAverageMonthlyWage
  const years = high ? Math.min(whole + rest, 12) : whole + rest
  const base = high ? toFen(i.localAverageMonthlyWage) * 3n : toFen(i.monthlyWage)
  const n = divHalfUp(base * BigInt(years * 2), 2n)
  const total = i.variant === '2N' ? 2n * n : i.variant === 'N+1' ? n + toFen(i.monthlyWage) : n
  const lines: CalcLine[] = [
    { label: `工作年限：满 ${whole} 年${rest === 1 ? '，剩余不满一年但满六个月按 1 年' : rest === 0.5 ? '，剩余不满六个月按半年' : ''}${high && whole + rest > 12 ? '，最多计 12 年' : ''}，共 ${years} 年`, amount: null, basis: ART_47 },
    { label: high ? `月工资高于当地月平均工资 3 倍，按 3 × ${i.localAverageMonthlyWage} 元计` : `计算基数：月工资 ${i.monthlyWage} 元`, amount: toYuan(base), basis: ART_47 },
    { label: `经济补偿 N = ${years} × 基数`, amount: toYuan(n), basis: ART_47 },
  ]
  if (i.variant === 'N+1') lines.push({ label: '未提前 30 日通知，另加一个月工资（代通知金）', amount: toYuan(toFen(i.monthlyWage)), basis: '《劳动合同法》第四十条' })
  if (i.variant === '2N') lines.push({ label: '违法解除劳动合同，赔偿金 = 2 × N', amount: toYuan(total), basis: '《劳动合同法》第八十七条、第四十八条' })
  return {
    amount: toYuan(total),
    lines,
    warnings: dayNumber(i.startDate) < dayNumber('2008-01-01') ? ['2008 年以前的工作年限按当时的规定计算，本计算器没有处理，请咨询律师。'] : [],
  }
}
