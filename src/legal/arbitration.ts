/**
 * The drafted 劳动人事争议仲裁申请书 (pure): the draft's state, what the page parameters fill in, and the document as
 * plain text (copied on weapp, printed on H5). Nothing here leaves the device.
 */
import type { Enterprise } from '../../types/directory'
import { LEGAL_CATEGORIES, type LegalCategory } from '../../types/legal-labels'
import { dayLabel } from '../../types/legal/days'
import { yuanLabel } from '../../types/legal/money'
import { decodeParam } from './format'
import type { Claim } from './links'

export type Draft = {
  name: string
  gender: '' | '男' | '女'
  idNumber: string
  address: string
  phone: string
  unitMode: 'directory' | 'typed'
  enterprise: Enterprise | null
  enterpriseName: string
  townId: string | null
  creditCode: string
  respondentAddress: string
  representative: string
  claims: Claim[]
  facts: string
  commission: string
  date: string
}

export const DEFAULT_COMMISSION = '义乌市劳动人事争议仲裁委员会'

function parseClaims(raw: string | undefined): Claim[] {
  if (!raw) return []
  try {
    const list: unknown = JSON.parse(decodeParam(raw))
    if (!Array.isArray(list)) return []
    return list
      .filter((c): c is Claim => typeof c?.text === 'string' && (c.amount === null || typeof c.amount === 'number'))
      .slice(0, 10)
      .map((c) => ({ text: c.text.slice(0, 200), amount: c.amount }))
  } catch {
    return []
  }
}

/** A fresh draft with what the calculator or the consultation passed (`claims`, `enterpriseName`, `facts`). */
export function draftFromParams(params: Record<string, string | undefined>, today: string): Draft {
  const name = params.enterpriseName ? decodeParam(params.enterpriseName) : ''
  const category = params.category && LEGAL_CATEGORIES.includes(params.category as LegalCategory) ? (params.category as LegalCategory) : null
  const claims = parseClaims(params.claims)
  return {
    name: '', gender: '', idNumber: '', address: '', phone: '',
    unitMode: name ? 'typed' : 'directory', enterprise: null, enterpriseName: name, townId: null, creditCode: '',
    respondentAddress: '', representative: '',
    claims: claims.length ? claims : category === 'wage' ? [{ text: '支付拖欠的工资', amount: null }] : [],
    facts: params.facts ? decodeParam(params.facts) : '',
    commission: DEFAULT_COMMISSION, date: today,
  }
}

const blank = (s: string, width = 8) => s.trim() || '＿'.repeat(width)

export const respondentName = (d: Draft) => (d.unitMode === 'directory' ? d.enterprise?.name ?? '' : d.enterpriseName)
export const respondentCode = (d: Draft) => (d.unitMode === 'directory' ? d.enterprise?.creditCode ?? '' : d.creditCode)

/** The application as lines of text: blanks (＿＿) where the worker has not filled something in, to write by hand. */
export function draftLines(d: Draft): string[] {
  const claims = d.claims.length ? d.claims : [{ text: '', amount: null }]
  return [
    '劳动人事争议仲裁申请书',
    `申请人：${blank(d.name, 4)}，性别：${blank(d.gender, 2)}，身份证号码：${blank(d.idNumber, 18)}，住址：${blank(d.address, 12)}，联系电话：${blank(d.phone, 11)}。`,
    `被申请人：${blank(respondentName(d), 12)}，统一社会信用代码：${blank(respondentCode(d), 18)}，住所：${blank(d.respondentAddress, 12)}，法定代表人（负责人）：${blank(d.representative, 4)}。`,
    '仲裁请求：',
    ...claims.map((c, i) => `${i + 1}. 请求裁决被申请人${blank(c.text, 12)}${c.amount === null ? '' : ` ${yuanLabel(c.amount)}`}；`),
    '事实和理由：',
    blank(d.facts, 30),
    '此致',
    blank(d.commission, 12),
    '申请人（签名）：',
    d.date ? dayLabel(d.date) : '    年  月  日',
  ]
}

export const draftText = (d: Draft) => draftLines(d).join('\n')
