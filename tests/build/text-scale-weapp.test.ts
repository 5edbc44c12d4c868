/**
 * 大字模式 in the mini-program, short of a weapp build: config/index.ts adds the text-scale PostCSS plugin to the weapp
 * build only, and Taro's own mini PostCSS chain (webpack5-runner's getDefaultPostcssConfig / getPostcssPlugins, fed
 * with that config, pxtransform included) turns the sass output of app.scss, 我的 and NutUI's cell into CSS whose
 * sizes follow --text-scale. When a weapp build is present (CI builds it before the tests) the emitted WXSS is read too.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import postcss, { type AcceptedPlugin } from 'postcss'
import * as sass from 'sass'

const ROOT = resolve(__dirname, '..', '..')
const PLUGIN = join(ROOT, 'config', 'text-scale-postcss.ts')

type BuildConfig = {
  plugins: unknown[]; designWidth: unknown; deviceRatio: unknown
  mini: { postcss: Record<string, { enable?: boolean }> }; h5: { postcss: Record<string, unknown> }
}

async function configFor(taroEnv: 'weapp' | 'h5'): Promise<BuildConfig> {
  const before = process.env.TARO_ENV
  process.env.TARO_ENV = taroEnv
  try {
    const { default: config } = await import('../../config/index')
    const { merge } = require('webpack-merge') as { merge: (...c: object[]) => object }
    return (await (config as unknown as (m: typeof merge, env: object) => Promise<BuildConfig>)(merge, { command: 'build', mode: 'production' }))
  } finally {
    process.env.TARO_ENV = before
  }
}

/** Taro's mini PostCSS plugins for this config, built the way MiniWebpackModule builds them (fresh module state). */
function taroMiniPlugins(config: BuildConfig): AcceptedPlugin[] {
  const before = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  let plugins: AcceptedPlugin[] = []
  try {
    jest.isolateModules(() => {
      const mini = require('@tarojs/webpack5-runner/dist/postcss/postcss.mini.js')
      const option = mini.getDefaultPostcssConfig({ designWidth: config.designWidth, deviceRatio: config.deviceRatio, postcssOption: config.mini.postcss })
      plugins = mini.getPostcssPlugins(ROOT, option)
    })
  } finally {
    process.env.TARO_ENV = before
  }
  return plugins
}

async function weappCss(file: string, plugins: AcceptedPlugin[]): Promise<string> {
  const css = file.endsWith('.scss') ? sass.compile(file, { style: 'expanded' }).css : readFileSync(file, 'utf8')
  return (await postcss(plugins).process(css, { from: file })).css
}

const fontSizes = (css: string) => [...css.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => m[1].trim())

test('When the weapp config is built, then its mini PostCSS options load the text-scale plugin; the H5 config does not', async () => {
  const weapp = await configFor('weapp')
  expect(weapp.mini.postcss[PLUGIN]).toEqual({ enable: true, config: {} })
  const h5 = await configFor('h5')
  expect(Object.keys(h5.mini.postcss)).not.toContain(PLUGIN)
  expect(Object.keys(h5.h5.postcss).sort()).toEqual(['autoprefixer', 'cssModules'])
})

test('When Taro’s own loader reads the config and the plugin (swc for config/ only, a bare require), then both load', () => {
  // Outside jest: Taro compiles only config/ and calls require(plugin)(options), so a default export or a type
  // annotation in a file config/ imports from src/ (services/text-size.ts) breaks the build, not these tests.
  const script = `
    require('@tarojs/helper').createSwcRegister({ only: [(p) => p.indexOf(${JSON.stringify(join(ROOT, 'config'))}) >= 0] })
    process.env.TARO_ENV = 'weapp'
    const config = require('@tarojs/helper').getModuleDefaultExport(require(${JSON.stringify(join(ROOT, 'config', 'index.ts'))}))
    config(require('webpack-merge').merge, {}).then((c) => {
      const plugin = require(${JSON.stringify(PLUGIN)})(c.mini.postcss[${JSON.stringify(PLUGIN)}].config)
      const out = require('postcss')([plugin]).process('.a{font-size:32rpx}', { from: undefined }).css
      process.stdout.write(out)
    })`
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })
  // Node versions that warn about require() of an ES module (text-size.ts is loaded as one) may say so on stderr.
  expect(run.stderr.split('\n').filter((l) => l && !/ExperimentalWarning|--trace-warnings/.test(l))).toEqual([])
  expect(run.stdout).toBe('.a{font-size:calc(32rpx * var(--text-scale, 1))}')
})

test('When app.scss, 我的 and NutUI’s cell go through Taro’s weapp PostCSS chain, then every rpx font size follows --text-scale', async () => {
  const plugins = taroMiniPlugins(await configFor('weapp'))
  expect(plugins.map((p) => (p as { postcssPlugin?: string }).postcssPlugin)).toContain('union-text-scale')

  const app = await weappCss(join(ROOT, 'src', 'app.scss'), plugins)
  expect(app).toMatch(/page \{[^}]*font-size: calc\(32rpx \* var\(--text-scale, 1\)\)/)
  expect(app).toMatch(/\.text-scale \{[^}]*--nutui-cell-title-font-size: calc\(32rpx \* var\(--text-scale, 1\)\)/)
  expect(app).toMatch(/\.muted \{[^}]*color: var\(--large-text-muted, #555\)/)
  expect(app).toMatch(/\.text-input \{[^}]*height: calc\(88rpx \* var\(--text-scale, 1\)\)/)
  expect(app).not.toContain('html.large-text') // the H5 rules stay out of the mini-program

  const me = await weappCss(join(ROOT, 'src', 'pages', 'me', 'index.scss'), plugins)
  const cell = await weappCss(require.resolve('@nutui/nutui-react-taro/dist/es/packages/cell/style/style.css'), plugins)
  expect(cell).toContain('var(--nutui-font-size-base, calc(28rpx * var(--text-scale, 1)))') // NutUI 14px at 375 → 28rpx
  for (const css of [app, me, cell]) {
    const sizes = fontSizes(css).filter((v) => /rpx/.test(v))
    expect(sizes.length).toBeGreaterThan(0)
    expect(sizes.filter((v) => !v.includes('var(--text-scale'))).toEqual([])
  }
})

/** The weapp build, when one is present and not older than the plugin (CI builds it first; locally it may be stale). */
function weappBuild(): string | null {
  const dir = join(ROOT, 'dist', 'weapp')
  const fresh = existsSync(join(dir, 'app.wxss')) && statSync(join(dir, 'app.wxss')).mtimeMs >= statSync(PLUGIN).mtimeMs
  if (fresh) return dir
  if (process.env.CI) throw new Error('dist/weapp is missing or older than the text-scale plugin: run npm run build:weapp first')
  console.log('tests/build/text-scale-weapp: no fresh dist/weapp (npm run build:weapp), its WXSS is not checked')
  return null
}

const wxss = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.wxss')).map((f) => join(dir, f))

test('When a weapp build is present, then its WXSS sizes follow --text-scale and no rpx font size is left fixed', () => {
  const dir = weappBuild()
  if (!dir) return
  const all = wxss(dir).map((f) => [f, readFileSync(f, 'utf8')] as const)
  const app = all.find(([f]) => f.endsWith('app-origin.wxss'))?.[1] ?? ''
  expect(app).toMatch(/\.text-scale\{[^}]*font-size:calc\(32rpx\s*\*\s*var\(--text-scale,\s*1\)\)/)
  const fixed = all.flatMap(([f, css]) => fontSizes(css).filter((v) => /\d+rpx/.test(v) && !v.includes('--text-scale')).map((v) => `${f}: ${v}`))
  expect(fixed).toEqual([])
})
