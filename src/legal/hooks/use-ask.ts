import { legalApi, type AskResult } from '../../services/legal'
import { checkAsk, emptyAsk, toAskRequest, type AskForm } from '../ask-form'
import { useSteppedForm } from './use-stepped-form'

export type { Step } from './use-stepped-form'

/** The server fields a form key's problems come back under. */
function serverKeys(key: keyof AskForm): string[] {
  if (key === 'enterprise') return ['enterpriseId']
  if (key === 'name') return ['name', 'contact.name']
  if (key === 'phone') return ['phone', 'contact.phone']
  if (key === 'privacy') return ['privacy', 'contact']
  return [key]
}
const send = (form: AskForm, requestId: string, fileIds: string[]) => legalApi.ask(toAskRequest(form, requestId, fileIds))

/** 问律师 from first tap to receipt: fill → confirm (with answers that may already help) → send. */
export function useAsk() {
  return useSteppedForm<AskForm, AskResult>({ initial: emptyAsk, check: checkAsk, send, serverKeys })
}
