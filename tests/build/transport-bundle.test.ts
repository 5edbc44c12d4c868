/**
 * @cloudbase/js-sdk must never enter the mini-program, nor the development H5 build: transports.ts loads the H5 cloud
 * transport only inside `if (process.env.TARO_ENV === 'h5' && process.env.TARO_APP_CLOUD_ENV)`, which the build
 * defines as constants. This bundles src/services/api.ts with webpack (the bundler Taro uses, 5.91) and the same
 * DefinePlugin constants, and reads the module graph: webpack's own dead-branch rule decides, not a grep.
 * Taro and the SDK are externals, so the graph shows whether they are reached without parsing them.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import webpack from 'webpack'

jest.setTimeout(60_000)
const ROOT = resolve(__dirname, '..', '..')

async function graph(taroEnv: 'weapp' | 'h5', cloudEnv: string): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'union-bundle-'))
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    entry: './src/services/api.ts',
    output: { path: out },
    target: 'web',
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2020' } }] },
    externals: { '@tarojs/taro': 'Taro', '@cloudbase/js-sdk': 'cloudbase' },
    plugins: [new webpack.DefinePlugin({ 'process.env.TARO_ENV': JSON.stringify(taroEnv), 'process.env.TARO_APP_CLOUD_ENV': JSON.stringify(cloudEnv) })],
    optimization: { minimize: false },
  })
  try {
    const stats = await new Promise<webpack.Stats>((done, fail) => compiler.run((err, s) => (err || !s ? fail(err) : done(s))))
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'))
    return (stats.toJson({ modules: true }).modules ?? []).map((m) => String(m.name))
  } finally {
    await new Promise((done) => compiler.close(done))
    rmSync(out, { recursive: true, force: true })
  }
}

/** The SDK appears as its external (`external "cloudbase"`). */
const SDK = 'external "cloudbase"'
const reachesSdk = (modules: string[]) => modules.some((m) => m === SDK || m.includes('transport-cloud-web'))

test('When built for weapp (even with a cloud environment), then neither the SDK nor the H5 cloud transport is in the graph', async () => {
  const modules = await graph('weapp', 'union-prod-1a2b')
  expect(modules.some((m) => m.includes('transport-weapp'))).toBe(true) // the graph is real: the weapp transport is there
  expect(reachesSdk(modules)).toBe(false)
})

test('When built for H5 without a cloud environment (development), then the SDK is not in the graph either', async () => {
  const modules = await graph('h5', '')
  expect(modules.some((m) => m.includes('transport-host'))).toBe(true)
  expect(reachesSdk(modules)).toBe(false)
})

test('When built for H5 with a cloud environment (production), then the cloud transport and the SDK are in it', async () => {
  const modules = await graph('h5', 'union-prod-1a2b')
  expect(modules.some((m) => m.includes('transport-cloud-web'))).toBe(true)
  expect(modules).toContain(SDK)
})
