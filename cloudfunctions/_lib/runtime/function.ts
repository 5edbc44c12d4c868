/**
 * One deployed function = a name + a table of actions. `invoke` is the whole request path:
 * identity (given) → action lookup → access → zod parse → handler → envelope.
 * CloudBase's `main` (./cloud.ts) and the local host both call `invoke`.
 */
import type * as z from 'zod/mini'
import type { Envelope } from '../../../types/envelope'
import { fieldErrors } from '../../../types/zod'
import { AppError, fail, isFailure, type Failure } from './result'
import type { ActionContext, Caller, Deps } from './deps'
import { flushSideRecords, sideRecords } from './side-records'
import { sourceKey } from './source'

/** `user`: any WeChat user (openid required). `public`: also callers without identity. `system`: timers only. */
export type Access = 'user' | 'public' | 'system'

export type Action<S extends z.ZodMiniType = z.ZodMiniType, O = unknown> = {
  input: S
  access: Access
  handle(input: z.output<S>, ctx: ActionContext): Promise<O | Failure>
}

export function action<S extends z.ZodMiniType, O>(def: {
  input: S
  access?: Access
  handle(input: z.output<S>, ctx: ActionContext): Promise<O | Failure>
}): Action<S, O> {
  return { access: 'user', ...def }
}

export type FunctionDef = {
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  actions: Record<string, Action<any, any>>
  /** The action a timer trigger runs (CloudBase allows one timer per function). */
  timerAction?: string
  invoke(event: unknown, caller: Caller, deps: Deps, now?: Date): Promise<Envelope<unknown>>
}

function failureEnvelope(f: Failure, requestId?: string): Envelope<never> {
  return {
    ok: false,
    error: { code: f.code, message: f.message, ...(f.fields ? { fields: f.fields } : {}), ...(requestId ? { requestId } : {}) },
  }
}

function accessFailure(access: Access, caller: Caller): Failure | null {
  if (access === 'system') return caller.kind === 'system' ? null : fail('FORBIDDEN')
  if (access === 'user' && caller.kind !== 'user') return fail('UNAUTHENTICATED')
  return null
}

/** The caller as handlers see it: without the address in clear (`ctx.source` holds its keyed hash). */
function withoutSource(caller: Caller): Caller {
  if (caller.kind === 'system' || caller.source === undefined) return caller
  const { source: _inClear, ...rest } = caller
  return rest as Caller
}

export function defineFunction(def: Pick<FunctionDef, 'name' | 'actions' | 'timerAction'>): FunctionDef {
  async function invoke(event: unknown, caller: Caller, deps: Deps, now = new Date()): Promise<Envelope<unknown>> {
    const requestId = deps.ids()
    const body = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>
    const name = typeof body.action === 'string' ? body.action : ''
    const act = Object.prototype.hasOwnProperty.call(def.actions, name) ? def.actions[name] : undefined
    if (!act) return failureEnvelope(fail('UNKNOWN_ACTION', `不支持的操作：${name.slice(0, 40) || '(空)'}`))

    const denied = accessFailure(act.access, caller)
    if (denied) return failureEnvelope(denied)

    const { action: _ignored, ...input } = body
    const parsed = act.input.safeParse(input)
    if (!parsed.success) return failureEnvelope(fail('VALIDATION', undefined, fieldErrors(parsed.error)))

    try {
      const source = caller.kind !== 'system' && caller.source ? sourceKey(deps.crypto, caller.source) : undefined
      const ctx: ActionContext = {
        caller: withoutSource(caller), now, requestId, deps, ...(source ? { source } : {}),
        ...(caller.kind === 'system' ? {} : { sideRecords: sideRecords() }),
      }
      let out: unknown
      try {
        out = await act.handle(parsed.data, ctx)
      } finally {
        await flushSideRecords(ctx)
      }
      return isFailure(out) ? failureEnvelope(out) : { ok: true, data: out }
    } catch (err) {
      if (err instanceof AppError) return failureEnvelope(err.failure)
      // A bug: log it with the request id, never send the stack to the client.
      deps.log.error('unhandled error', {
        fn: def.name,
        action: name,
        requestId,
        error: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err),
      })
      return failureEnvelope(fail('INTERNAL'), requestId)
    }
  }
  return { ...def, invoke }
}
