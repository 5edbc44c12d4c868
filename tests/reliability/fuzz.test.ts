/**
 * Issue 9, fuzzing: every registered action gets hostile inputs (mutated valid examples, schema samples, raw junk)
 * through the local host over HTTP, one at a time. No answer may be INTERNAL (or a 5xx, non-JSON, a timeout), no
 * refused call may commit anything but the bookkeeping of an attempt, nothing may reach Object.prototype.
 * A few per action here; `npm run reliability` runs 10,000 per action and writes docs/reliability.md.
 * RELIABILITY_SEED replays a run (the seed is in every assertion); RELIABILITY_FUZZ_PER_ACTION changes the count.
 */
import { fuzzOrder, runFuzz, type FuzzReport } from './lib/fuzz'

const PER_ACTION = Number(process.env.RELIABILITY_FUZZ_PER_ACTION ?? 60)
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 2 ** 31)
jest.setTimeout(300_000)

let report: FuzzReport
beforeAll(async () => {
  report = await runFuzz({ seed: SEED, perAction: PER_ACTION })
})

const found = (what: string) => report.findings.filter((f) => f.answer.startsWith(what))

test(`When each action gets ${PER_ACTION} hostile inputs over HTTP, then none is answered INTERNAL or logs an error`, () => {
  const broken = [...found('INTERNAL'), ...found('NO ANSWER'), ...found('BAD ANSWER')]
  expect({ seed: SEED, broken, logged: found('error logged') }).toEqual({ seed: SEED, broken: [], logged: [] })
  expect(report.actions.reduce((n, a) => n + a.internal + a.errorsLogged, 0)).toBe(0)
})

test('When a call is refused, then it committed nothing but the bookkeeping of the attempt', () => {
  expect({ seed: SEED, committed: found('refused call committed') }).toEqual({ seed: SEED, committed: [] })
  expect(report.actions.filter((a) => a.refusedCommits > 0 || a.refusedRows > 0).map((a) => a.action)).toEqual([])
})

test('When prototype keys (__proto__, constructor) are sent, then Object.prototype is unchanged', () => {
  expect({ seed: SEED, prototypeClean: report.prototypeClean }).toEqual({ seed: SEED, prototypeClean: true })
})

test('When the fuzz ran, then every registered action got every input, and both answers were seen', () => {
  expect(report.actions.map((a) => a.action)).toEqual(fuzzOrder())
  expect(report.actions.filter((a) => a.inputs !== PER_ACTION)).toEqual([])
  // Not vacuous: the examples reach the handlers (some answers ok overall) and the mutations are refused.
  const ok = report.actions.reduce((n, a) => n + a.ok, 0)
  const refused = report.actions.reduce((n, a) => n + a.inputs - a.ok, 0)
  expect(ok).toBeGreaterThan(report.actions.length)
  expect(refused).toBeGreaterThan(report.actions.length * PER_ACTION * 0.5)
})
