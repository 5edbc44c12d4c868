/**
 * Function cold start: a fresh `node` process that loads the real bundled `account` function and answers
 * `{ action: 'me' }` without an openid (→ UNAUTHENTICATED before any store method runs: the store is
 * never reached), against a process that loads an esbuild bundle of @cloudbase/node-sdk alone and calls
 * `tcb.init`. A third subject, the shared zod entry (types/zod.ts) bundled alone, shows what zod costs.
 * Subjects are spawned in rotating order, so machine noise falls on all alike.
 */
import { build } from 'esbuild'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { timeToFirstLine } from './lib/spawn-timing'
import { median, percentile } from './lib/stats'

const root = resolve(__dirname, '..')
const SUBJECTS = ['fn', 'sdk', 'zod'] as const
type Subject = (typeof SUBJECTS)[number]

export type ColdStartSubjects = Record<Subject, { entry: string; bundleBytes: number }>
/** Medians in ms: wall = spawn → result line, seen by the parent; boot/load/call are measured inside the child. */
export type ColdStartSide = { wallMs: number; wallP90Ms: number; bootMs: number; loadMs: number; callMs: number; bundleBytes: number }
export type ColdStartResult = {
  rounds: number
  fn: ColdStartSide
  sdk: ColdStartSide
  zod: ColdStartSide
  /** median wall time of the function ÷ median wall time of the SDK-only bundle */
  ratio: number
}

/**
 * The context object as CloudBase passes it, without WX_OPENID. (An empty `{}` is rejected by the SDK's
 * getCloudbaseContext with INVALID_CONTEXT, so the platform's shape is used.)
 */
const CONTEXT = { request_id: 'bench-cold-start', function_name: 'account', function_version: '$LATEST', memory_limit_in_mb: 256, time_limit_in_ms: 10_000, environment: '{}' }

/** The same runner for every subject: require the bundle, call `main`, print the reply and the phases. */
const runner = (bundle: string) => `const boot = performance.now()
const mod = require(${JSON.stringify(bundle)})
const loaded = performance.now()
mod.main({ action: 'me' }, ${JSON.stringify(CONTEXT)}).then((reply) => {
  const t = performance.now()
  process.stdout.write(JSON.stringify({ reply, boot, load: loaded - boot, call: t - loaded }) + '\\n')
})
`

/** Same options as scripts/build-functions.ts, so the baseline is bundled exactly like a function. */
async function bundleSnippet(contents: string, outfile: string) {
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  return statSync(outfile).size
}

/** Builds dist/functions (minified, as deployed) and the two comparison bundles into `workDir`. */
export async function buildColdStartSubjects(workDir: string): Promise<ColdStartSubjects> {
  const sizes = await buildFunctions({ minify: true, quiet: true })
  const sdkBytes = await bundleSnippet(
    `import tcb from '@cloudbase/node-sdk'
     export const main = async () => { const app = tcb.init({ env: 'x' }); return { ok: true, data: typeof app } }`,
    join(workDir, 'sdk-only.js'),
  )
  const zodBytes = await bundleSnippet(
    `import * as z from 'zod/mini'
     import { fieldErrors } from './types/zod'
     export const main = async () => ({ ok: z.string().safeParse('x').success, f: typeof fieldErrors })`,
    join(workDir, 'zod-only.js'),
  )
  const entry = (name: string, bundle: string) => {
    const file = join(workDir, `run-${name}.js`)
    writeFileSync(file, runner(bundle))
    return file
  }
  return {
    fn: { entry: entry('account', join(root, 'dist', 'functions', 'account', 'index.js')), bundleBytes: sizes.account },
    sdk: { entry: entry('sdk', join(workDir, 'sdk-only.js')), bundleBytes: sdkBytes },
    zod: { entry: entry('zod', join(workDir, 'zod-only.js')), bundleBytes: zodBytes },
  }
}

function functionEnv(): NodeJS.ProcessEnv {
  const key = () => randomBytes(32).toString('hex')
  // `account` also signs desktop sign-in tickets: it refuses to start without the custom-login key file.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const loginKey = JSON.stringify({ private_key_id: 'bench', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }), env_id: 'bench-env' })
  return { ...process.env, UNION_DATA_KEY: key(), UNION_HASH_KEY: key(), UNION_CARD_SIGNING_KEY: key(), UNION_CUSTOM_LOGIN_KEY: loginKey }
}

type Sample = { wall: number; boot: number; load: number; call: number }

export async function benchColdStart(subjects: ColdStartSubjects, opts: { rounds: number; warmup?: number }): Promise<ColdStartResult> {
  const env = functionEnv()
  const samples: Record<Subject, Sample[]> = { fn: [], sdk: [], zod: [] }
  const warmup = opts.warmup ?? 2
  for (let i = 0; i < warmup + opts.rounds; i++) {
    // Rotate the order each round, so no subject always runs right after another.
    const order = SUBJECTS.map((_, k) => SUBJECTS[(i + k) % SUBJECTS.length])
    for (const subject of order) {
      const { ms, line } = await timeToFirstLine(subjects[subject].entry, env)
      const phases = checkReply(subject, line)
      if (i >= warmup) samples[subject].push({ wall: ms, ...phases })
    }
  }
  const side = (s: Subject): ColdStartSide => ({ ...medians(samples[s]), bundleBytes: subjects[s].bundleBytes })
  const fn = side('fn')
  const sdk = side('sdk')
  return { rounds: opts.rounds, fn, sdk, zod: side('zod'), ratio: fn.wallMs / sdk.wallMs }
}

function medians(s: Sample[]) {
  const wall = s.map((x) => x.wall)
  return {
    wallMs: median(wall),
    wallP90Ms: percentile(wall, 90),
    bootMs: median(s.map((x) => x.boot)),
    loadMs: median(s.map((x) => x.load)),
    callMs: median(s.map((x) => x.call)),
  }
}

/** A run that measured the wrong thing (e.g. a crash reply) must fail loudly, not produce a number. */
function checkReply(subject: Subject, line: string): Omit<Sample, 'wall'> {
  const { reply, boot, load, call } = JSON.parse(line) as { reply: { ok: boolean; error?: { code: string } } } & Omit<Sample, 'wall'>
  const expected = subject === 'fn' ? !reply.ok && reply.error?.code === 'UNAUTHENTICATED' : reply.ok
  if (!expected) throw new Error(`cold start ${subject}: unexpected reply ${JSON.stringify(reply)}`)
  return { boot, load, call }
}
