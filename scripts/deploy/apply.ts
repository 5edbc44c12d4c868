/**
 * `npm run deploy`: read the environment, work out the steps (diff.ts), print them, run them in order and stop at
 * the first failure with the step that failed and what is already done. Between the database steps and the
 * functions it reads every planned index back and, only when all are there as planned, records the unique ones in
 * `deploy_state/unique_indexes` — the document deployed functions read before they write (schema-gate.ts). Running
 * it again is safe: what already matches is left alone.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import { DEPLOY_STATE, UNIQUE_INDEXES_DOC, uniqueIndexSignatures } from '../../cloudfunctions/_lib/store/cloudbase/schema-gate'
import { diff, indexText, type Step } from './diff'
import { errorText, type Manager } from './manager'
import type { DeployPlan } from './plan'
import { readIndexes, readState } from './read'

export type ApplyDeps = {
  manager: Manager
  envId: string
  /** A node-sdk app on the environment (the deploy key): writes the verified-indexes record. */
  app: CloudBase
  functionRoot: string
  log(line: string): void
  /** Waits between index read-backs (a new index may take a moment to be listed). */
  sleep?: (ms: number) => Promise<void>
  now?: () => Date
  /** Only read and print the steps. */
  checkOnly?: boolean
}

export class DeployError extends Error {}

const INDEX_READS = 10
const INDEX_WAIT_MS = 3_000

async function runSteps(steps: Step[], deps: ApplyDeps, counter: { done: number; total: number }) {
  for (const step of steps) {
    counter.done++
    deps.log(`[${counter.done}/${counter.total}] ${step.title}`)
    try {
      await step.run(deps.manager)
    } catch (e) {
      throw new DeployError(
        `deploy stopped at step ${counter.done}/${counter.total}, "${step.title}": ${errorText(e)}\n` +
          `Steps 1–${counter.done - 1} are applied. Fix the cause and run \`npm run deploy\` again: it continues from what exists.`,
      )
    }
  }
}

/** The record deployed functions read before they write (schema-gate.ts): the unique indexes just verified. */
export async function recordUniqueIndexes(app: CloudBase, plan: DeployPlan, at: Date): Promise<string[]> {
  const indexes = uniqueIndexSignatures(plan.collections)
  await app.database().collection(DEPLOY_STATE).doc(UNIQUE_INDEXES_DOC).set({ indexes, verifiedAt: at.toISOString() })
  return indexes
}

/** Every planned index exists as planned (read back, with a few waits); then the unique ones are recorded. */
async function verifyAndRecord(plan: DeployPlan, deps: ApplyDeps): Promise<void> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  let wrong: string[] = []
  for (let attempt = 1; attempt <= INDEX_READS; attempt++) {
    wrong = []
    for (const c of plan.collections.filter((x) => x.indexes.length > 0)) {
      const found = await readIndexes(deps.manager, c.name)
      for (const i of c.indexes) {
        const f = found.find((x) => x.name === i.name)
        if (!f || f.unique !== i.unique || JSON.stringify(f.keys) !== JSON.stringify(i.keys)) wrong.push(indexText(c.name, i))
      }
    }
    if (wrong.length === 0) break
    if (attempt < INDEX_READS) await sleep(INDEX_WAIT_MS)
  }
  if (wrong.length) {
    throw new DeployError(`these indexes are not listed as planned after the database steps: ${wrong.join('; ')}. Run \`npm run deploy\` again in a minute; functions were not touched.`)
  }
  const indexes = await recordUniqueIndexes(deps.app, plan, deps.now?.() ?? new Date())
  deps.log(`verified ${plan.collections.reduce((n, c) => n + c.indexes.length, 0)} indexes; recorded ${indexes.length} unique ones in ${DEPLOY_STATE}/${UNIQUE_INDEXES_DOC}`)
}

export async function applyPlan(plan: DeployPlan, deps: ApplyDeps): Promise<{ steps: number; notes: string[] }> {
  deps.log(`reading environment ${deps.envId} …`)
  const state = await readState(deps.manager, deps.envId, plan).catch((e: unknown) => {
    throw new DeployError(`reading environment ${deps.envId} failed, nothing was changed: ${errorText(e)}`)
  })
  const { database, functions, notes } = diff(plan, state, { envId: deps.envId, functionRoot: deps.functionRoot })
  const total = database.length + functions.length
  if (deps.checkOnly) {
    for (const [n, s] of [...database, ...functions].entries()) deps.log(`${n + 1}. ${s.title}`)
  } else {
    const counter = { done: 0, total }
    await runSteps(database, deps, counter)
    try {
      await verifyAndRecord(plan, deps)
    } catch (e) {
      if (e instanceof DeployError) throw e
      throw new DeployError(`deploy stopped while verifying the indexes: ${errorText(e)}. Functions were not touched; run \`npm run deploy\` again.`)
    }
    await runSteps(functions, deps, counter)
  }
  for (const note of notes) deps.log(`NOTE: ${note}`)
  return { steps: total, notes }
}
