/**
 * H5 against the local host (development, and the e2e tests): `POST /fn/<name>`. Identity: the development host's
 * headers — `x-dev-desktop-session` after a desktop sign-in (the host's stand-in for CloudBase custom login:
 * `POST /dev/desktop-signin` checks the ticket and answers its custom user id, which the host maps to the officer
 * on every call, as CloudBase does), else `x-dev-openid` when a demo identity is chosen. A production host ignores both.
 */
import { getDevDesktopSession, getDevOpenid, setDevDesktopSession } from './dev-identity'
import { BAD_REPLY, NETWORK_ERROR, asEnvelope, type Transport } from './transport'

export function origin(): string {
  return typeof window === 'undefined' ? '' : window.location.origin
}

function identityHeaders(): Record<string, string> {
  const desktop = getDevDesktopSession()
  if (desktop) return { 'x-dev-desktop-session': desktop }
  const openid = getDevOpenid()
  return openid ? { 'x-dev-openid': openid } : {}
}

async function post(path: string, body: object): Promise<Response> {
  return fetch(`${origin()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...identityHeaders() },
    body: JSON.stringify(body),
  })
}

export const hostTransport: Transport = {
  async call(fn, action, input) {
    let res: Response
    try {
      res = await post(`/fn/${encodeURIComponent(fn)}`, { ...input, action })
    } catch {
      return { ok: false, error: NETWORK_ERROR }
    }
    try {
      return asEnvelope(await res.json())
    } catch {
      // A proxy error page or a dropped connection mid-body: the request did not reach a function.
      return { ok: false, error: res.ok ? BAD_REPLY : NETWORK_ERROR }
    }
  },
  // The local host takes a photo's bytes in the call (`grievance.upload`).
  uploads: () => false,
  uploadFile: async () => {
    throw new Error('the local host takes photos in the call')
  },
  async signIn(ticket) {
    try {
      const reply = asEnvelope<{ customUserId: string }>(await (await post('/dev/desktop-signin', { ticket })).json())
      if (!reply.ok) return false
      setDevDesktopSession(reply.data.customUserId)
      return true
    } catch {
      return false
    }
  },
  signOut: async () => setDevDesktopSession(null),
}
