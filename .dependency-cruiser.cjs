/** Layer rules: the domain and the shared schemas stay free of platforms and databases. */
const PLATFORM = '^(node_modules/)?(@tarojs|@cloudbase|better-sqlite3|react|@nutui|wx-server-sdk)'
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain functions are pure: no Taro, CloudBase, SQLite, React, no store or runtime adapters.',
      severity: 'error',
      from: { path: '^cloudfunctions/_lib/domain/' },
      to: { path: [PLATFORM, '^cloudfunctions/_lib/(store|files|calendar)/', '^node_modules/chinese-days'] },
    },
    {
      name: 'types-are-shared',
      comment: 'types/ is imported by pages and functions alike: only zod and other types/ files.',
      severity: 'error',
      from: { path: '^types/' },
      to: { path: [PLATFORM, '^cloudfunctions/', '^src/', '^scripts/'] },
    },
    {
      name: 'functions-never-load-sqlite',
      comment: 'Deployed functions run on CloudBase: the embedded store is for the local host and tests.',
      severity: 'error',
      from: { path: '^cloudfunctions/', pathNot: '^cloudfunctions/_lib/(store/sqlite|files/local)' },
      to: { path: ['better-sqlite3', '^cloudfunctions/_lib/store/sqlite/', '^cloudfunctions/_lib/files/local', '^scripts/'] },
    },
    {
      name: 'pages-use-the-transport',
      comment: 'Pages reach functions only through src/services/api.ts, never function code.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/services/transport-cloud-web\\.ts$' },
      to: { path: ['^cloudfunctions/', '^scripts/', '@cloudbase', 'better-sqlite3'] },
    },
    {
      name: 'js-sdk-only-in-the-h5-cloud-transport',
      comment: 'The H5 production transport is the one place @cloudbase/js-sdk is used, and only transports.ts loads it (inside the branch the weapp build drops).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/services/transports\\.ts$' },
      to: { path: '^src/services/transport-cloud-web\\.ts$' },
    },
    {
      name: 'h5-cloud-transport-uses-only-the-js-sdk',
      comment: 'transport-cloud-web.ts may use @cloudbase/js-sdk, nothing else of CloudBase and no function code.',
      severity: 'error',
      from: { path: '^src/services/transport-cloud-web\\.ts$' },
      to: { path: ['^cloudfunctions/', '^scripts/', 'better-sqlite3', '@cloudbase/(?!js-sdk)'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(dist|node_modules|\\.cache)/' },
  },
}
