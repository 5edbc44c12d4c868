/**
 * The bench code works (tiny sizes): every bench function runs end to end and returns a well-formed
 * result. Timings are never asserted; only shapes, counts and the generated data's validity.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchCard } from '../../bench/card'
import { benchColdStart, buildColdStartSubjects } from '../../bench/cold-start'
import { benchDirectorySearch } from '../../bench/directory-search'
import { benchGrievance } from '../../bench/grievance'
import { benchImport, type ImportResult } from '../../bench/import'
import { benchLegalAsk } from '../../bench/legal-ask'
import { creditCodeFor, makeDirectoryFile, searchFragments } from '../../bench/lib/dataset'
import { throughHostSection } from '../../bench/lib/host-targets-report'
import type { LoadResult } from '../../bench/lib/load'
import { consoleTable, markdownSection, summaryRows, type RunResults } from '../../bench/lib/report'
import { makeTempDir } from '../../bench/lib/tmp'
import { benchMembership } from '../../bench/membership-queue'
import { benchMutualAidHost } from '../../bench/mutual-aid-host'
import { isValidCreditCode } from '../../types/credit-code'
import { directoryFile } from '../../types/directory'

jest.setTimeout(90_000)

const positive = expect.any(Number)
const file = makeDirectoryFile({ enterprises: 120, towns: 3 })
const fragments = searchFragments(file, 10)
let work: ReturnType<typeof makeTempDir>
const results: Partial<RunResults> = {}
/** The shortest host load: half a second of warm-up per side, then one 1 s slice each. */
const TINY = { connections: 2, seconds: 1, slices: 1, warmupSeconds: 0.5 }
/** Every response counted, none refused, percentiles in order. */
function answered(load: LoadResult) {
  expect(load.total).toBeGreaterThan(0)
  expect(load.failures).toBe(0)
  expect(load.p99Ms).toBeGreaterThanOrEqual(load.p50Ms)
}
/** Every ok reply wrote its record; at most one request per connection per load was cut off in flight. */
function wrote(created: number, okReplies: number, pooled: number, load: typeof TINY) {
  expect(okReplies).toBeGreaterThanOrEqual(pooled)
  expect(created).toBeGreaterThanOrEqual(okReplies)
  expect(created).toBeLessThanOrEqual(okReplies + load.connections * (load.slices + 1))
}

beforeAll(() => {
  work = makeTempDir('smoke')
  writeFileSync(join(work.path, 'directory.json'), JSON.stringify(file))
})
afterAll(() => work.remove())

describe('bench dataset', () => {
  it('When a directory file is generated, then it passes the import schema with valid, unique credit codes', () => {
    expect(directoryFile.safeParse(file).success).toBe(true)
    expect(file.orgs).toHaveLength(4)
    const codes = file.enterprises.map((e) => e.creditCode)
    expect(codes.every(isValidCreditCode)).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
    expect(new Set(Array.from({ length: 5000 }, (_, i) => creditCodeFor(i))).size).toBe(5000)
  })

  it('When fragments are cut, then each is 2–4 characters of some enterprise name, without the legal form', () => {
    for (const q of fragments) {
      expect(Array.from(q).length).toBeGreaterThanOrEqual(2)
      expect(Array.from(q).length).toBeLessThanOrEqual(4)
      expect(file.enterprises.some((e) => e.name.includes(q))).toBe(true)
      expect(q).not.toContain('公司')
    }
  })
})

describe('bench functions on tiny sizes', () => {
  it('When the cold start bench runs one round, then it reports wall and phase medians for every subject', async () => {
    const subjects = await buildColdStartSubjects(work.path)
    const cold = await benchColdStart(subjects, { rounds: 1, warmup: 0 })
    for (const side of [cold.fn, cold.sdk, cold.zod]) {
      expect(side).toEqual({ wallMs: positive, wallP90Ms: positive, bootMs: positive, loadMs: positive, callMs: positive, bundleBytes: positive })
      expect(side.wallMs).toBeGreaterThan(0)
    }
    expect(cold.ratio).toBeCloseTo(cold.fn.wallMs / cold.sdk.wallMs)
    results.cold = cold
  })

  it('When the import bench runs, then every row is imported and the search index is written', async () => {
    const imp: ImportResult = await benchImport({ jsonPath: join(work.path, 'directory.json'), workDir: work.path, rounds: 2 })
    expect(imp.rounds).toBe(2)
    expect(imp.rows).toBe(124)
    expect(imp.gramPostings).toBeGreaterThan(file.enterprises.length)
    expect(imp.journalMode).toBe('wal')
    for (const key of ['jsonParseMs', 'zodValidateMs', 'planMs', 'importMs', 'rawInsertMs', 'importRowsPerSec', 'rawRowsPerSec', 'ratio'] as const) {
      expect(Number.isFinite(imp[key]) && imp[key] > 0).toBe(true)
    }
    results.imp = imp
  })

  it('When the search bench runs against the imported db, then both actions answer without failures', async () => {
    const search = await benchDirectorySearch({ dbPath: results.imp!.dbPath, workDir: work.path, fragments, connections: 2, seconds: 2, slices: 2, warmupSeconds: 1 })
    expect(search.meanHits).toBeGreaterThanOrEqual(1)
    expect(search.store.p99Ms).toBeGreaterThanOrEqual(search.store.p50Ms)
    expect(search.store.meanMs).toBeGreaterThan(0)
    for (const load of [search.search, search.noop]) {
      expect(load.total).toBeGreaterThan(0)
      expect(load.failures).toBe(0)
      expect(load.p99Ms).toBeGreaterThanOrEqual(load.p50Ms)
    }
    expect(search.ratio).toBeCloseTo(search.search.reqPerSec / search.noop.reqPerSec)
    results.search = search
  })

  it('When the grievance benches run on one tiny generated store, then every part answers without failures', async () => {
    const submit = { connections: 4, seconds: 2, slices: 2, warmupSeconds: 1 }
    const g = await benchGrievance(work.path, {
      enterprises: 300,
      towns: 3,
      enterpriseUnions: 30,
      store: { cases: 3_000, bigOrgCases: 1_800, depth: 1_500, pageSize: 20, samples: 30, offsetSamples: 3 },
      submit,
      submitLight: TINY,
      queue: { connections: 2, seconds: 2, slices: 2, warmupSeconds: 1, cursors: 4 },
      sweepRuns: 2,
      costCalls: 30,
    })
    expect(g.dataset).toMatchObject({ orgs: 1 + 3 + 3 * 4 + 30, enterprises: 300, officers: 4, cases: 3_000, journalMode: 'wal' })
    expect(g.dataset.bigOrgCases).toBeGreaterThan(1_500)
    expect(g.generate.dbBytes).toBeGreaterThan(0)
    const q = g.port.queue
    for (const t of [q.typicalOrgFirstPage, q.bigOrgFirstPage, q.bigOrgOverdueFirstPage, q.bigOrgKeysetAtDepth, q.bigOrgOffsetAtDepth]) {
      expect(t.p99).toBeGreaterThanOrEqual(t.p50)
    }
    expect(g.port.due.map((d) => d.duePercent)).toEqual([1, 10])
    expect(g.port.due[0].dueCases).toBeGreaterThanOrEqual(30)
    expect(g.port.due[1].dueCases).toBeGreaterThanOrEqual(300)

    expect(g.queueHost.depths).toEqual([0, 500, 1_000, 1_500])
    for (const load of [g.queueHost.queue, g.queueHost.noop, g.submit.submit, g.submit.noop]) {
      expect(load.total).toBeGreaterThan(0)
      expect(load.failures).toBe(0)
      expect(load.p99Ms).toBeGreaterThanOrEqual(load.p50Ms)
    }
    expect(g.submit.ratio).toBeCloseTo(g.submit.submit.reqPerSec / g.submit.noop.reqPerSec)
    // Every accepted submit wrote one case; at most one request per connection per load was cut off in flight.
    expect(g.submit.okReplies).toBeGreaterThanOrEqual(g.submit.submit.total)
    expect(g.submit.casesCreated).toBeGreaterThanOrEqual(g.submit.okReplies)
    expect(g.submit.casesCreated).toBeLessThanOrEqual(g.submit.okReplies + submit.connections * (submit.slices + 1))
    expect(Object.keys(g.submit.routes).sort()).toEqual(['COLLECTIVE', 'EMPLOYER_BLIND', 'ENTERPRISE_UNION', 'JOINT_UNION', 'TOWN', 'URGENT'])
    const light = g.submitLight!
    expect(light.connections).toBe(2)
    answered(light.submit)
    answered(light.noop)
    wrote(light.casesCreated, light.okReplies, light.submit.total, TINY)

    expect(g.sweep.map((r) => r.duePercent)).toEqual([0, 1, 1, 10, 10])
    expect(g.sweep[0]).toMatchObject({ dueBefore: 0, escalated: 0, overdue: 0, perCaseMs: null })
    expect(g.sweep[1].dueBefore).toBeGreaterThanOrEqual(30)
    for (const run of g.sweep) {
      // At smoke sizes each run handles every due case within its budget, and nothing else.
      expect(run.complete).toBe(true)
      expect(run.escalated + run.overdue).toBe(run.dueBefore)
      expect(run.conflicts).toBe(0)
    }

    expect(g.submitCost.calls).toBe(30)
    expect(g.submitCost.store.find((m) => m.method === 'grievances.create')).toMatchObject({ calls: 1 })
    expect(g.submitCost.store.find((m) => m.method === 'sideRecords.write')).toMatchObject({ calls: 1 }) // audit line and both items in one call (side-records.ts)
    expect(g.submitCost.submitMs).toBeGreaterThan(0)
    results.grievance = g
  })

  it('When the card benches run on a few members, then token issuance answers without failures and verify is compared', async () => {
    const card = await benchCard(work.path, {
      members: 5,
      host: { connections: 2, seconds: 2, slices: 2, warmupSeconds: 1 },
      verify: { rounds: 2, perRound: 5 },
    })
    expect(card.members).toBe(5)
    for (const load of [card.token, card.noop]) {
      expect(load.total).toBeGreaterThan(0)
      expect(load.failures).toBe(0)
      expect(load.p99Ms).toBeGreaterThanOrEqual(load.p50Ms)
    }
    expect(card.ratio).toBeCloseTo(card.token.reqPerSec / card.noop.reqPerSec)
    expect(card.verify).toMatchObject({ rounds: 2, perRound: 5 })
    expect(card.verify.cardPerSec).toBeGreaterThan(0)
    expect(card.verify.barePerSec).toBeGreaterThan(0)
    expect(card.verify.ratio).toBeGreaterThan(0)
    expect(card.verify.tokenChars).toBeLessThan(200)
    results.card = card
  })

  it('When the application-queue benches run on a tiny generated store, then every page is measured and the host answers without failures', async () => {
    const m = await benchMembership(work.path, {
      enterprises: 300,
      towns: 3,
      enterpriseUnions: 30,
      store: { members: 3_000, bigOrgMembers: 1_000, rejected: 60, pending: 1_000, bigOrgPending: 600, overduePending: 40, depth: 500, allDepth: 800, pageSize: 20, samples: 30, offsetSamples: 3 },
      queue: { connections: 2, seconds: 2, slices: 2, warmupSeconds: 1, cursors: 3 },
    })
    expect(m.dataset).toMatchObject({ orgs: 1 + 3 + 3 * 4 + 30, members: 3_000, applications: 4_060, pending: 1_000, rootOverdue: 40, journalMode: 'wal' })
    expect(m.dataset.bigOrgPending).toBeGreaterThan(500)
    expect(m.dataset.bigOrgMembers).toBeGreaterThan(800)
    expect(m.generate.rows).toBe(4_060 + 3_000)
    const q = m.port.queue
    const timings = [q.smallOrgPendingFirstPage, q.smallOrgAllFirstPage, q.bigOrgAllFirstPage, q.bigOrgPendingFirstPage, q.bigOrgApprovedFirstPage, q.bigOrgOverdueFirstPage, q.rootOverdueFirstPage, q.bigOrgPendingKeysetAtDepth, q.bigOrgAllKeysetAtDepth]
    for (const t of [...timings, q.bigOrgPendingOffsetAtDepth]) expect(t.p99).toBeGreaterThanOrEqual(t.p50)
    expect(q.smallOrgPendingItems).toBeGreaterThan(0)
    // Following `next` visits every pending application of the big town once.
    expect(q.bigOrgPendingWalk.items).toBe(m.dataset.bigOrgPending)
    expect(q.bigOrgPendingWalk.pages).toBe(Math.floor(m.dataset.bigOrgPending / 20) + 1)
    expect(m.port.due).toMatchObject({ duePercent: 1, clocks: 1_000 - 40 })
    expect(m.port.due.items).toBeGreaterThanOrEqual(9)

    expect(m.queueHost.depths).toEqual([0, 250, 500])
    for (const load of [m.queueHost.queue, m.queueHost.noop]) {
      expect(load.total).toBeGreaterThan(0)
      expect(load.failures).toBe(0)
      expect(load.p99Ms).toBeGreaterThanOrEqual(load.p50Ms)
    }
    expect(m.queueHost.ratio).toBeCloseTo(m.queueHost.queue.reqPerSec / m.queueHost.noop.reqPerSec)
    results.membership = m
  })

  it('When legal.ask is loaded through the host on the demo directory, then every accepted ask wrote one consultation', async () => {
    const legal = await benchLegalAsk(work.path, TINY)
    answered(legal.ask)
    answered(legal.noop)
    expect(legal.ratio).toBeCloseTo(legal.ask.reqPerSec / legal.noop.reqPerSec)
    wrote(legal.consultationsCreated, legal.okReplies, legal.ask.total, TINY)
    // The demo directory's lawyers sit at the city: every consultation goes to its legal service centre.
    expect(legal.routes).toEqual({ CITY_CENTRE: legal.okReplies })
    results.legal = legal
  })

  it('When mutual aid is loaded through the host on members built through it, then estimates are covered and every accepted claim was filed', async () => {
    const m = await benchMutualAidHost(work.path, { members: 8, load: TINY })
    expect(m.members).toBe(8)
    for (const load of [m.estimate.subject, m.estimate.noop, m.claim.subject, m.claim.noop]) answered(load)
    expect(m.estimate.covered).toBe(m.estimate.okReplies)
    expect(m.claim.ratio).toBeCloseTo(m.claim.subject.reqPerSec / m.claim.noop.reqPerSec)
    wrote(m.claim.claimsCreated, m.claim.okReplies, m.claim.subject.total, TINY)
    await expect(benchMutualAidHost(work.path, { members: 7, load: TINY })).rejects.toThrow('at least 4 per connection')
    results.mutualAid = m
  })

  it('When the results are reported, then the table and the doc section name every benchmark', () => {
    const run = {
      ...results,
      info: { date: '2026-01-01T00:00:00.000Z', node: process.version, cpu: 'test', cores: 2, memGiB: 1, loadAvg: [0, 0, 0], quick: true, seconds: 1 },
      dataset: { cities: 1, towns: 3, enterprises: 120, fileBytes: 1, fragments: fragments.length },
    } as RunResults
    const table = consoleTable(summaryRows(run))
    expect(table).toMatch(/Cold start[\s\S]*Directory search[\s\S]*Import[\s\S]*Grievance submit[\s\S]*Officer queue \(port\)[\s\S]*Officer queue \(host\)[\s\S]*Escalation sweep[\s\S]*Card token[\s\S]*Card verify \(offline\)[\s\S]*Application queue \(port\)[\s\S]*Application queue \(host\)[\s\S]*Legal ask \(host\)[\s\S]*Mutual aid estimate \(host\)[\s\S]*Mutual aid claim \(host\)/)
    // The 16-client submit rows sit right before the 64-client ones; the targets are judged at 16 clients only.
    expect(table).toMatch(/Grievance submit +req\/s \(2 connections\)[\s\S]*Grievance submit +req\/s \(4 connections\)/)
    expect(table).toContain('p99 ≤ 50 at 16 (not judged at 2)')
    const doc = markdownSection(run)
    expect(doc).toContain('## 1. Function cold start')
    expect(doc).toContain('## 2. Directory search')
    expect(doc).toContain('## 3. Import of 124 rows')
    expect(doc).toContain('## 4. Grievance data set')
    expect(doc).toContain('## 5. Grievance submit through the host (4 connections')
    expect(doc).toContain('## 6. Officer queue with 3,000 cases')
    expect(doc).toContain('## 7. Escalation sweep at 3,000 open cases')
    expect(doc).toContain('## 8. E-member card')
    expect(doc).toContain('## 9. Application queue with 3,000 members')
    expect(doc).toContain('At 2 connections (its own run just before')
    expect(doc).toContain('## 10. Legal consultation through the host (2 connections')
    expect(doc).toContain('## 11. Medical mutual aid through the host (2 connections')
    const dated = throughHostSection({
      date: '2026-12-04T10:00:00.000Z', command: 'npx tsx bench/host-targets.ts', node: process.version, cpu: 'test', cores: 2, loadAvg: [1, 2, 3],
      seconds: 1, cases: 3_000, submit: [run.grievance.submitLight!, run.grievance.submit], legal: run.legal, mutualAid: run.mutualAid,
    })
    expect(dated).toContain('## Through the host (2026-12-04 run)')
    expect(dated).toContain('load average at start **1.00 / 2.00 / 3.00**')
    expect(dated.match(/^\| (grievance\.submit|legal\.ask|mutualAid\.estimate|mutualAid\.claim) /gm)).toHaveLength(5)
  })
})
