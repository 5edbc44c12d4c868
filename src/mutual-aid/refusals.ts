/**
 * Why a claim was not filed, in plain Chinese, and what the worker can do next. The server's message comes
 * first (it names the first covered day or the last day to claim); MUTUAL_AID_ERRORS stands in when it is absent.
 */
import { MUTUAL_AID_ERRORS, type MutualAidErrorCode } from '../../types/mutual-aid-labels'
import type { ErrorBody } from '../../types/envelope'

export const WHAT_TO_DO: Partial<Record<MutualAidErrorCode, string>> = {
  'MUTUAL_AID.NOT_ENROLLED': '请在“我的互助保障”查看参保状态：工会登记后要确认缴费才生效。单位不组织参保的，可以自助参保。',
  'MUTUAL_AID.WAITING_PERIOD': '等待期内的住院不能申请。等待期结束后再住院的，可以正常申请。',
  'MUTUAL_AID.OUTSIDE_COVER': '请核对入院日期。不在本年度保障期内的住院，不能用本年度的计划申请。',
  'MUTUAL_AID.CLAIM_TOO_LATE': '已超过出院后的申请期限。如有特殊情况，请联系您所在的工会说明。',
  'MUTUAL_AID.DUPLICATE_INVOICE': '请核对发票号码是否填错。同一张发票只能申请一次；如果是别人冒用了您的发票，请联系工会。',
  'MUTUAL_AID.DOCUMENTS_MISSING': '请按提示补拍缺少的材料照片，然后再提交。',
  'MUTUAL_AID.NOT_MEMBER': '请先加入工会，成为会员后再参加互助保障。',
  'MUTUAL_AID.OUTSIDE_ENROLMENT': '请在计划的参保登记期内办理，或联系您所在的工会。',
}

export type Refusal = { code: string; message: string; todo: string | null }

/** A mutual-aid refusal explained, or null for any other failure (network, validation…). */
export function refusalOf(error: ErrorBody): Refusal | null {
  if (!error.code.startsWith('MUTUAL_AID.')) return null
  const code = error.code as MutualAidErrorCode
  return { code, message: error.message || MUTUAL_AID_ERRORS[code] || '不能办理', todo: WHAT_TO_DO[code] ?? null }
}
