import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { rootSizeScript } from './root-size'
// Loaded here, while Taro's config loader compiles TypeScript, so the build's later `require(TEXT_SCALE_POSTCSS)`
// gets this compiled module from Node's cache (required directly, the .ts source would not be compiled there).
import './text-scale-postcss'

/**
 * NutUI is drawn at a 375 design width; our own pages at 750.
 * Taro serialises this function into the H5 runtime (Taro.pxTransform), so it must be self-contained:
 * no outside names and no syntax the config compiler turns into helpers (e.g. `typeof x === 'object'`).
 */
function designWidth(input?: unknown): number {
  const file = (input as { file?: string } | undefined)?.file ?? ''
  return file.replace(/\\+/g, '/').indexOf('@nutui') > -1 ? 375 : 750
}

// Shared zod schemas and labels live in types/ (outside src/); Babel must compile them too.
const compile = { include: [path.resolve(__dirname, '..', 'types')] }

// 大字模式 in the mini-program (docs/decisions/0015): text sizes and touch targets follow `--text-scale`, which
// every page's wrapper sets (src/components/text-scale). Taro loads the plugin by path; H5 scales from the root
// font size instead (root-size.ts).
export const TEXT_SCALE_POSTCSS = path.resolve(__dirname, 'text-scale-postcss.ts')

export default defineConfig<'webpack5'>(async (merge) => {
  const weapp = process.env.TARO_ENV === 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'union-service',
    date: '2026-11-23',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform so weapp and H5 builds do not wipe each other.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // Taro only injects TARO_APP_* from .env files; this also takes it from the shell (CI, deploy script).
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      // JSON `{ "grievance": "<template id>", "membership": …, "officer": … }`; unset → no subscribe dialog (src/services/subscribe.ts).
      TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile,
      // Shared components load in different orders on different pages; their CSS does not depend on order.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
        ...(weapp ? { [TEXT_SCALE_POSTCSS]: { enable: true, config: {} } } : {}),
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      // Our own root font size: fixed on desktops, × 1.25 in 大字模式 (config/root-size.ts, docs/frontend.md).
      htmlPluginOption: { script: rootSizeScript },
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
