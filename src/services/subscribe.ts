/**
 * Subscribe messages (WeChat 订阅消息), mini-program only: at the tap that creates something the user will want news
 * about, ask for the matching templates, then tell the server which ones they accepted (`notify.subscribe`). WeChat
 * shows the dialog only from a user tap, so `askForNews` must be called synchronously in the tap handler, before any
 * await. It never throws and is never awaited by the action: whatever the user answers, their action goes on.
 * H5 has no subscribe messages; there, and when the build has no templates, nothing happens.
 */
import Taro from '@tarojs/taro'
import type { SubscribeKind } from '../../types/notify'
import { call } from './api'

export type { SubscribeKind }
type Templates = Partial<Record<SubscribeKind, string>>

/** The build's kind → template id map (TARO_APP_SUBSCRIBE_TEMPLATES, JSON); absent or malformed → none. */
export function subscribeTemplates(raw: string | undefined = process.env.TARO_APP_SUBSCRIBE_TEMPLATES): Templates {
  if (!raw) return {}
  try {
    const parsed: unknown = JSON.parse(raw)
    if (!parsed || typeof parsed !== 'object') return {}
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string' && v.length > 0)) as Templates
  } catch {
    return {}
  }
}

/** Asks for the kinds' templates (at most 3: WeChat's limit per dialog) and records the accepted ones. */
export function askForNews(kinds: SubscribeKind[], templates: Templates = subscribeTemplates()): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve()
  const wanted = kinds.flatMap((kind) => (templates[kind] ? [{ kind, templateId: templates[kind] as string }] : [])).slice(0, 3)
  if (wanted.length === 0) return Promise.resolve()
  let asked: ReturnType<typeof Taro.requestSubscribeMessage>
  try {
    // Taro's Option type also demands Alipay's entityIds; WeChat reads tmplIds only.
    asked = Taro.requestSubscribeMessage({ tmplIds: wanted.map((w) => w.templateId) } as Taro.requestSubscribeMessage.Option)
  } catch {
    return Promise.resolve()
  }
  return asked
    .then(async (answer) => {
      const results = answer as unknown as Record<string, unknown>
      const accepted = wanted.filter((w) => results[w.templateId] === 'accept')
      if (accepted.length > 0) await call('notify', 'subscribe', { accepted })
    })
    .catch(() => undefined) // refused, dialog unavailable, offline: the inbox still has the news
}
