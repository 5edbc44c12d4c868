/**
 * The boundary to WeChat's subscribe-message API. Adapters: `wechat-http` (production: the HTTP API with an app
 * secret, see docs/decisions/0008-subscribe-messages.md) and `log` (the local host: logs what would be sent).
 */
export type SubscribeMessage = {
  /** The recipient's openid: decrypted just before sending, never logged. */
  touser: string
  templateId: string
  page: string
  /** Template field → value; the adapter wraps each as `{ value }`. */
  data: Record<string, string>
}

/** `errcode` 0 = accepted by WeChat; a WeChat errcode; or null when no answer came (network, HTTP status, bad JSON). */
export type SendResult = { errcode: number; errmsg: string } | { errcode: null; errmsg: string }

export interface SubscribeSender {
  send(message: SubscribeMessage): Promise<SendResult>
}
