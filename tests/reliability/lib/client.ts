/** POST /fn/<fn> on a running host, as a development identity (docs/api.md): the clients of every proof here. */

export type Who = { openid: string } | 'none' | 'timer'
export type Reply = { status: number; body: any; raw: string }

function headers(who: Who): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json' }
  if (who === 'timer') h['x-dev-trigger'] = 'timer'
  else if (who !== 'none') h['x-dev-openid'] = who.openid
  return h
}

/** Sends a raw body text; the reply body is parsed when it is JSON (else `body` is undefined). */
export async function postRaw(url: string, fn: string, text: string, who: Who, timeoutMs = 60_000): Promise<Reply> {
  const res = await fetch(`${url}/fn/${fn}`, { method: 'POST', headers: headers(who), body: text, signal: AbortSignal.timeout(timeoutMs) })
  const raw = await res.text()
  let body: any
  try {
    body = JSON.parse(raw)
  } catch {
    body = undefined
  }
  return { status: res.status, body, raw }
}

/** A call the proof relies on: `{ action, ...input }`, answered with the envelope. */
export async function call(url: string, fn: string, action: string, input: Record<string, unknown>, who: Who): Promise<any> {
  return (await postRaw(url, fn, JSON.stringify({ action, ...input }), who)).body
}

/** The data of a reply that must be ok (setup steps); anything else stops the run with the answer. */
export async function must(url: string, fn: string, action: string, input: Record<string, unknown>, who: Who): Promise<any> {
  const out = await call(url, fn, action, input, who)
  if (!out?.ok) throw new Error(`setup ${fn}.${action} failed: ${JSON.stringify(out).slice(0, 300)}`)
  return out.data
}

export const as = (openid: string): Who => ({ openid })
