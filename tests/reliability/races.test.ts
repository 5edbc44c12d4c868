/**
 * Issue 9, races: two officers on one case at once, and 20 copies of one request at once, on the host over HTTP,
 * on the entry in-process (SQLite) and on the CloudBase adapter (fake), each under its default limits.
 * `npm run reliability` runs more rounds and writes docs/reliability.md.
 */
import { runRaces, type RaceResult } from './lib/races'
import { TARGETS, type Target } from './lib/targets'

jest.setTimeout(180_000)
const ROUNDS = 3
const COPIES = 20

describe.each(TARGETS.map((t) => [t.label, t.open] as const))('%s', (_label, open) => {
  let target: Target
  let results: RaceResult[]
  beforeAll(async () => {
    target = await open()
    results = await runRaces(target.invoke, ROUNDS, COPIES)
  })
  afterAll(() => target.close())
  const scenario = (prefix: string) => {
    const r = results.find((x) => x.scenario.startsWith(prefix))
    if (!r) throw new Error(`no scenario ${prefix}`)
    return r
  }

  test.each(['two officers accept', 'two officers transfer', 'two officers resolve'])(
    'When %s one case at once, then one transition, one history event, the other a clear refusal',
    (prefix) => {
      const r = scenario(prefix)
      expect({ violations: r.violations, ok: r.ok, calls: r.calls }).toEqual({ violations: [], ok: ROUNDS, calls: 2 * ROUNDS })
    },
  )

  test.each([`${COPIES} submits`, `${COPIES} membership applications`])(
    'When %s with one requestId arrive at once, then one record, and every ok answer names it',
    (prefix) => {
      const r = scenario(prefix)
      expect(r.violations.filter((v) => /records for one request|answers .*".*".*"/.test(v))).toEqual([])
      expect(r.ok).toBeGreaterThanOrEqual(ROUNDS)
    },
  )

  // docs/api.md: "the same requestId again returns the first result" — also when the copies arrive together.
  test.each([`${COPIES} submits`, `${COPIES} membership applications`, `${COPIES} replies`])(
    'When %s with one requestId arrive at once, then every copy is answered with the first result',
    (prefix) => {
      const r = results.find((x) => x.scenario.startsWith(prefix))
      if (!r) return // reply takes no requestId yet
      expect({ refusals: r.refusals, violations: r.violations }).toEqual({ refusals: {}, violations: [] })
    },
  )

  test('When the races ran, then nothing was answered INTERNAL', () => {
    expect(target.errors.slice(0, 3)).toEqual([])
    expect(results.every((r) => !r.refusals.INTERNAL)).toBe(true)
  })
})
