import { legalAidApi, type AidView } from '../../services/legal'
import { checkAid, toAidRequest, type AidForm } from '../aid-form'
import { useSteppedForm } from './use-stepped-form'

export type { Step } from './use-stepped-form'

/** Form keys whose server field has another name. */
const SERVER_KEY: Partial<Record<keyof AidForm, string>> = {
  enterprise: 'enterpriseId', income: 'householdIncomePerPerson', name: 'applicant.name', phone: 'applicant.phone', consent: 'consents.shareWithUnion',
}
const serverKeys = (key: keyof AidForm) => [SERVER_KEY[key] ?? key]
const send = (form: AidForm, requestId: string, fileIds: string[]) => legalAidApi.apply(toAidRequest(form, requestId, fileIds))

/** 申请法律援助 from the first tap to the decide-by date: fill → confirm → send. */
export function useAidApply(initial: AidForm) {
  return useSteppedForm<AidForm, AidView>({ initial, check: checkAid, send, serverKeys })
}
