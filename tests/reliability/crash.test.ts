/**
 * Issue 9, crash: the host process (scripts/host/main.ts) is killed with SIGKILL in the middle of concurrent submits
 * and started again on the same database. Every submit answered ok is there; nothing is half-written; a retry of
 * each unanswered request files or finds exactly one case. `npm run reliability` repeats it and writes the figures.
 */
import { seededRandom } from '../../scripts/lib/random'
import { crashOnce, type CrashResult } from './lib/crash'

jest.setTimeout(180_000)
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 2 ** 31)

let run: CrashResult
beforeAll(async () => {
  const rnd = seededRandom(SEED)
  run = await crashOnce(rnd, { clients: 6, killAfter: rnd.int(40, 120) })
})

test('When the host is killed mid-load, then the kill landed with requests in flight', () => {
  expect(run.acknowledged).toBeGreaterThanOrEqual(40)
  expect(run.unanswered).toBeGreaterThan(0)
})

test('When the host restarts on the same database, then every submit answered ok is found by its reporter', () => {
  expect({ seed: SEED, lost: run.lost }).toEqual({ seed: SEED, lost: [] })
})

test('When the database is read after the crash, then no case or reporter is half-written', () => {
  expect({ seed: SEED, ...run.halfWritten, integrity: run.integrity }).toEqual({
    seed: SEED, caseWithoutReporter: 0, participantWithoutCase: 0, participantCountMismatch: 0, integrity: 'ok',
  })
})

test('When each unanswered submit is retried after the restart, then it is answered ok with one case', () => {
  expect({ seed: SEED, wrong: run.retried.wrong, ok: run.retried.ok }).toEqual({ seed: SEED, wrong: [], ok: run.unanswered })
})
