/** Two projects: node (domain, store, functions, host, e2e) and ui (Taro components in jsdom). */
// @noble/* (the card token's Ed25519) ship ES modules only: both projects let swc transform them.
const ESM_ONLY = ['@noble']
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }]

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/ui/'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
      setupFilesAfterEnv: ['<rootDir>/tests/support/fail-on-console-error.ts'],
    },
    {
      // Taro pages and the transport in jsdom; @tarojs/* are mapped to small DOM/jest.fn stand-ins (tests/ui/support).
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      // NutUI ships ES modules only, too.
      transformIgnorePatterns: [`/node_modules/(?!(${['@nutui', ...ESM_ONLY].join('|')})/)`],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/tests/ui/support/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/ui/support/taro.ts',
        '\\.(css|scss)$': '<rootDir>/tests/ui/support/style-mock.js',
      },
      setupFiles: ['<rootDir>/tests/ui/support/setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/fail-on-console-error.ts'],
    },
  ],
}
