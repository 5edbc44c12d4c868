/**
 * The CloudBase side of a deployed function: builds production deps once per container, reads the caller
 * from the platform context (never from the event body), and runs the shared `invoke`.
 */
import tcb from '@cloudbase/node-sdk'
import type { Envelope } from '../../../types/envelope'
import { loadCalendarCached } from '../calendar/cache'
import { cloudbaseFiles } from '../files/cloudbase'
import { openCloudbaseStore } from '../store/cloudbase'
import { fieldCrypto } from './crypto'
import type { Caller, Deps, Limits, Logger } from './deps'
import type { FunctionDef } from './function'
import { createIdGenerator } from './ids'
import { keysFromEnv } from './keys'
import { consoleLogger } from './log'
import { wechatHttpSender } from '../notify/wechat-http'

/**
 * `{"grievance":"…","membership":"…","officer":"…"}`. Absent → undefined (unrestricted). Unreadable → `{}`:
 * nothing is recorded (fail closed; the inbox still works) and the fault is logged.
 */
export function subscribeTemplatesFrom(raw: string | undefined, log: Logger = consoleLogger): Limits['subscribeTemplates'] {
  if (!raw) return undefined
  try {
    const parsed = JSON.parse(raw) as unknown
    if (parsed && typeof parsed === 'object') {
      const out: NonNullable<Limits['subscribeTemplates']> = {}
      for (const kind of ['grievance', 'membership', 'officer'] as const) {
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

/** TRIGGER_SRC and WX_OPENID are set by the platform per invocation; a client cannot forge them. */
export function cloudCaller(platformContext: { TRIGGER_SRC?: string; WX_OPENID?: string }): Caller {
  if (platformContext.TRIGGER_SRC === 'timer') return { kind: 'system' }
  if (platformContext.WX_OPENID) return { kind: 'user', openid: platformContext.WX_OPENID }
  return { kind: 'none' }
}

export function cloudDeps(env: NodeJS.ProcessEnv = process.env, opts: { card?: boolean } = {}): Deps {
  const keys = keysFromEnv(env, opts) // throws without the secrets: the function refuses to start
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV })
  const store = openCloudbaseStore(app)
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
  }
}

export function cloudMain(fn: FunctionDef) {
  // Inside CloudBase, build deps at load: a function without its secrets refuses to start.
  // Only the card function signs member cards, so only it needs (and gets) the card signing key.
  const opts = { card: fn.name === 'card' }
  let deps: Deps | undefined = process.env.TENCENTCLOUD_RUNENV ? cloudDeps(process.env, opts) : undefined
  return async (event: Record<string, unknown>, context: unknown): Promise<Envelope<unknown>> => {
    deps ??= cloudDeps(process.env, opts)
    const caller = cloudCaller(tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]))
    // A timer event carries no action: run the function's timer action.
    const body = caller.kind === 'system' && fn.timerAction ? { ...event, action: fn.timerAction } : event
    return fn.invoke(body, caller, deps)
  }
}
