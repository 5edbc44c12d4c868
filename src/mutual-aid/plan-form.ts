/**
 * The city admin's plan editor: the plan as strings while typed, the checks worth making before saving (worded
 * like types/mutual-aid.ts `planInput`, which stays the authority), and the request.
 */
import type { Benefit } from '../../types/mutual-aid/payout'
import type { PlanFields, PlanView } from '../services/mutual-aid'
import { parseYuan } from './format'

export type PlanForm = {
  id?: string
  name: string
  year: string
  feePerPerson: string
  coverFrom: string
  coverTo: string
  enrolFrom: string
  enrolTo: string
  waitingDays: string
  claimWithinDays: string
  annualCap: string
  reviewThreshold: string
  /** Percent, as typed. */
  samplePercent: string
  inpatient: boolean
  deductible: string
  /** Percent, as typed. */
  ratioPercent: string
  perStayCap: string
  critical: boolean
  lumpSum: string
  /** One per line (or separated by 、，,). */
  diseases: string
}

/** The money rules: frozen once a claim exists under the plan. */
export const MONEY_KEYS: (keyof PlanForm)[] = [
  'feePerPerson', 'waitingDays', 'annualCap', 'reviewThreshold', 'samplePercent', 'inpatient', 'deductible', 'ratioPercent', 'perStayCap', 'critical', 'lumpSum', 'diseases',
]

const s = (n: number) => String(n)
const pct = (r: number) => s(Math.round(r * 10000) / 100)

export function emptyPlan(year: number): PlanForm {
  return {
    name: `${year} 年度职工医疗互助`, year: s(year), feePerPerson: '', coverFrom: `${year}-01-01`, coverTo: `${year}-12-31`,
    enrolFrom: `${year - 1}-11-01`, enrolTo: `${year}-01-31`, waitingDays: '90', claimWithinDays: '180', annualCap: '', reviewThreshold: '',
    samplePercent: '10', inpatient: true, deductible: '', ratioPercent: '', perStayCap: '', critical: false, lumpSum: '', diseases: '',
  }
}

export function toPlanForm(p: PlanView): PlanForm {
  const inp = p.benefits.find((b) => b.kind === 'inpatient')
  const crit = p.benefits.find((b) => b.kind === 'critical_illness')
  return {
    id: p.id, name: p.name, year: s(p.year), feePerPerson: s(p.feePerPerson), coverFrom: p.coverFrom, coverTo: p.coverTo, enrolFrom: p.enrolFrom,
    enrolTo: p.enrolTo, waitingDays: s(p.waitingDays), claimWithinDays: s(p.claimWithinDays), annualCap: s(p.annualCap), reviewThreshold: s(p.reviewThreshold),
    samplePercent: pct(p.sampleRate), inpatient: Boolean(inp), deductible: inp ? s(inp.deductible) : '', ratioPercent: inp ? pct(inp.ratio) : '',
    perStayCap: inp ? s(inp.perStayCap) : '', critical: Boolean(crit), lumpSum: crit ? s(crit.lumpSum) : '', diseases: crit ? crit.diseases.join('\n') : '',
  }
}

/** A copy for next year's version (a locked plan's money rules change only in a new plan). */
export function nextVersion(f: PlanForm): PlanForm {
  const y = Number(f.year) + 1
  const shift = (d: string) => d.replace(/^\d{4}/, (x) => String(Number(x) + 1))
  return { ...f, id: undefined, year: String(y), name: f.name.replace(String(y - 1), String(y)), coverFrom: shift(f.coverFrom), coverTo: shift(f.coverTo), enrolFrom: shift(f.enrolFrom), enrolTo: shift(f.enrolTo) }
}

const int = (v: string) => (/^\d{1,4}$/.test(v.trim()) ? Number(v) : null)
const percent = (v: string) => {
  const n = parseYuan(v)
  return n !== null && n <= 100 ? n / 100 : null
}
const day = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v)
const list = (v: string) => v.split(/[\n、，,]+/).map((x) => x.trim()).filter(Boolean)

/** Field key → Chinese message, keyed like the server's `error.fields` (`plan.benefits.0.ratio` become the form's own keys). */
export function checkPlan(f: PlanForm): Record<string, string> {
  const out: Record<string, string> = {}
  const need = (key: keyof PlanForm, ok: boolean, message: string) => {
    if (!ok) out[key] = message
  }
  need('name', f.name.trim().length > 0, '请填写计划名称')
  need('year', /^20\d{2}$/.test(f.year.trim()), '年度不正确')
  need('feePerPerson', parseYuan(f.feePerPerson) !== null, '请填写每人每年会费（元）')
  for (const k of ['coverFrom', 'coverTo', 'enrolFrom', 'enrolTo'] as const) need(k, day(f[k]), '请选择日期')
  if (day(f.coverFrom) && day(f.coverTo) && f.coverTo < f.coverFrom) out.coverTo = '保障结束日期不能早于开始日期'
  if (day(f.enrolFrom) && day(f.enrolTo) && f.enrolTo < f.enrolFrom) out.enrolTo = '登记截止日期不能早于开始日期'
  need('waitingDays', (int(f.waitingDays) ?? 999) <= 365, '等待期应为 0 到 365 天')
  need('claimWithinDays', (int(f.claimWithinDays) ?? 9999) <= 1000, '申请期限应为 0 到 1000 天')
  need('annualCap', parseYuan(f.annualCap) !== null, '请填写年度最高互助金（元）')
  need('reviewThreshold', parseYuan(f.reviewThreshold) !== null, '请填写复核金额线（元）')
  need('samplePercent', percent(f.samplePercent) !== null, '抽检比例应在 0 到 100% 之间')
  if (!f.inpatient && !f.critical) out.benefits = '请至少设置一个保障项目'
  if (f.inpatient) {
    need('deductible', parseYuan(f.deductible) !== null, '请填写起付线（元）')
    need('ratioPercent', percent(f.ratioPercent) !== null, '互助比例应在 0 到 100% 之间')
    need('perStayCap', parseYuan(f.perStayCap) !== null, '请填写每次住院最高互助金（元）')
  }
  if (f.critical) {
    need('lumpSum', parseYuan(f.lumpSum) !== null, '请填写重大疾病互助金（元）')
    need('diseases', list(f.diseases).length > 0, '请至少填写一种重大疾病')
  }
  return out
}

export function toPlan(f: PlanForm): PlanFields & { id?: string } {
  const benefits: Benefit[] = []
  if (f.inpatient) benefits.push({ kind: 'inpatient', deductible: Number(f.deductible), ratio: percent(f.ratioPercent) ?? 0, perStayCap: Number(f.perStayCap) })
  if (f.critical) benefits.push({ kind: 'critical_illness', lumpSum: Number(f.lumpSum), diseases: list(f.diseases) })
  return {
    ...(f.id ? { id: f.id } : {}), name: f.name.trim(), year: Number(f.year), feePerPerson: Number(f.feePerPerson), coverFrom: f.coverFrom, coverTo: f.coverTo,
    enrolFrom: f.enrolFrom, enrolTo: f.enrolTo, waitingDays: Number(f.waitingDays), claimWithinDays: Number(f.claimWithinDays), annualCap: Number(f.annualCap),
    reviewThreshold: Number(f.reviewThreshold), sampleRate: percent(f.samplePercent) ?? 0, benefits,
  }
}

/** The server names plan fields by path (`plan.benefits.0.ratio`); the form shows them under its own inputs. */
export function formKeyOf(serverKey: string, f: PlanForm): string {
  const key = serverKey.replace(/^plan\./, '')
  const m = /^benefits\.(\d+)\.(\w+)$/.exec(key)
  if (!m) return key === 'sampleRate' ? 'samplePercent' : key
  const kinds = [f.inpatient ? 'inpatient' : null, f.critical ? 'critical' : null].filter(Boolean)
  const field = m[2] === 'ratio' ? 'ratioPercent' : m[2]
  return kinds[Number(m[1])] ? field : 'benefits'
}
