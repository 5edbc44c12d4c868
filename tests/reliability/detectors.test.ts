/**
 * The fuzz's detectors see what they are there to see: a store that throws gives INTERNAL answers that are counted,
 * and a refusal that wrote a row is reported with the table. (Else fuzz.test.ts could pass by never looking.)
 */
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { runFuzz } from './lib/fuzz'

jest.setTimeout(120_000)

test('When the store throws under an action, then the fuzz counts INTERNAL answers and keeps the logged error', async () => {
  const report = await runFuzz({
    seed: 1, perAction: 20, only: (a) => a === 'account.me',
    sabotage: (store: Store) => {
      store.officers.get = async () => {
        throw new Error('sabotaged read')
      }
    },
  })
  expect(report.actions[0].internal).toBeGreaterThan(0)
  expect(report.findings[0]).toMatchObject({ action: 'account.me', answer: expect.stringMatching(/^INTERNAL/), log: expect.stringContaining('sabotaged read') })
})

test('When a refused call wrote a row, then the fuzz reports the commit and the table', async () => {
  const report = await runFuzz({
    seed: 2, perAction: 20, only: (a) => a === 'account.createInvite',
    sabotage: (store: Store) => {
      // The admin is "not an officer" (FORBIDDEN), after an audit row was written: a half-done refusal.
      store.officers.get = async () => {
        await store.audit.append({ id: `sabotage-${Math.random()}`, at: '2026-03-10T10:00:00+08:00', actor: 'system', action: 'sabotage.write', recordType: 'x', recordId: 'x', detail: null } as never)
        return null
      }
    },
  })
  const [result] = report.actions
  expect(result.refusedCommits).toBeGreaterThan(0)
  expect(result.refusedRows).toBeGreaterThanOrEqual(result.refusedCommits)
  expect(report.findings.find((f) => f.answer.startsWith('refused call committed'))?.answer).toMatch(/"audit":1.*audit:sabotage\.write/)
})
