/**
 * The collective door's officer refusal reads the officer record once per account and warm container: accounts
 * found not to be officers are remembered for a while (runtime/non-officers.ts); officers never are.
 */
import { nonOfficers, NON_OFFICER_TTL_MS } from '../../cloudfunctions/_lib/runtime/non-officers'
import type { ActionContext } from '../../cloudfunctions/_lib/runtime/deps'
import { AppError } from '../../cloudfunctions/_lib/runtime/result'
import { requireNotOfficer } from '../../cloudfunctions/grievance/lib/access'

function ctxFor(openid: string, officers: Set<string>, seen: ReturnType<typeof nonOfficers>, reads: string[]): ActionContext {
  const store = { officers: { get: async (id: string) => (reads.push(id), officers.has(id) ? { openid: id, orgId: 'o', role: 'officer', name: '干部' } : null) } }
  return { caller: { kind: 'user', openid }, now: new Date(), requestId: 'r', deps: { store, nonOfficers: seen } } as unknown as ActionContext
}

describe('requireNotOfficer with a warm container’s memory of non-officers', () => {
  it('When a worker passes the refusal twice, then the officer record is read once', async () => {
    const reads: string[] = []
    const seen = nonOfficers()
    for (let i = 0; i < 2; i++) await requireNotOfficer(ctxFor('worker-1', new Set(), seen, reads))
    expect(reads).toEqual(['worker-1'])
  })

  it('When an officer calls again and again, then each call reads the record and is refused (officers are never remembered)', async () => {
    const reads: string[] = []
    const seen = nonOfficers()
    for (let i = 0; i < 3; i++) {
      await expect(requireNotOfficer(ctxFor('chair-1', new Set(['chair-1']), seen, reads))).rejects.toBeInstanceOf(AppError)
    }
    expect(reads).toEqual(['chair-1', 'chair-1', 'chair-1'])
  })

  it('When the memory is older than its time to live, then the account is read again (and an officer appointed meanwhile is refused)', async () => {
    let now = 0
    const seen = nonOfficers(NON_OFFICER_TTL_MS, () => now)
    const reads: string[] = []
    const officers = new Set<string>()
    await requireNotOfficer(ctxFor('worker-2', officers, seen, reads))
    officers.add('worker-2')
    now = NON_OFFICER_TTL_MS - 1
    await requireNotOfficer(ctxFor('worker-2', officers, seen, reads))
    now = NON_OFFICER_TTL_MS + 1
    await expect(requireNotOfficer(ctxFor('worker-2', officers, seen, reads))).rejects.toBeInstanceOf(AppError)
    expect(reads).toEqual(['worker-2', 'worker-2'])
  })

  it('When there is no memory (the local host), then every call reads', async () => {
    const reads: string[] = []
    const ctx = ctxFor('worker-3', new Set(), nonOfficers(), reads)
    delete (ctx.deps as { nonOfficers?: unknown }).nonOfficers
    await requireNotOfficer(ctx)
    await requireNotOfficer(ctx)
    expect(reads).toEqual(['worker-3', 'worker-3'])
  })
})
