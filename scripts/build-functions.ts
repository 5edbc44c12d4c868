/**
 * `npm run build:functions`: one bundled file per deployed function (esbuild inlines the shared code and
 * @cloudbase/node-sdk), into dist/functions/<name>/ with the package.json and config.json CloudBase reads.
 */
import { build } from 'esbuild'
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FUNCTION_CONFIGS } from './functions.config'

const root = resolve(__dirname, '..')
const out = join(root, 'dist', 'functions')

export async function buildFunctions(opts: { minify?: boolean; quiet?: boolean } = {}) {
  rmSync(out, { recursive: true, force: true })
  const sizes: Record<string, number> = {}
  for (const [name, config] of Object.entries(FUNCTION_CONFIGS)) {
    const dir = join(out, name)
    mkdirSync(dir, { recursive: true })
    await build({
      entryPoints: [join(root, 'cloudfunctions', name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node16',
      minify: opts.minify ?? true,
      legalComments: 'none',
      logLevel: 'warning',
      // Never in a deployed function: the embedded store is for the local host and tests only.
      external: ['better-sqlite3'],
    })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js', private: true }, null, 2))
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2))
    sizes[name] = statSync(join(dir, 'index.js')).size
  }
  if (!opts.quiet) for (const [n, s] of Object.entries(sizes)) console.log(`dist/functions/${n}/index.js  ${(s / 1024).toFixed(0)} KB`)
  return sizes
}

if (require.main === module) {
  buildFunctions().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
