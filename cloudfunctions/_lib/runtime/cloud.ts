/**
 * The CloudBase side of a deployed function: builds production deps once per container, reads the caller
 * from the platform context (never from the event body), and runs the shared `invoke`.
 */
import tcb from '@cloudbase/node-sdk'
import type { CloudBase } from '@cloudbase/node-sdk'
import type { Envelope } from '../../../types/envelope'
import { SUBSCRIBE_KINDS } from '../../../types/notify'
import { loadCalendarCached } from '../calendar/cache'
import { cloudbaseFiles } from '../files/cloudbase'
import { openCloudbaseStore } from '../store/cloudbase'
import { gateWrites } from '../store/cloudbase/schema-gate'
import { withOrgCache } from '../store/org-cache'
import { nonOfficers } from './non-officers'
import { fieldCrypto, type Keys } from './crypto'
import type { Caller, Deps, Limits, Logger } from './deps'
import type { FunctionDef } from './function'
import { createIdGenerator } from './ids'
import { keysFromEnv } from './keys'
import { consoleLogger } from './log'
import { wechatHttpSender } from '../notify/wechat-http'
import { customLoginKeyFromEnv, sdkTicketIssuer } from './custom-login'
import { desktopIdentity, withDesktopSession } from './desktop-identity'

/**
 * `{"grievance":"…","membership":"…","officer":"…","legal":"…"}`. Absent → undefined (unrestricted). Unreadable → `{}`:
 * nothing is recorded (fail closed; the inbox still works) and the fault is logged.
 */
export function subscribeTemplatesFrom(raw: string | undefined, log: Logger = consoleLogger): Limits['subscribeTemplates'] {
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(raw) as unknown
    if (parsed && typeof parsed === 'object') {
      const out: NonNullable<Limits['subscribeTemplates']> = {}
      for (const kind of SUBSCRIBE_KINDS) {
        const id = (parsed as Record<string, unknown>)[kind]
        if (typeof id === 'string') out[kind] = id
      }
      return out
    }
  } catch {
    // fall through
  }
  log.error('UNION_SUBSCRIBE_TEMPLATES is not a JSON object of template ids; no subscription is recorded')
  return {}
}

type PlatformContext = {
  TRIGGER_SRC?: string
  WX_OPENID?: string
  WX_CLIENTIP?: string
  WX_CLIENTIPV6?: string
  TCB_SOURCE_IP?: string
  /** A web client signed in with a custom-login ticket: its custom user id (a desktop session id, desktop-identity.ts). */
  TCB_CUSTOM_USER_ID?: string
}

/**
 * TRIGGER_SRC, WX_OPENID and the client address are set by the platform per invocation; a client cannot forge them.
 * The address: WX_CLIENTIP / WX_CLIENTIPV6 on a mini-program call (wx-server-sdk documents them as CLIENTIP /
 * CLIENTIPV6), else TCB_SOURCE_IP (what node-sdk's auth().getClientIP() reads, for web and HTTP access). See decision 0011.
 */
export function cloudCaller(platformContext: PlatformContext): Caller {
  if (platformContext.TRIGGER_SRC === 'timer') return { kind: 'system' }
  const { WX_CLIENTIP, WX_CLIENTIPV6, TCB_SOURCE_IP } = platformContext
  const source = [WX_CLIENTIP, WX_CLIENTIPV6, TCB_SOURCE_IP].find((a): a is string => typeof a === 'string' && a !== '')
  const from = source ? { source } : {}
  if (platformContext.WX_OPENID) return { kind: 'user', openid: platformContext.WX_OPENID, ...from }
  return { kind: 'none', ...from }
}

export function cloudDeps(env: NodeJS.ProcessEnv = process.env, opts: { card?: boolean; tickets?: boolean } = {}): Deps {
  const keys = keysFromEnv(env, opts) // throws without the secrets: the function refuses to start
  // Writes wait until `npm run deploy` has verified the unique indexes (schema-gate.ts, docs/decisions/0012-deploy-plan.md).
  const deps = cloudDepsOn(gateWrites(tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }), { log: consoleLogger }), keys, env)
  // Only `account` signs desktop sign-in tickets, so only it needs (and gets) the custom-login key.
  return opts.tickets ? { ...deps, tickets: sdkTicketIssuer(customLoginKeyFromEnv(env)) } : deps
}

/** One container's deps on a given app: production's wiring, which bench/roundtrips runs against the local fake. */
export function cloudDepsOn(app: CloudBase, keys: Keys, env: Record<string, string | undefined> = {}): Deps {
  const store = withOrgCache(openCloudbaseStore(app))
  return {
    store,
    files: cloudbaseFiles(app),
    crypto: fieldCrypto(keys),
    calendar: loadCalendarCached(store),
    ids: createIdGenerator(),
    log: consoleLogger,
    limits: { dailyReportLimit: Number(env.UNION_DAILY_REPORT_LIMIT ?? 10), subscribeTemplates: subscribeTemplatesFrom(env.UNION_SUBSCRIBE_TEMPLATES) },
    // Only the notify function is given WX_APPID / WX_APP_SECRET (functions.config.ts); the others never send.
    subscribe: wechatHttpSender({ appId: env.WX_APPID, secret: env.WX_APP_SECRET }),
    nonOfficers: nonOfficers(),
  }
}

export function cloudMain(fn: FunctionDef) {
  // Inside CloudBase, build deps at load: a function without its secrets refuses to start.
  // Only the card function signs member cards, so only it needs (and gets) the card signing key.
  const opts = { card: fn.name === 'card', tickets: fn.name === 'account' }
  let deps: Deps | undefined = process.env.TENCENTCLOUD_RUNENV ? cloudDeps(process.env, opts) : undefined
  let desktops: ReturnType<typeof desktopIdentity> | undefined
  return async (event: Record<string, unknown>, context: unknown): Promise<Envelope<unknown>> => {
    deps ??= cloudDeps(process.env, opts)
    desktops ??= desktopIdentity(deps.store) // one per warm instance: its 5 s cache is the instance's
    const platform: PlatformContext = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0])
    // A desktop signed in with a custom-login ticket is the officer of its live session, else nobody.
    const caller = await withDesktopSession(cloudCaller(platform), platform.TCB_CUSTOM_USER_ID, desktops, new Date())
    // A timer event carries no action: run the function's timer action.
    const body = caller.kind === 'system' && fn.timerAction ? { ...event, action: fn.timerAction } : event
    return fn.invoke(body, caller, deps)
  }
}
