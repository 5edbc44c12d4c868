import type { Logger } from '../runtime/deps'
import type { SubscribeSender } from './sender'

/** The local host has no WeChat: it logs that a message would be sent (template, page, data — never the openid). */
export function logSender(log: Logger): SubscribeSender {
  return {
    async send({ templateId, page, data }) {
      log.info('subscribe message (local host: not sent to WeChat)', { templateId, page, data })
      return { errcode: 0, errmsg: 'ok' }
    },
  }
}
