/**
 * The grievance benchmarks of issue 3 on ONE generated database (a temporary file):
 * 1. a bench directory is imported and `cases` cases are generated onto its orgs (grievance-store.ts);
 * 2. port-level listQueue / OFFSET / listDue measurements (grievance-store.ts, read-only);
 * 3. the host in its own process on that file: the officer queue (16 connections), submit (16, then 64
 *    connections), each against listCalendarYears; then the real escalation sweep at 0 %, 1 %, 10 % due;
 * 4. with the host stopped, sequential in-process submits with the store time broken down.
 * The order matters: the read-only measurements come first, the sweep (which moves cases) after them.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { benchQueueHost, type QueueHostResult } from './grievance-queue'
import { generateCases, measureGrievanceStore, type GrievanceStoreBenchOptions } from './grievance-store'
import { benchSubmit, type SubmitBenchResult } from './grievance-submit'
import { measureSubmitCost, type SubmitCost } from './grievance-submit-cost'
import { benchSweep, type SweepRun } from './grievance-sweep'
import { importForCases, makeGrievanceDirectory } from './lib/grievance-directory'
import { startHostProcess } from './lib/host-process'
import type { AlternateOptions } from './lib/load'

export type GrievanceBenchOptions = {
  enterprises: number
  towns: number
  enterpriseUnions: number
  /** `orgs` is ignored: the cases go to the imported directory's orgs */
  store: Omit<GrievanceStoreBenchOptions, 'orgs' | 'participants'>
  submit: AlternateOptions
  /** submit again at fewer clients, right before `submit` (issue 10 §5: p99 at 16 clients) */
  submitLight?: AlternateOptions
  queue: AlternateOptions & { cursors: number }
  sweepRuns: number
  /** sequential in-process submits whose store time is broken down */
  costCalls: number
}

export type GrievanceBenchResult = {
  dataset: {
    orgs: number
    enterprises: number
    officers: number
    cases: number
    bigOrgId: string
    bigOrgCases: number
    /** how deep the deep-page measurements go into the big queue, and the page size */
    depth: number
    pageSize: number
    journalMode: string
  }
  generate: ReturnType<typeof generateCases>
  port: Awaited<ReturnType<typeof measureGrievanceStore>>
  queueHost: QueueHostResult
  submit: SubmitBenchResult
  submitLight?: SubmitBenchResult
  sweep: SweepRun[]
  submitCost: SubmitCost
}

export async function benchGrievance(workDir: string, opts: GrievanceBenchOptions, step: (m: string) => void = () => {}): Promise<GrievanceBenchResult> {
  const dir = makeGrievanceDirectory(opts)
  const dbPath = join(workDir, 'grievances.db')
  const store = openSqliteStore(dbPath)
  const layout = await importForCases(store, dir).finally(() => store.close())
  const storeOpts: GrievanceStoreBenchOptions = { ...opts.store, orgs: layout.others.length + 1, participants: true }

  step(`grievances: generating ${storeOpts.cases.toLocaleString()} cases on ${storeOpts.orgs.toLocaleString()} orgs (${storeOpts.bigOrgCases.toLocaleString()} in ${layout.big.id})`)
  const generate = generateCases(dbPath, storeOpts, layout)
  const db = new Database(dbPath, { readonly: true })
  const bigOrgCases = (db.prepare('SELECT count(*) AS n FROM grievances WHERE assigned_org_id = ?').get(layout.big.id) as { n: number }).n
  const journalMode = String(db.pragma('journal_mode', { simple: true }))
  db.close()

  step('grievances: port-level listQueue, OFFSET and listDue')
  const port = await measureGrievanceStore(dbPath, storeOpts, layout)

  const host = await startHostProcess(dbPath, join(workDir, 'grievance-host'))
  let hostRuns: Pick<GrievanceBenchResult, 'queueHost' | 'submit' | 'submitLight' | 'sweep'>
  try {
    step(`grievances: queue through the host, ${opts.queue.connections} connections`)
    const queueHost = await benchQueueHost(host.url, dbPath, { ...opts.queue, orgId: dir.bigTownId, officer: dir.bigTownOfficer, depth: storeOpts.depth })
    let submitLight: SubmitBenchResult | undefined
    if (opts.submitLight) {
      step(`grievances: submit through the host, ${opts.submitLight.connections} connections`)
      submitLight = await benchSubmit(host.url, dbPath, dir, opts.submitLight)
    }
    step(`grievances: submit through the host, ${opts.submit.connections} connections`)
    const submit = await benchSubmit(host.url, dbPath, dir, opts.submit)
    step(`grievances: escalate.sweep at 0 %, 1 %, 10 % due (${opts.sweepRuns} runs each)`)
    const sweep = await benchSweep(host.url, dbPath, storeOpts.cases, opts.sweepRuns)
    hostRuns = { queueHost, submit, submitLight, sweep }
  } finally {
    await host.stop()
  }
  step(`grievances: ${opts.costCalls} sequential in-process submits, store time broken down`)
  const submitCost = await measureSubmitCost(dbPath, workDir, dir, opts.costCalls)
  const { orgs, enterprises, officers } = dir.file
  return {
    dataset: {
      orgs: orgs.length,
      enterprises: enterprises.length,
      officers: officers.length,
      cases: storeOpts.cases,
      bigOrgId: layout.big.id,
      bigOrgCases,
      depth: storeOpts.depth,
      pageSize: storeOpts.pageSize,
      journalMode,
    },
    generate,
    port,
    ...hostRuns,
    submitCost,
  }
}
