/**
 * `npm run deploy`: bundles the functions and deploys each with the CloudBase CLI (`tcb fn deploy`).
 * Needs a CloudBase environment: `TCB_ENV` set and the CLI logged in (`npx @cloudbase/cli login`). Without
 * them it stops with the steps to take; it never deploys half a set silently.
 */
import { spawnSync } from 'node:child_process'
import { buildFunctions } from './build-functions'

async function main() {
  const env = process.env.TCB_ENV
  if (!env) {
    console.error([
      'npm run deploy needs a CloudBase environment:',
      '  1. export TCB_ENV=<your env id>',
      '  2. npx @cloudbase/cli login      (or tcb login --key with an API key)',
      '  3. set UNION_DATA_KEY and UNION_HASH_KEY on each function, and UNION_CARD_SIGNING_KEY on `card` only, in the console',
      '  4. npx tsx scripts/cloudbase-init.ts   (collections; prints the index steps)',
    ].join('\n'))
    process.exit(2)
  }
  const sizes = await buildFunctions()
  for (const name of Object.keys(sizes)) {
    console.log(`deploying ${name} to ${env} …`)
    const run = spawnSync('npx', ['--yes', '@cloudbase/cli', 'fn', 'deploy', name, '--dir', `dist/functions/${name}`, '-e', env, '--force'], { stdio: 'inherit' })
    if (run.status !== 0) {
      console.error(`deploy of ${name} failed (exit ${run.status}); the functions before it are deployed, re-run to continue`)
      process.exit(1)
    }
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
