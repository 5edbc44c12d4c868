/**
 * Subscribe messages through WeChat's HTTP API (docs/decisions/0008-subscribe-messages.md):
 * - POST {base}/cgi-bin/stable_token `{ grant_type: 'client_credential', appid, secret }` → `{ access_token, expires_in }`
 *   (normal mode: repeated calls inside the validity return the same token, so containers do not evict each other's);
 * - POST {base}/cgi-bin/message/subscribe/send?access_token=… `{ touser, template_id, page, data: { k: { value } },
 *   miniprogram_state, lang }` → `{ errcode, errmsg }`.
 * The token is cached until 5 minutes before it expires, and dropped when WeChat calls it invalid.
 */
import type { SendResult, SubscribeSender } from './sender'

export type WechatHttpOptions = {
  appId: string | undefined
  secret: string | undefined
  /** Injectable so tests run against a local fake; WeChat's by default. */
  baseUrl?: string
  /** `formal` (released), `trial` or `developer`: which version of the mini program the message opens. */
  miniprogramState?: 'formal' | 'trial' | 'developer'
  /** Clock for the token cache (ms). */
  now?: () => number
  timeoutMs?: number
}

/** access_token invalid (40001, 40014) or expired (42001): fetch a new one next time. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001])
const EARLY_REFRESH_MS = 5 * 60_000

type Answer = { ok: true; body: Record<string, unknown> } | { ok: false; errmsg: string }

async function postJson(url: string, payload: unknown, timeoutMs: number): Promise<Answer> {
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (err) {
    return { ok: false, errmsg: `network: ${err instanceof Error ? err.name : 'error'}` }
  }
  if (!res.ok) return { ok: false, errmsg: `http ${res.status}` }
  try {
    const body: unknown = await res.json()
    return body && typeof body === 'object' ? { ok: true, body: body as Record<string, unknown> } : { ok: false, errmsg: 'bad json' }
  } catch {
    return { ok: false, errmsg: 'bad json' }
  }
}

const errcodeOf = (body: Record<string, unknown>) => (typeof body.errcode === 'number' ? body.errcode : 0)
const errmsgOf = (body: Record<string, unknown>) => (typeof body.errmsg === 'string' ? body.errmsg.slice(0, 200) : '')

export function wechatHttpSender(opts: WechatHttpOptions): SubscribeSender {
  const base = (opts.baseUrl ?? 'https://api.weixin.qq.com').replace(/\/$/, '')
  const now = opts.now ?? Date.now
  const timeoutMs = opts.timeoutMs ?? 5000
  let token: { value: string; refreshAt: number } | null = null

  async function accessToken(): Promise<{ value: string } | SendResult> {
    if (token && now() < token.refreshAt) return { value: token.value }
    if (!opts.appId || !opts.secret) throw new Error('WX_APPID and WX_APP_SECRET must be set to send subscribe messages')
    const answer = await postJson(`${base}/cgi-bin/stable_token`, { grant_type: 'client_credential', appid: opts.appId, secret: opts.secret }, timeoutMs)
    if (!answer.ok) return { errcode: null, errmsg: `token ${answer.errmsg}` }
    const { access_token: value, expires_in: expiresIn } = answer.body
    if (typeof value !== 'string' || typeof expiresIn !== 'number') return { errcode: errcodeOf(answer.body) || -1, errmsg: `token ${errmsgOf(answer.body)}` }
    token = { value, refreshAt: now() + expiresIn * 1000 - EARLY_REFRESH_MS }
    return { value }
  }

  return {
    async send(m) {
      const got = await accessToken()
      if (!('value' in got)) return got
      const answer = await postJson(
        `${base}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(got.value)}`,
        {
          touser: m.touser,
          template_id: m.templateId,
          page: m.page,
          data: Object.fromEntries(Object.entries(m.data).map(([k, value]) => [k, { value }])),
          miniprogram_state: opts.miniprogramState ?? 'formal',
          lang: 'zh_CN',
        },
        timeoutMs,
      )
      if (!answer.ok) return { errcode: null, errmsg: answer.errmsg }
      const errcode = errcodeOf(answer.body)
      if (TOKEN_ERRORS.has(errcode)) token = null
      return { errcode, errmsg: errmsgOf(answer.body) }
    },
  }
}
