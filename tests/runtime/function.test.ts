import * as z from 'zod/mini'
import { action, defineFunction } from '../../cloudfunctions/_lib/runtime/function'
import { AppError, fail } from '../../cloudfunctions/_lib/runtime/result'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'

const log = memoryLogger()
// The runtime itself touches only ids and log; the store is never reached by these actions.
const deps = { ids: () => 'req-1', log } as unknown as Deps
const user = { kind: 'user', openid: 'o-1' } as const

const fn = defineFunction({
  name: 'probe',
  timerAction: 'sweep',
  actions: {
    echo: action({ input: z.object({ n: z.int('n 应为整数') }), handle: async ({ n }, ctx) => ({ n, who: ctx.caller }) }),
    open: action({ input: z.object({}), access: 'public', handle: async () => 'hi' }),
    sweep: action({ input: z.object({}), access: 'system', handle: async () => 'swept' }),
    outcome: action({ input: z.object({}), handle: async () => fail('PROBE.NOPE', '不行', { a: '原因' }) }),
    guard: action({ input: z.object({}), handle: async () => { throw new AppError('FORBIDDEN') } }),
    bug: action({ input: z.object({}), handle: async () => { throw new Error('secret stack detail') } }),
  },
})

describe('function runtime', () => {
  it('When the action exists and input is valid, then it returns ok with data', async () => {
    expect(await fn.invoke({ action: 'echo', n: 3 }, user, deps)).toEqual({ ok: true, data: { n: 3, who: user } })
  })
  it('When the action is unknown or missing, then UNKNOWN_ACTION', async () => {
    expect((await fn.invoke({ action: 'nope' }, user, deps)) as any).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    expect((await fn.invoke(null, user, deps)) as any).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
    expect((await fn.invoke({ action: 'toString' }, user, deps)) as any).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })
  it('When input is invalid, then VALIDATION with a Chinese message per field', async () => {
    const out = (await fn.invoke({ action: 'echo', n: 'x' }, user, deps)) as any
    expect(out.error.code).toBe('VALIDATION')
    expect(out.error.fields.n).toBe('n 应为整数')
    const missing = (await fn.invoke({ action: 'echo' }, user, deps)) as any
    expect(missing.error.fields.n).toMatch(/[\u4e00-\u9fa5]/)
  })
  it('When a user action has no caller identity, then UNAUTHENTICATED; public actions still work', async () => {
    expect(((await fn.invoke({ action: 'echo', n: 1 }, { kind: 'none' }, deps)) as any).error.code).toBe('UNAUTHENTICATED')
    expect(await fn.invoke({ action: 'open' }, { kind: 'none' }, deps)).toEqual({ ok: true, data: 'hi' })
  })
  it('When a person calls a timer-only action, then FORBIDDEN; the system caller may', async () => {
    expect(((await fn.invoke({ action: 'sweep' }, user, deps)) as any).error.code).toBe('FORBIDDEN')
    expect(await fn.invoke({ action: 'sweep' }, { kind: 'system' }, deps)).toEqual({ ok: true, data: 'swept' })
  })
  it('When a handler returns a failure or a guard throws, then the envelope carries its code', async () => {
    expect(await fn.invoke({ action: 'outcome' }, user, deps)).toEqual({ ok: false, error: { code: 'PROBE.NOPE', message: '不行', fields: { a: '原因' } } })
    expect(((await fn.invoke({ action: 'guard' }, user, deps)) as any).error).toEqual({ code: 'FORBIDDEN', message: '您没有权限进行此操作' })
  })
  it('When a handler has a bug, then INTERNAL with a request id, logged server-side, no stack to the client', async () => {
    const out = (await fn.invoke({ action: 'bug' }, user, deps)) as any
    expect(out).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'req-1' } })
    expect(JSON.stringify(out)).not.toContain('secret')
    expect(log.entries.at(-1)).toMatchObject({ level: 'error', fields: { requestId: 'req-1', action: 'bug' } })
    expect(String(log.entries.at(-1)?.fields?.error)).toContain('secret stack detail')
  })
})
