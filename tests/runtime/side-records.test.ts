/**
 * An action's audit lines, inbox items and check-ins are written together when it ends (runtime/side-records.ts): one
 * store call, even when the action fails or throws after recording them; timers write as they go.
 */
import * as z from 'zod/mini'
import { audit } from '../../cloudfunctions/_lib/runtime/audit'
import { action, defineFunction } from '../../cloudfunctions/_lib/runtime/function'
import { AppError, fail } from '../../cloudfunctions/_lib/runtime/result'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'
import { recordInbox } from '../../cloudfunctions/_lib/runtime/side-records'
import type { ActionContext, Deps } from '../../cloudfunctions/_lib/runtime/deps'
import type { AuditEntry, InboxItem, SideRecords } from '../../cloudfunctions/_lib/store/port'

type Call = [string, unknown]

function recordingDeps() {
  const calls: Call[] = []
  let n = 0
  const store = {
    audit: { append: async (e: AuditEntry) => void calls.push(['audit.append', e.action]) },
    inbox: { add: async (i: InboxItem) => void calls.push(['inbox.add', i.type]) },
    sideRecords: {
      write: async (r: SideRecords) => void calls.push(['sideRecords.write', [...r.audit.map((e) => e.action), ...r.inbox.map((i) => i.type), ...r.checkins.map((c) => c.id)]]),
    },
  }
  const deps = { ids: () => `id-${++n}`, log: memoryLogger(), store } as unknown as Deps
  return { deps, calls }
}

const item = (ctx: ActionContext, type: string): InboxItem =>
  ({ id: ctx.deps.ids(), recipientKey: 'org:x', at: '2026-03-10T10:00:00+08:00', type, caseId: null, title: 't', body: 'b', read: false, dueAt: null })

async function recordTwo(ctx: ActionContext) {
  await audit(ctx, 'probe.one', 'probe', 'p-1')
  await recordInbox(ctx, item(ctx, 'probe.a'))
  await audit(ctx, 'probe.two', 'probe', 'p-1')
  await recordInbox(ctx, item(ctx, 'probe.b'))
}

const fn = defineFunction({
  name: 'probe',
  actions: {
    ok: action({ input: z.object({}), handle: async (_i, ctx) => { await recordTwo(ctx); return 'done' } }),
    refused: action({ input: z.object({}), handle: async (_i, ctx) => { await recordTwo(ctx); return fail('CONFLICT') } }),
    thrown: action({ input: z.object({}), handle: async (_i, ctx) => { await recordTwo(ctx); throw new AppError('CONFLICT') } }),
    timer: action({ input: z.object({}), access: 'system', handle: async (_i, ctx) => { await recordTwo(ctx); return 'swept' } }),
    nothing: action({ input: z.object({}), handle: async () => 'quiet' }),
  },
})
const user = { kind: 'user', openid: 'o-1' } as const

describe('side records', () => {
  it('When a user action records audit lines and inbox items, then they are written once, in one call, after the handler', async () => {
    const { deps, calls } = recordingDeps()
    expect(await fn.invoke({ action: 'ok' }, user, deps)).toEqual({ ok: true, data: 'done' })
    expect(calls).toEqual([['sideRecords.write', ['probe.one', 'probe.two', 'probe.a', 'probe.b']]])
  })

  it('When the action refuses or throws after recording, then what it recorded is still written', async () => {
    for (const name of ['refused', 'thrown']) {
      const { deps, calls } = recordingDeps()
      expect(((await fn.invoke({ action: name }, user, deps)) as { ok: boolean }).ok).toBe(false)
      expect(calls.map(([c]) => c)).toEqual(['sideRecords.write'])
    }
  })

  it('When a timer records, then every line is written at once, one by one (a long sweep holds nothing back)', async () => {
    const { deps, calls } = recordingDeps()
    await fn.invoke({ action: 'timer' }, { kind: 'system' }, deps)
    expect(calls).toEqual([['audit.append', 'probe.one'], ['inbox.add', 'probe.a'], ['audit.append', 'probe.two'], ['inbox.add', 'probe.b']])
  })

  it('When an action records nothing, then nothing is written', async () => {
    const { deps, calls } = recordingDeps()
    await fn.invoke({ action: 'nothing' }, user, deps)
    expect(calls).toEqual([])
  })
})
