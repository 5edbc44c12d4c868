/**
 * A local stand-in for WeChat's server API (real HTTP, real JSON), for the `wechat-http` SubscribeSender:
 * - POST /cgi-bin/stable_token `{ grant_type, appid, secret }` → `{ access_token, expires_in }` (or errcode 40013/40125);
 * - POST /cgi-bin/message/subscribe/send?access_token=… → `{ errcode, errmsg }`, 40001 for an unknown token.
 * Each send's body is recorded; `answers` queues what the next sends answer (errcode, or an HTTP status).
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export type SentBody = {
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  miniprogram_state?: string
  lang?: string
}
type Answer = { errcode: number } | { httpStatus: number }

export type WechatFake = {
  url: string
  /** Every accepted-or-refused send, in order (HTTP failures included). */
  sends: SentBody[]
  tokenCalls: number
  /** What the next sends answer, in order; when empty, `errcode: 0`. */
  answers: Answer[]
  /** Issues a new token, making the one handed out invalid (as a forced refresh elsewhere would). */
  revokeToken(): void
  close(): Promise<void>
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })

export async function startWechatFake(app = { appid: 'wx-test-app', secret: 'test-secret' }): Promise<WechatFake> {
  let token = 'token-1'
  let issued = 1
  const fake: WechatFake = {
    url: '',
    sends: [],
    tokenCalls: 0,
    answers: [],
    revokeToken: () => {
      token = `token-${++issued}`
    },
    close: async () => {},
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(json))
    }
    const payload = JSON.parse((await body(req)) || '{}') as Record<string, unknown>
    if (req.method === 'POST' && url.pathname === '/cgi-bin/stable_token') {
      fake.tokenCalls++
      if (payload.grant_type !== 'client_credential') return reply(200, { errcode: 40002, errmsg: 'invalid grant_type' })
      if (payload.appid !== app.appid) return reply(200, { errcode: 40013, errmsg: 'invalid appid' })
      if (payload.secret !== app.secret) return reply(200, { errcode: 40125, errmsg: 'invalid appsecret' })
      return reply(200, { access_token: token, expires_in: 7200 })
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
      if (url.searchParams.get('access_token') !== token) return reply(200, { errcode: 40001, errmsg: 'invalid credential' })
      fake.sends.push(payload as unknown as SentBody)
      const answer = fake.answers.shift() ?? { errcode: 0 }
      if ('httpStatus' in answer) return reply(answer.httpStatus, { message: 'bad gateway' })
      return reply(200, { errcode: answer.errcode, errmsg: answer.errcode === 0 ? 'ok' : `error ${answer.errcode} rid: fake` })
    }
    reply(404, { errcode: -1, errmsg: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return fake
}
