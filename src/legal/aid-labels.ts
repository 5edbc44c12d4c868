/** Words for the legal-aid pages that the labels in types/legal-labels.ts do not carry (zod-free). */
import type { LegalRouteReason } from '../../types/legal-labels'

/** Who reviews an application, by the route the server took (the same rule as consultations). */
export const AID_ROUTE_TEXT: Record<LegalRouteReason, string> = {
  TOWN_LAWYERS: '由所在镇（街道）总工会审查',
  CITY_CENTRE: '由市总工会法律服务中心审查',
}

/** The consent the worker gives, word for word (its version is stored with the application). */
export const AID_CONSENT = '我同意把这份申请的全部内容（含姓名、手机号、家庭收入和照片）提供给受理的工会，仅用于审查和办理法律援助。'
