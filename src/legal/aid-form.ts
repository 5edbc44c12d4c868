/**
 * The legal-aid application form: state, prefill from page parameters (a consultation or the limitation page),
 * the checks worth making before the confirmation step, the means test the worker sees before sending (the
 * server's own rule, types/legal/means-test.ts), and the request. types/legal.ts `aidApplyInput` stays the
 * authority; its `fields` show the same way and these messages match its wording.
 */
import type { Enterprise } from '../../types/directory'
import { LEGAL_CATEGORIES, type AidHelp, type LegalCategory, type MeansTest } from '../../types/legal-labels'
import { meansTest } from '../../types/legal/means-test'
import { PHONE_MESSAGE, isValidPhone, normalisePhone } from '../../types/phone'
import type { AidApplyRequest } from '../services/legal'
import type { UnitMode } from './ask-form'
import { decodeParam, parseYuan } from './format'

export type AidForm = {
  category: LegalCategory | null
  unitMode: UnitMode
  enterprise: Enterprise | null
  enterpriseName: string
  townId: string | null
  claimAmount: string
  help: AidHelp[]
  migrantWorker: boolean | null
  hardship: boolean | null
  income: string
  facts: string
  limitationDeadline: string
  name: string
  phone: string
  consent: boolean
}

export const FACTS_MIN = 10
export const FACTS_MAX = 4000
export const emptyAid: AidForm = {
  category: null, unitMode: 'none', enterprise: null, enterpriseName: '', townId: null, claimAmount: '', help: [], migrantWorker: null,
  hardship: null, income: '', facts: '', limitationDeadline: '', name: '', phone: '', consent: false,
}

/** What another page already knows (`aidFormUrl` in links.ts): the worker checks it here before anything is sent. */
export function prefillAid(params: Record<string, string | undefined>): AidForm {
  const p = (key: string) => (params[key] ? decodeParam(params[key]!) : '')
  const category = LEGAL_CATEGORIES.find((c) => c === p('category')) ?? null
  const enterpriseName = p('enterpriseName')
  const townId = p('townId') || null
  const deadline = /^\d{4}-\d{2}-\d{2}$/.test(p('limitationDeadline')) ? p('limitationDeadline') : ''
  return {
    ...emptyAid, category, facts: p('facts'), limitationDeadline: deadline,
    ...(enterpriseName || townId ? { unitMode: 'typed' as const, enterpriseName, townId } : {}),
  }
}

/** The outcome the worker will get, or null while the answers it needs are missing. */
export function previewMeansTest(f: AidForm, threshold: number | null): MeansTest | null {
  if (!f.category || f.migrantWorker === null || f.hardship === null) return null
  const income = parseYuan(f.income)
  const exempt = meansTest({ category: f.category, migrantWorker: f.migrantWorker, hardship: f.hardship, householdIncomePerPerson: 0 }, 0)
  if (exempt === 'exempt') return 'exempt'
  if (income === null || threshold === null) return null
  return meansTest({ category: f.category, migrantWorker: f.migrantWorker, hardship: f.hardship, householdIncomePerPerson: income }, threshold)
}

/** Field key → Chinese message, keyed like the server's `error.fields` (e.g. `applicant.phone`). */
export function checkAid(f: AidForm): Record<string, string> {
  const out: Record<string, string> = {}
  if (!f.category) out.category = '请选择问题类别'
  if (f.unitMode === 'directory' && !f.enterprise) out.enterpriseId = '请从搜索结果里选一个单位，或改选“直接填写”“不填”'
  if (parseYuan(f.claimAmount) === null) out.claimAmount = '请填写请求金额（元，最多两位小数；没有金额填 0）'
  if (f.help.length === 0) out.help = '请至少选择一种需要的帮助'
  if (f.migrantWorker === null) out.migrantWorker = '请选择是否为进城务工人员'
  if (f.hardship === null) out.hardship = '请选择是否为工会建档的困难职工'
  if (parseYuan(f.income) === null) out.householdIncomePerPerson = '请填写家庭人均月收入（元）'
  const facts = f.facts.trim().length
  if (facts < FACTS_MIN) out.facts = '事情经过至少 10 个字'
  else if (facts > FACTS_MAX) out.facts = '事情经过不能超过 4000 个字'
  if (!f.name.trim()) out['applicant.name'] = '请填写姓名'
  if (!isValidPhone(normalisePhone(f.phone))) out['applicant.phone'] = PHONE_MESSAGE
  if (!f.consent) out['consents.shareWithUnion'] = '请同意把申请材料提供给工会审查'
  return out
}

export function toAidRequest(f: AidForm, requestId: string, attachments: string[] = []): AidApplyRequest {
  const unit =
    f.unitMode === 'directory' && f.enterprise
      ? { enterpriseId: f.enterprise.id }
      : f.unitMode === 'typed'
        ? { ...(f.enterpriseName.trim() ? { enterpriseName: f.enterpriseName.trim() } : {}), ...(f.townId ? { townId: f.townId } : {}) }
        : {}
  return {
    requestId, category: f.category as LegalCategory, ...unit,
    claimAmount: parseYuan(f.claimAmount) ?? 0, help: f.help, migrantWorker: f.migrantWorker === true, hardship: f.hardship === true,
    householdIncomePerPerson: parseYuan(f.income) ?? 0, facts: f.facts.trim(),
    ...(f.limitationDeadline ? { limitationDeadline: f.limitationDeadline } : {}),
    applicant: { name: f.name.trim(), phone: normalisePhone(f.phone) },
    ...(attachments.length ? { attachments } : {}),
    consents: { shareWithUnion: true },
  }
}
