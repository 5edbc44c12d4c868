/**
 * `npm run deploy`: makes a CloudBase environment match the deploy plan (scripts/deploy/plan.ts) — collections,
 * indexes, security rules, functions — through @cloudbase/manager-node, and stops at the first failed step.
 *
 *   npm run deploy -- --dry-run [--json]   print the plan; needs no credentials and reads nothing
 *   npm run deploy -- --check              read the environment and print the steps a deploy would take
 *   npm run deploy                         build the bundles and apply (TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY)
 */
import { resolve } from 'node:path'
import * as tcb from '@cloudbase/node-sdk'
import { applyPlan, DeployError } from './deploy/apply'
import { openManager } from './deploy/manager'
import { PLAN } from './deploy/plan'
import { planJson, planText } from './deploy/render'

const NEEDS = [
  'npm run deploy needs a CloudBase environment and a CAM key allowed to manage it:',
  '  export TCB_ENV=<env id> TCB_SECRET_ID=<SecretId> TCB_SECRET_KEY=<SecretKey>',
  '(`npm run deploy -- --dry-run` prints the plan without them.)',
].join('\n')

async function main(args: string[]): Promise<number> {
  if (args.includes('--dry-run')) {
    process.stdout.write(`${args.includes('--json') ? planJson(PLAN) : planText(PLAN)}\n`)
    return 0
  }
  const { TCB_ENV: envId, TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = process.env
  if (!envId || !secretId || !secretKey) {
    process.stderr.write(`${NEEDS}\n`)
    return 2
  }
  const checkOnly = args.includes('--check')
  if (!checkOnly) {
    const { buildFunctions } = await import('./build-functions')
    await buildFunctions()
  }
  const { steps, notes } = await applyPlan(PLAN, {
    manager: openManager({ envId, secretId, secretKey }),
    app: tcb.init({ env: envId, secretId, secretKey }),
    envId,
    functionRoot: resolve(__dirname, '..', PLAN.functionRoot),
    log: (line) => process.stdout.write(`${line}\n`),
    checkOnly,
  })
  process.stdout.write(`${checkOnly ? `${steps} step(s) to take` : `done: ${steps} step(s)`}${notes.length ? `, ${notes.length} note(s) above` : ''}\n`)
  return 0
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    process.stderr.write(`${e instanceof DeployError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exit(1)
  })
