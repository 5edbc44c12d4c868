/** Pure helpers of desktop sign-in (no Taro, no transport): what the QR holds, and how a desktop is named. */

/** "Chrome · Windows" from a user agent, for the officer's list of desktops; null when unknown. */
export function describeDevice(userAgent: string): string | null {
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null
  const os = /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null
  const parts = [browser, os].filter(Boolean)
  return parts.length ? parts.join(' · ') : null
}

/**
 * The code in what a scanner read: the QR holds a link to the confirm page (`…desktop-confirm/index?code=…`, also what
 * WeChat passes as `q` when the link is registered as a 普通链接二维码), or the bare code. Null when there is none.
 */
export function codeFromScan(text: string | undefined): string | null {
  if (!text) return null
  let value = text.trim()
  try {
    value = decodeURIComponent(value)
  } catch {
    // not URI-encoded
  }
  const match = /(?:^|[?&#])code=([A-Za-z0-9_-]{22})(?:$|[&#])/.exec(value) ?? /^([A-Za-z0-9_-]{22})$/.exec(value)
  return match ? match[1] : null
}

/** The confirm page's link for the QR (hash routing), on the page's own origin. */
export function confirmLink(origin: string, code: string): string {
  return `${origin}/#/account/pages/desktop-confirm/index?code=${code}`
}
