import { desktopStartInput } from '../../../types/account'
import { DESKTOP_CODE_TTL_SECONDS } from '../../../types/desktop-login'
import { action } from '../../_lib/runtime/function'
import { withQuota, type Allowance } from '../../_lib/runtime/quota'
import { isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { codeHash, newSecret, pollHash } from '../lib/desktop'

/**
 * Per network source (an office behind one address shares it): a page refreshes its code by a click only, so 60 an
 * hour is far above any real use and keeps an anonymous caller from filling the table.
 */
export const DESKTOP_START_LIMIT: Allowance = { name: 'desktop-start', max: 60, per: 'hour', refusal: '刷新二维码太频繁，请稍后再试' }

/**
 * 电脑登录 step 1 (anyone, no identity): a one-time code for the QR, valid DESKTOP_CODE_TTL_SECONDS, and a poll token
 * that stays in the page. Both are stored only as keyed hashes.
 */
export const desktopStart = action({
  input: desktopStartInput,
  access: 'public',
  async handle({ device }, ctx) {
    const code = newSecret()
    const pollToken = newSecret()
    const expiresAt = toIso(new Date(ctx.now.getTime() + DESKTOP_CODE_TTL_SECONDS * 1000))
    const { crypto, store } = ctx.deps
    const created = await withQuota(ctx, DESKTOP_START_LIMIT, `source:${ctx.source ?? 'unknown'}`, async () => {
      await store.desktop.createCode({
        codeHash: codeHash(crypto, code), pollHash: pollHash(crypto, pollToken), createdAt: toIso(ctx.now), expiresAt,
        device: device || null, confirmedBy: null, confirmedAt: null, sessionId: null, claimedAt: null,
      })
      return true
    }, (ok) => ok)
    if (isFailure(created)) return created
    return { code, pollToken, expiresAt }
  },
})
